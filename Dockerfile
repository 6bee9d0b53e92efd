# wirehouse service image: `docker compose up` uses it for the migrate and wirehouse services.
# Multi-stage: build with dev dependencies, then ship dist/ and production node_modules only.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Dependencies first, so a source change does not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY workers ./workers
COPY migrations ./migrations
COPY bench ./bench
COPY demo ./demo
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    TZ=UTC \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./package.json
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
# The offline demo's wire fixtures (`wirehouse demo`) and the default feed list
# (`wirehouse feeds import feeds/default.opml`).
COPY --from=build --chown=node:node /app/demo ./demo
COPY --chown=node:node feeds ./feeds
# `wirehouse` on PATH for `docker compose exec wirehouse wirehouse feeds list` (cli.js has a shebang).
RUN ln -s /app/dist/cli.js /usr/local/bin/wirehouse
# The image's own user (uid 1000), never root.
USER node
EXPOSE 3000
# Process liveness only; docker-compose.yml checks readiness (/readyz) instead.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node directly (not npm) so SIGTERM reaches the process and in-flight jobs finish; the V8 flag
# is the service's (src/cli/node-flags.ts).
ENTRYPOINT ["node", "--max-semi-space-size=32", "--no-regexp-tier-up", "--max-inlined-bytecode-size-cumulative=300", "dist/cli.js"]
CMD ["start"]
