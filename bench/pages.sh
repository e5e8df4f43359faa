#!/usr/bin/env bash
# Pages against the server's floor: a static resource served by the same Payara.
# Needs the dev run (./mvnw -Pdev) on the generated data; see README.md.
source "$(dirname "$0")/lib.sh"
machine
course_key=$(sql "SELECT c.course_key FROM course c JOIN enrolment e ON e.course_id = c.id GROUP BY c.course_key ORDER BY count(*) DESC LIMIT 1")
thread_id=$(sql "SELECT id FROM forum_thread WHERE reply_count >= 200 ORDER BY id LIMIT 1")
learner=$(sql "SELECT u.email FROM user_account u JOIN enrolment e ON e.user_id = u.id WHERE u.id >= 10000000 ORDER BY u.id LIMIT 1")
# a stylesheet the pages link to (a Faces resource of the theme)
static_path=$(curl -fsS "$BASE" | grep -o 'href="[^"]*\.css[^"]*"' | head -1 | sed -e 's/^href="//' -e 's/"$//' -e 's/&amp;/\&/g')
case "$static_path" in
  http*) static_url="$static_path" ;;
  /*) static_url="$(echo "$BASE" | grep -o '^https\?://[^/]*')$static_path" ;;
  *) static_url="$BASE$static_path" ;;
esac
session=$(bench_java no.laeringsarena.dev.bench.Bench session "$learner")
echo "# course $course_key, thread $thread_id, Min side of $learner, static $static_url"
measure "static resource (floor)" "$static_url"
measure "catalogue kurs.xhtml" "${BASE}kurs.xhtml"
measure "course page" "${BASE}kurs/kurs.xhtml?key=$course_key"
measure "forum thread (200 replies)" "${BASE}forum/trad.xhtml?id=$thread_id"
COOKIE="JSESSIONID=$session" measure "Min side (logged in)" "${BASE}min-side.xhtml"
