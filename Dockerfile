# Accord's service image. Neo4j runs in its own container (docker-compose.yml).
FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY tsconfig.json ./
COPY src ./src
COPY schema ./schema
COPY seeds ./seeds
USER node
# Loads every article under seeds/ into the Neo4j named by NEO4J_URI (idempotent).
CMD ["npm", "run", "seed"]
