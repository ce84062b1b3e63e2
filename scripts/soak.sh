#!/usr/bin/env bash
# Soak test of the web API (issue 8): RUNS runs of SECONDS s of mixed POST /api/ask and POST /api/brief
# from CONNECTIONS keep-alive connections on loopback, against one `kabar serve` process. After each
# run the server's heap is measured after a full GC (jcmd GC.run + GC.heap_info), so growth from run to
# run shows. Fails (exit 1) on any 5xx (501 is counted apart, and fails too) or broken
# connection. Not part of CI: it takes RUNS x SECONDS seconds plus a build.
#
#   scripts/soak.sh                       # 2 runs x 60 s, 64 connections, 25 % briefings
#   RUNS=3 SECONDS_PER_RUN=30 CONNECTIONS=32 BRIEF_PERCENT=0 scripts/soak.sh
#   BRIEF_BODY='{"topic": "Korea Utara"}' scripts/soak.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-2}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-60}
CONNECTIONS=${CONNECTIONS:-64}
BRIEF_PERCENT=${BRIEF_PERCENT:-25}
BRIEF_BODY=${BRIEF_BODY:-'{"topic": "Korea Utara"}'}
PORT=${PORT:-18082}
SERVER_HEAP=${SERVER_HEAP:-512m}
JDK=${JDK:-}
if [[ -z "$JDK" ]]; then
  for d in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 "${JAVA_HOME:-}"; do
    [[ -n "$d" && -x "$d/bin/jcmd" ]] && JDK=$d && break
  done
fi
[[ -x "$JDK/bin/jcmd" ]] || { echo "soak: need a JDK 21+ with jcmd: set JDK=/path/to/jdk" >&2; exit 2; }

./mvnw -B -q -o package -DskipTests
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test

INDEX=$(mktemp -d /tmp/kabar-soak-XXXXXX)
LOG="$INDEX/server.log"
KABAR_WEB_RATE_LIMIT_PER_MINUTE=0 "$JDK/bin/java" -Xmx"$SERVER_HEAP" -jar target/kabar.jar serve \
  --index "$INDEX/index" --port "$PORT" >"$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$INDEX"' EXIT

for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { echo "soak: the server did not start:" >&2; cat "$LOG" >&2; exit 2; }
  sleep 1
done

heap_after_gc() {
  "$JDK/bin/jcmd" "$SERVER" GC.run >/dev/null
  "$JDK/bin/jcmd" "$SERVER" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9'
}

status=0
echo "soak: server pid $SERVER, heap after GC before load: $(heap_after_gc) KB"
for run in $(seq 1 "$RUNS"); do
  echo "soak: run $run/$RUNS: $CONNECTIONS connections, $SECONDS_PER_RUN s, $BRIEF_PERCENT % briefings"
  "$JDK/bin/java" -Xmx256m -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
    dev.kabar.adapter.web.SoakBench "http://127.0.0.1:$PORT" "$CONNECTIONS" "$SECONDS_PER_RUN" \
    "$BRIEF_PERCENT" "$BRIEF_BODY" || status=1
  echo "soak: run $run heap after GC: $(heap_after_gc) KB"
done
if grep -q "Exception\|ERROR" "$LOG"; then
  echo "soak: the server log has errors:" >&2
  grep -m 20 "Exception\|ERROR" "$LOG" >&2
  status=1
fi
exit "$status"
