# Build stage: the same Maven build as README's, without tests (CI runs them). It also encodes the
# knowledge's example questions with the bundled sentence model (target/classes/qa/vectors.bin).
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
# Class-data sharing (AppCDS): a training run of `ask` on a few questions writes the classes it loaded (the
# knowledge, the question engine, the sentence model's bindings, Jackson, logback) into an archive, already
# parsed and verified; every start maps it instead of loading those classes from the jar again. It is made
# here, by this image's JVM with the jar at its final path, because an archive serves only the JVM and the
# class path that made it (on a mismatch the JVM starts without it). The run's state is thrown away.
RUN mkdir /tmp/train \
 && printf '%s\n' "/salary senior" "what does an NLP engineer do?" "how do I become an MLOps engineer?" "/roadmap" "/tip" \
    | MENTORBOT_DATA_DIR=/tmp/train XDG_CACHE_HOME=/tmp/train/cache DJL_CACHE_DIR=/tmp/train/cache/djl \
      java -XX:ArchiveClassesAtExit=/app/mentor-bot.jsa -jar /app/mentor-bot.jar ask > /dev/null \
 && rm -rf /tmp/train
RUN mkdir -p /app/data && chown mentorbot /app/data
USER mentorbot
# The sentence model's native libraries (ONNX Runtime, the tokenizer) are unpacked once into caches on
# the data volume, which the non-root user can write, instead of into a new temporary directory per start.
ENV MENTORBOT_DATA_DIR=/app/data \
    MENTORBOT_HTTP_PORT=8080 \
    XDG_CACHE_HOME=/app/data/cache \
    DJL_CACHE_DIR=/app/data/cache/djl
VOLUME ["/app/data"]
EXPOSE 8080
# /readyz answers 200 once the knowledge, the store and every platform are ready (see README, Health).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:SharedArchiveFile=/app/mentor-bot.jsa", "-jar", "/app/mentor-bot.jar"]
