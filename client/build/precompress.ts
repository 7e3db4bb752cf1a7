import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const compressible = /\.(?:js|css|html|svg|webmanifest|json)$/;

/**
 * Writes a `.br` and a `.gz` beside each text file of the build, once, at the highest levels; the server
 * (@fastify/static `preCompressed`) sends the one the browser accepts. A parent's first visit on a slow
 * phone downloads about a third of the bytes, and no CPU is spent compressing per request.
 * At `writeBundle`, once the files are final: in `generateBundle`, even as a `post` plugin, this ran before
 * Vite's own import analysis had replaced its `__VITE_PRELOAD__` markers, and the compressed copies of a chunk
 * with such a dynamic import threw «__VITE_PRELOAD__… is not defined» in the browser.
 */
export function precompress(): Plugin {
  return {
    name: 'portail-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist';
      const writes: Promise<void>[] = [];
      for (const file of Object.values(bundle)) {
        if (!compressible.test(file.fileName)) continue;
        const source = Buffer.from(file.type === 'chunk' ? file.code : file.source);
        if (source.length < 1024) continue;
        const target = path.join(outDir, file.fileName);
        writes.push(
          writeFile(
            `${target}.br`,
            brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
          ),
          writeFile(`${target}.gz`, gzipSync(source, { level: 9 })),
        );
      }
      await Promise.all(writes);
    },
  };
}
