# One image per service of the workspace: docker compose builds it with SERVICE=<name>.
# The whole workspace is copied because services import the packages from source (tsx).
FROM node:20-slim
RUN npm install -g pnpm@12.4.2
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile
ARG SERVICE
WORKDIR /app/services/${SERVICE}
CMD ["node", "--import", "tsx", "src/main.ts"]
