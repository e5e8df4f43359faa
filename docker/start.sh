#!/bin/sh
# Entry point of the app container: refuse to start, naming the setting, when a required one is missing,
# instead of letting Payara Micro come up without the application (a silent 404).
missing=""
for name in DB_URL DB_USER DB_PASSWORD SEARCH_URL BASE_URL; do
  eval "value=\${$name:-}"
  [ -n "$value" ] || missing="$missing $name"
done
if [ -n "$missing" ]; then
  echo "Læringsarena cannot start: these settings are missing:$missing (see docker/README.md)" >&2
  exit 78
fi
case "$DB_URL" in
  jdbc:postgresql:*) ;;
  *) echo "Læringsarena cannot start: DB_URL must be a jdbc:postgresql: URL" >&2; exit 78 ;;
esac
# Several instances (README "Scaling out"): LAERINGSARENA_CLUSTER_MEMBERS lists every instance's Hazelcast address
# (host:port,host:port). Then this instance joins them in one cluster instead of running alone (--nocluster), and
# cluster.asadmin keeps the web sessions in the cluster's data grid, so they survive the instance they started on.
if [ -n "${LAERINGSARENA_CLUSTER_MEMBERS:-}" ]; then
  for arg in "$@"; do
    shift
    [ "$arg" = "--nocluster" ] || set -- "$@" "$arg"
  done
  set -- "$@" --clustermode "tcpip:$LAERINGSARENA_CLUSTER_MEMBERS" \
    --clustername "${LAERINGSARENA_CLUSTER_NAME:-laeringsarena}" \
    --name "${LAERINGSARENA_INSTANCE_NAME:-${HOSTNAME:-app}}" \
    --postbootcommandfile /opt/payara/config/cluster.asadmin
fi
# one structured line per log record, also for records that bypass Payara's own formatter
log_format='[%1$tFT%1$tT.%1$tL%1$tz] [%4$s] [%3$s] %5$s%6$s%n'
exec java "-Djava.util.logging.SimpleFormatter.format=$log_format" ${JVM_ARGS:-} -jar /opt/payara/payara-micro.jar "$@"
