# shellcheck shell=bash
# Finding a JDK 21+, shared by ./kabar and scripts/solr-local (sourced, not run).
#
#   use_jdk NAME   sets JAVA (the newest java 21+ among JAVA_HOME, java on PATH, /usr/lib/jvm/* and
#                  /opt/java/openjdk), JDK_HOME and JAVA_VERSION, and lets Maven run quietly on it;
#                  without one it prints NAME's one-line error and exits 2.

java_major() { # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | sed 's/^1\.//' | head -n1
}

find_java() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  local d
  for d in /usr/lib/jvm/*/bin/java /opt/java/openjdk/bin/java; do
    [ -x "$d" ] && candidates+=("$d")
  done
  local best="" best_v=0 c v
  for c in "${candidates[@]}"; do
    [ -x "$c" ] || continue
    v="$(java_major "$c")"
    [[ "$v" =~ ^[0-9]+$ ]] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$c"; best_v="$v"; fi
  done
  [ -n "$best" ] && echo "$best"
}

use_jdk() {
  JAVA="$(find_java || true)"
  if [ -z "$JAVA" ]; then
    local found="none"
    command -v java >/dev/null 2>&1 && found="java $(java_major "$(command -v java)") at $(command -v java)"
    echo "$1: needs a JDK 21 or newer (found: $found); install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME" >&2
    exit 2
  fi
  JDK_HOME="$(cd "$(dirname "$JAVA")/.." && pwd)"
  JAVA_VERSION="$(java_major "$JAVA")"
  # Maven's Guice uses sun.misc.Unsafe; JDK 24+ warns about it on every build unless told to allow it.
  if [ "$JAVA_VERSION" -ge 24 ]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}
