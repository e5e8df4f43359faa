#!/usr/bin/env bash
# Ten minutes of mixed load (MIXED_DURATION, 600s): 32 wrk clients round robin over the catalogue, a course page, a
# forum thread, Min side and the search API (one logged-in session), while xAPI batches are posted by CONCURRENCY_XAPI
# (2) clients. Reports the latency line, errors, and the Payara process's resident memory (RSS) every 30 s and at most.
source "$(dirname "$0")/lib.sh"
machine
MIXED_DURATION="${MIXED_DURATION:-600s}"
seconds=${MIXED_DURATION%s}
course_key=$(sql "SELECT c.course_key FROM course c JOIN enrolment e ON e.course_id = c.id GROUP BY c.course_key ORDER BY count(*) DESC LIMIT 1")
thread_id=$(sql "SELECT id FROM forum_thread WHERE id >= 10000000 AND reply_count BETWEEN 5 AND 50 ORDER BY id LIMIT 1")
learner=$(sql "SELECT u.email FROM user_account u JOIN enrolment e ON e.user_id = u.id WHERE u.id >= 10000000 ORDER BY u.id LIMIT 1")
session=$(bench_java no.laeringsarena.dev.bench.Bench session "$learner")
prefix=$(echo "$BASE" | sed -e 's|^https\?://[^/]*||')
export BENCH_DIR PATHS="${prefix}kurs.xhtml ${prefix}kurs/kurs.xhtml?key=$course_key ${prefix}forum/trad.xhtml?id=$thread_id ${prefix}min-side.xhtml ${prefix}api/search?q=kravspesifikasjon ${prefix}api/search?q=sammensl%C3%A5ing"
echo "# paths: $PATHS"
payara=$(pgrep -f 'payara-micro.*\.jar' | head -1)
rss_log=$(mktemp)
( while sleep 30; do awk '/VmRSS/{printf "%.0f\n", $2/1024}' /proc/"$payara"/status >> "$rss_log" 2> /dev/null; done ) &
sampler=$!
bench_java -Dconcurrency="${CONCURRENCY_XAPI:-2}" -Dseconds="$seconds" -Dwarmup=0 -Donly.api=true \
  no.laeringsarena.dev.bench.Bench xapi-post > "$rss_log.xapi" 2>&1 &
xapi=$!
LABEL="mixed pages + search (32 clients)" COOKIE="JSESSIONID=$session" wrk -t"$THREADS" -c"$CONNECTIONS" \
  -d"$MIXED_DURATION" --timeout 10s -s "$BENCH_DIR/mixed.lua" "$BASE" | grep -E '^\S.* p50 |Non-2xx|Socket errors'
wait "$xapi"; grep -E 'p50|error' "$rss_log.xapi"
kill "$sampler"
echo "# Payara RSS every 30 s (MiB): $(tr '\n' ' ' < "$rss_log")"
echo "# Payara RSS at most: $(sort -n "$rss_log" | tail -1) MiB"
rm -f "$rss_log" "$rss_log.xapi"
