#!/usr/bin/env bash
# Starts the dev run on the generated data (Faces in Production stage, an LRS client for the xAPI benchmark),
# rebuilds the search index, runs every benchmark, and stops the dev run again. On a shared machine, run it under
# the shared lock: flock /work/it.lock bench/run-all.sh
source "$(dirname "$0")/lib.sh"
export FACES_STAGE=Production
export XAPI_BOOTSTRAP_KEY="${XAPI_BOOTSTRAP_KEY:-bench}"
export XAPI_BOOTSTRAP_SECRET="${XAPI_BOOTSTRAP_SECRET:-bench-secret-not-for-production}"
LOG="$PROJECT_DIR/target/bench-dev-server.log"
mkdir -p "$PROJECT_DIR/target"
cd "$PROJECT_DIR"
started=$(date +%s)
setsid ./mvnw -o -Pdev -DskipTests > "$LOG" 2>&1 &
DEV_PID=$!
stop() {
  kill -TERM -- -"$DEV_PID" 2> /dev/null || true
  for _ in $(seq 1 30); do kill -0 "$DEV_PID" 2> /dev/null || break; sleep 1; done
  kill -KILL -- -"$DEV_PID" 2> /dev/null || true
}
trap stop EXIT
trap 'exit 1' INT TERM
until grep -q "is running at" "$LOG"; do
  if ! kill -0 "$DEV_PID" 2> /dev/null; then echo "the dev run stopped; see $LOG"; exit 1; fi
  sleep 2
done
echo "# dev run ready after $(( $(date +%s) - started )) s (wall clock, including the Maven build)"
grep -o "ready in [0-9.]* s" "$LOG" | head -1 | sed 's/^/# Payara and its services: /'
"$BENCH_DIR/reindex.sh"
"$BENCH_DIR/pages.sh"
"$BENCH_DIR/search.sh"
"$BENCH_DIR/xapi.sh"
"$BENCH_DIR/login.sh"
"$BENCH_DIR/plan.sh"
ps -o rss=,args= -s "$DEV_PID" | grep payara-micro | grep -v grep | awk '{printf "# Payara RSS after the plan: %.0f MiB\n", $1/1024}'
if [ "${MIXED:-yes}" = yes ]; then "$BENCH_DIR/mixed.sh"; fi
ps -o rss=,args= -s "$DEV_PID" | grep payara-micro | grep -v grep | awk '{printf "# Payara RSS after the run: %.0f MiB\n", $1/1024}'
