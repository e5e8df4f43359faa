#!/bin/sh
# Runs once, when the postgres image creates a new database cluster (/docker-entrypoint-initdb.d). With
# REPLICATION_PASSWORD set, it adds the role a read replica streams with and lets it connect for replication.
# An existing data volume is not touched: see docker/README.md "Scaling out" for the two statements to run by hand.
if [ -n "${REPLICATION_PASSWORD:-}" ]; then
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
        --set=password="$REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
SQL
    echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
    echo "primary-replication: role replicator created; replicas may connect"
else
    echo "primary-replication: REPLICATION_PASSWORD is not set; no read replica can connect"
fi
