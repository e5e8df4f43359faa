#!/usr/bin/env bash
# Rebuilds the search index from the database through the admin page (the index is derived data).
source "$(dirname "$0")/lib.sh"
bench_java no.laeringsarena.dev.bench.Bench reindex
