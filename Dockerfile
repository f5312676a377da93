# scim-bridge container image: the gateway (default command) and, with `emulator`, the Identity
# Store emulator. Two stages: the first installs every dependency (node-gyp needs python3, make
# and g++ to compile better-sqlite3's native addon when no prebuilt binary can be downloaded),
# compiles the TypeScript sources into dist/ (`npm run build`) and drops the development
# dependencies; the second holds only the runtime (Node, production node_modules, dist/) and runs
# as the unprivileged `node` user. Without src/ in the image, bin/scim-bridge.js runs dist/.
# See docs/operations.md ("Deploy").
#
#   docker build -t scim-bridge .
#   docker run --rm -e IDENTITY_STORE_ID=... -e AWS_REGION=... -e SCIM_BRIDGE_JWT_SECRET=... \
#     -v scim-bridge-data:/data -p 8080:8080 scim-bridge
#   docker run --rm scim-bridge doctor

FROM node:20-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-fund --no-audit
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev --no-fund --no-audit && npm cache clean --force

FROM node:20-slim
ENV NODE_ENV=production \
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true \
    HOST=0.0.0.0 \
    PORT=8080 \
    SCIM_BRIDGE_STATE=sqlite:/data/state.db
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY package.json package-lock.json ./
COPY bin ./bin
COPY --from=build /app/dist ./dist
# /data holds the SQLite state (and the emulator's file); a named volume mounted here inherits
# this owner, so the unprivileged user can write it.
RUN mkdir /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# Liveness through Node itself (the slim image has no curl): /healthz answers while the process
# serves HTTP. Readiness (state + Identity Store) is /readyz, for load balancers. The `emulator`
# command serves no /healthz: give it its own check (docker-compose.yml does).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "bin/scim-bridge.js"]
CMD ["serve"]
