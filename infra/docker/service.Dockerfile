# One image per service of the workspace: docker compose builds it with SERVICE=<name>.
# The whole workspace is copied and installed; the service is bundled (infra/local/bundle-services.ts)
# and runs as plain JavaScript, its installed packages imported from node_modules.
FROM node:24.22.3-slim
RUN npm install -g pnpm@12.4.2
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile
ARG SERVICE
RUN pnpm exec tsx infra/local/bundle-services.ts ${SERVICE}
# A service with a front end (the console) builds it beside its bundle.
RUN if [ -f services/${SERVICE}/web/vite.config.ts ]; then cd services/${SERVICE} && pnpm exec vite build --config web/vite.config.ts; fi
WORKDIR /app/services/${SERVICE}
# With the runtime flags its package.json declares (`nodeOptions`), as infra/local/services.sh runs it.
CMD ["sh", "-c", "exec node $(node -p \"(require('./package.json').nodeOptions ?? []).join(' ')\") --enable-source-maps dist/main.js"]
