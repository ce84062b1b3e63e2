# syntax=docker/dockerfile:1
# Build stage: compile and package the fat jar with the Maven Wrapper on a JDK 21.
# pom.xml is the aggregator, kabar.pom.xml kabar's own POM; the reactor reads every module's POM, so
# scripts/solr-local-cluster's comes too, but `-pl :kabar` builds only kabar: the image needs none
# of the local SolrCloud (nor its Solr download).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml kabar.pom.xml ./
COPY scripts/solr-local-cluster/pom.xml scripts/solr-local-cluster/
RUN ./mvnw -B -q -pl :kabar dependency:go-offline
COPY src/ src/
COPY config/ config/
COPY solr/ solr/
RUN ./mvnw -B -q -pl :kabar -DskipTests package

# Run stage: a JRE 21, a non-root user, the bundled corpus (read-only), the state directory on a volume.
FROM eclipse-temurin:21-jre
# Language resources read from the system path (lexicon.eng-ind and the Indonesian thesaurus and
# spelling data): optional at run time, so kabar still starts without them.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends dict-freedict-eng-ind mythes-id hunspell-id \
    && rm -rf /var/lib/apt/lists/*
# A fixed uid and gid, so a host directory bind-mounted as the state volume can be given to them.
RUN groupadd --system --gid 10001 kabar \
    && useradd --system --uid 10001 --gid kabar --home-dir /app --no-create-home kabar
WORKDIR /app
COPY --from=build /src/target/kabar.jar /app/kabar.jar
COPY config/ /app/config/
COPY data/articles/ /app/data/articles/
COPY data/corpus-aliases.txt /app/data/corpus-aliases.txt
# Everything kabar writes at run time (the index, the Telegram offset) lives in the state directory:
# the only place the non-root user owns, and the image's one volume. Created and chown'ed before
# VOLUME, so a new named volume starts out owned by kabar.
RUN mkdir -p /app/data/state && chown kabar:kabar /app/data/state
USER kabar
ENV KABAR_STATE_PATH=/app/data/state \
    KABAR_HOST=0.0.0.0 \
    KABAR_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseParallelGC"
VOLUME ["/app/data/state"]
EXPOSE 8080
ENTRYPOINT ["java", "-Dkabar.home=/app", "-Dfile.encoding=UTF-8", "-jar", "/app/kabar.jar"]
CMD ["serve"]
