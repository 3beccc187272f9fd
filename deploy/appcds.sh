#!/usr/bin/env bash
# Builds class-data archives (AppCDS) for the packaged jar from a training run, so that later starts
# map the classes instead of loading, parsing and verifying them again (see README, Performance).
#
#   deploy/appcds.sh [JAR] [SERVER_ARCHIVE] [CLI_ARCHIVE]     (defaults: app.jsa and cli.jsa beside the jar)
#
# The server archive comes from a real start and one authenticated greet through the CLI (so it holds
# the first request's path: token check, JSON, the tool); the CLI archive from that greet. Throwaway
# keys, ports TRAINING_PORT and TRAINING_PORT+1 on localhost. Needs only the JDK that will run the jar
# (another JVM build, or a rebuilt jar, refuses the archive with a warning and starts without it:
# run this again after every build). Use the archives with the same jar path:
#   java -XX:SharedArchiveFile=SERVER_ARCHIVE ... -jar JAR        (bin/secure-mcp does it for the CLI)
set -euo pipefail
JAR=${1:-target/quarkus-app/quarkus-run.jar}
SERVER_ARCHIVE=${2:-$(dirname "$JAR")/app.jsa}
CLI_ARCHIVE=${3:-$(dirname "$JAR")/cli.jsa}
PORT=${TRAINING_PORT:-18080}
# The production flags (README): an archive records the classes of the run that made it.
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xms48m -Xmx128m -Xmn32m -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000}

WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

java -jar "$JAR" keys generate --dir "$WORK/keys" >/dev/null
rm -f "$SERVER_ARCHIVE"
# shellcheck disable=SC2086
java $JAVA_OPTS -XX:ArchiveClassesAtExit="$SERVER_ARCHIVE" -Dquarkus.http.port="$PORT" \
  -Dquarkus.management.port=$((PORT + 1)) -Dmp.jwt.verify.publickey.location="$WORK/keys/public.pem" \
  -Dmcp.audit.file="$WORK/audit.jsonl" -Dmcp.revocation.file="$WORK/revoked-jti.txt" \
  -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

greet() {
  java "$@" -Dsmallrye.jwt.sign.key.location="$WORK/keys/private.pem" -jar "$JAR" \
    greet training --server "http://localhost:$PORT/mcp" >"$WORK/greet.log" 2>&1
}
for attempt in $(seq 60); do
  if greet; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null || [ "$attempt" = 60 ]; then
    echo "The training server did not answer:" >&2; cat "$WORK/server.log" "$WORK/greet.log" >&2; exit 1
  fi
  sleep 1
done
rm -f "$CLI_ARCHIVE"
greet -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$CLI_ARCHIVE" || { cat "$WORK/greet.log" >&2; exit 1; }
# SIGTERM: the JVM writes the archive as it exits.
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
[ -s "$SERVER_ARCHIVE" ] || { echo "No archive was written:" >&2; cat "$WORK/server.log" >&2; exit 1; }
echo "Wrote $SERVER_ARCHIVE and $CLI_ARCHIVE" >&2
