#!/usr/bin/env bash
# xAPI POST batches against raw JDBC inserts of the same rows; filtered GETs against the same SQL over JDBC.
# Needs XAPI_BOOTSTRAP_KEY / XAPI_BOOTSTRAP_SECRET set for the dev run and here.
source "$(dirname "$0")/lib.sh"
machine
ARGS=(-Dconcurrency="${CONCURRENCY:-4}" -Dseconds="${SECONDS_EACH:-20}" -Dbatch="${BATCH:-50}")
bench_java "${ARGS[@]}" no.laeringsarena.dev.bench.Bench xapi-post
bench_java "${ARGS[@]}" no.laeringsarena.dev.bench.Bench xapi-get
