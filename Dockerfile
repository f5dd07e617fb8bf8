# syntax=docker/dockerfile:1
# Build stage: install, build the API bundle and the client, then drop the development dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g npm@11.19.1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV NX_DAEMON=false NX_NO_CLOUD=true NG_CLI_ANALYTICS=false
RUN npx nx run-many -t build -p api web --skip-nx-cache \
 && npm prune --omit=dev --no-audit --no-fund

# Runtime stage: production mode, as the unprivileged "node" user, one URL for API and client.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 CLIENT_DIR=/app/dist/apps/web/browser
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist/apps/api/main.js"]
