# syntax=docker/dockerfile:1
# Build stage: compile and package the fat jar with the Maven Wrapper on a JDK 21.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY config/ config/
RUN ./mvnw -B -q -DskipTests package

# Run stage: a JRE 21, a non-root user, the bundled corpus, the index on a volume.
FROM eclipse-temurin:21-jre
RUN groupadd --system kabar && useradd --system --gid kabar --home-dir /app kabar
WORKDIR /app
COPY --from=build /src/target/kabar.jar /app/kabar.jar
COPY config/ /app/config/
COPY data/articles/ /app/data/articles/
RUN mkdir -p /app/data/index && chown -R kabar:kabar /app/data/index
USER kabar
VOLUME ["/app/data/index"]
ENV KABAR_HOST=0.0.0.0 \
    KABAR_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseParallelGC"
EXPOSE 8080
ENTRYPOINT ["java", "-Dkabar.home=/app", "-Dfile.encoding=UTF-8", "-jar", "/app/kabar.jar"]
CMD ["serve"]
