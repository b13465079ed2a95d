# Built by docker compose (see docker-compose.yml): compiles and tests nothing twice, runs as a
# non-root user with only a JRE and curl (for the health check).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# The employer portal's script is bundled by the build with Node and npm (src/main/frontend).
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN mvn -B -q package -DskipTests -Dspotless.check.skip=true

FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app fairchance
WORKDIR /app
COPY --from=build /build/target/fair-chance-onboarding-*.jar app.jar
USER fairchance
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
