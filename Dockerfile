# Accord's service image. Neo4j runs in its own container (docker-compose.yml).
FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# tsx, which runs the TypeScript sources, is a production dependency.
RUN npm ci --omit=dev && npm cache clean --force
COPY tsconfig.json ./
COPY src ./src
COPY schema ./schema
COPY seeds ./seeds
USER node
# Listen on every interface of the container, on the port it publishes.
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
# What `npm start` runs, without npm in between so that SIGTERM (docker stop)
# reaches the server, which finishes the requests in flight and closes Neo4j.
# It loads seeds/ into the Neo4j named by NEO4J_URI (idempotent; LOAD_SEEDS=false
# skips it), then serves GraphQL on http://<host>:4000/graphql, /health, /ready.
CMD ["node", "--import", "tsx", "src/cli/serve.ts"]
