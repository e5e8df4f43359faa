#!/bin/sh
# Entry point of the read replica (compose profile "scaled"): on first start, copies the primary with pg_basebackup
# and writes the standby settings (-R); then runs PostgreSQL as a hot standby that streams the primary's changes.
# It answers read-only queries; writes go to the primary.
set -eu
: "${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD in docker/.env}"
PRIMARY_HOST="${PRIMARY_HOST:-db}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
    mkdir -p "$PGDATA"
    chown postgres:postgres "$PGDATA"
    chmod 700 "$PGDATA"
    until gosu postgres pg_basebackup --pgdata="$PGDATA" --wal-method=stream --write-recovery-conf \
            --checkpoint=fast --progress \
            --dbname="host=$PRIMARY_HOST port=5432 user=replicator password=$REPLICATION_PASSWORD"; do
        echo "replica: the primary ($PRIMARY_HOST) does not answer yet; trying again in 5 s"
        find "$PGDATA" -mindepth 1 -delete
        sleep 5
    done
fi
exec docker-entrypoint.sh postgres
