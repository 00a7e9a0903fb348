# Build stage: the same Maven build as README's, without tests (CI runs them).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY config config
RUN mvn -B -q -DskipTests package

# Run stage: a JRE only, a non-root user, config mountable, state on a volume.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin mentorbot
WORKDIR /app
COPY --from=build /src/target/mentor-bot.jar /app/mentor-bot.jar
COPY config /app/config
RUN mkdir -p /app/data && chown mentorbot /app/data
USER mentorbot
ENV MENTORBOT_DATA_DIR=/app/data \
    MENTORBOT_HTTP_PORT=8080
VOLUME ["/app/data"]
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/mentor-bot.jar"]
