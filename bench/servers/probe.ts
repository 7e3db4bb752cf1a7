/**
 * Preloaded (`node --expose-gc --import bench/servers/probe.ts …`) into every server the benchmarks start,
 * the portal included. It changes nothing in the server: it only answers the load generator over the IPC
 * channel the bench opened, to force a full garbage collection before a memory reading (the RSS itself is
 * read by the parent from /proc/<pid>/status) and to read this process's clock (offset estimation).
 */
import { getHeapSpaceStatistics } from 'node:v8';

type Request = { rid: number; type: string };

const gc = (globalThis as { gc?: () => void }).gc;
const wallClock = () => performance.timeOrigin + performance.now();

/** Committed and used KiB of each V8 heap space: which space holds the heap's slack. */
function heapSpaces(): Record<string, { committedKb: number; usedKb: number }> {
  return Object.fromEntries(
    getHeapSpaceStatistics().map((space) => [
      space.space_name,
      { committedKb: Math.round(space.space_size / 1024), usedKb: Math.round(space.space_used_size / 1024) },
    ]),
  );
}

async function fullGc(): Promise<boolean> {
  if (!gc) return false;
  // Several passes with turns of the event loop between them, so weak references and finalizers settle.
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return true;
}

if (process.send) {
  process.on('message', (message: Request) => {
    if (!message || typeof message.rid !== 'number') return;
    if (message.type === 'gc') {
      fullGc().then((collected) =>
        process.send?.({ rid: message.rid, collected, ...process.memoryUsage(), spaces: heapSpaces() }),
      );
    } else if (message.type === 'clock') {
      process.send?.({ rid: message.rid, t: wallClock() });
    }
  });
  // The channel must not keep a server alive that would otherwise exit.
  process.channel?.unref();
}
