#!/usr/bin/env bash
# Login (login page + form post, as a browser) against PasswordHasher.verify alone.
source "$(dirname "$0")/lib.sh"
machine
bench_java -Dconcurrency="${CONCURRENCY:-4}" -Dseconds="${SECONDS_EACH:-20}" no.laeringsarena.dev.bench.Bench login
