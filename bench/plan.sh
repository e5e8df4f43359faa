#!/usr/bin/env bash
# The Moodle-style test plan (size L by default: 1,000 users, 6 loops, 100 s ramp-up, 1–3 s think time):
# log in, view a course, view a lesson, view a forum, view a discussion, post a reply; p50/p95/p99 per step.
source "$(dirname "$0")/lib.sh"
machine
bench_java -Xss512k -Dusers="${USERS:-1000}" -Dloops="${LOOPS:-6}" -Drampup="${RAMPUP:-100}" \
  -Dthink.min="${THINK_MIN:-1}" -Dthink.max="${THINK_MAX:-3}" -Dlogin="${LOGIN:-every-loop}" no.laeringsarena.dev.bench.TestPlan
