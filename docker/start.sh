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
exec java ${JVM_ARGS:-} -jar /opt/payara/payara-micro.jar "$@"
