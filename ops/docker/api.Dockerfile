# The API, with the built UI inside so one image serves both (compose puts nginx in front; the Helm chart does not need to).
FROM node:20-bookworm-slim AS ui
WORKDIR /src/ui
COPY ui/package.json ui/package-lock.json ./
RUN npm ci
COPY ui/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/Inventory.Domain/Inventory.Domain.csproj src/Inventory.Domain/
COPY src/Inventory.Discovery/Inventory.Discovery.csproj src/Inventory.Discovery/
COPY src/Inventory.Api/Inventory.Api.csproj src/Inventory.Api/
RUN dotnet restore src/Inventory.Api/Inventory.Api.csproj
COPY src/ src/
RUN dotnet publish src/Inventory.Api/Inventory.Api.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
COPY --from=ui /src/ui/dist ./ui
ENV ASPNETCORE_URLS=http://+:8080 \
    Inventory__UiRoot=/app/ui \
    DOTNET_NOLOGO=1
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "Inventory.Api.dll"]
