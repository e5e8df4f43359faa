# Shared settings and helpers for the bench/ scripts (sourced, not run).
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_DIR="$(dirname "$BENCH_DIR")"
BASE="${BASE:-http://localhost:8080/}"
SEARCH_URL="${SEARCH_URL:-http://127.0.0.1:19200}"
CONNECTIONS="${CONNECTIONS:-32}"   # wrk connections (concurrent clients)
THREADS="${THREADS:-2}"            # wrk threads (the machine has 2 cores)
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-5s}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

# one wrk measurement: label, url (after a short unmeasured warm-up on the same url); fails on a non-2xx answer
# before measuring, so an error page is never measured as if it were the page
measure() {
  local label="$1" url="$2"
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' ${COOKIE:+-H "Cookie: $COOKIE"} ${METHOD:+-X "$METHOD"} \
    ${BODY_FILE:+-H "Content-Type: ${CONTENT_TYPE:-application/json}" --data-binary @"$BODY_FILE"} "$url")
  if [ "${status:0:1}" != 2 ]; then echo "$label: $url answered $status, not measured" >&2; return 0; fi
  LABEL="warm-up" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s "$BENCH_DIR/report.lua" "$url" > /dev/null
  # a 10 s timeout: on a loaded machine a slow answer is a latency to report, not an error
  LABEL="$label" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "$BENCH_DIR/report.lua" "$url" \
    | grep -E '^\S.* p50 '
}

# the Java side (no.laeringsarena.dev.bench.Bench) on the project's test class path, built once by Maven
bench_java() {
  local cp_file="$PROJECT_DIR/target/bench-classpath.txt"
  if [ ! -s "$cp_file" ] || [ ! -d "$PROJECT_DIR/target/test-classes/no/laeringsarena/dev/bench" ]; then
    (cd "$PROJECT_DIR" && JAVA_HOME="$JAVA_HOME" ./mvnw -q -o test-compile dependency:build-classpath \
      -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test > /dev/null)
  fi
  "$JAVA_HOME/bin/java" -cp "$PROJECT_DIR/target/test-classes:$PROJECT_DIR/target/classes:$(cat "$cp_file")" \
    -Dbase="$BASE" "$@" 2> >(grep -v -e SLF4J -e "Log4j API" >&2)
}

sql() {
  bench_java no.laeringsarena.dev.bench.Bench sql "$1"
}

machine() {
  echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(uname -n): $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB," \
    "load $(cut -d' ' -f1-3 /proc/loadavg); $CONNECTIONS connections, $DURATION"
}
