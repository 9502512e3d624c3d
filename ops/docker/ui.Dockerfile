# The UI's static files behind nginx, which also proxies the API's paths to the api service.
FROM node:20-bookworm-slim AS build
WORKDIR /src/ui
COPY ui/package.json ui/package-lock.json ./
RUN npm ci
COPY ui/ ./
RUN npm run build

FROM nginx:1.27-alpine
COPY ops/docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /src/ui/dist /usr/share/nginx/html
EXPOSE 80
