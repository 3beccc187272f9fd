#!/usr/bin/env bash
# Builds the AOT caches of JDK 25 (JEP 483/514/515: classes loaded and linked ahead of time, and the
# training run's method profiles) for the packaged jar, the way deploy/appcds.sh builds AppCDS
# archives for 17: later starts map the classes and start compiling hot code at once, so a new
# replica serves at speed sooner (see README, Performance).
#
#   deploy/aot.sh [JAR] [SERVER_CACHE] [CLI_CACHE]       (defaults: app.aot and cli.aot beside the jar)
#
# CLI_CACHE "none": no CLI cache (an image's server needs only its own).
# The server cache comes from a training run under load: TRAINING_SECONDS (20) of sessions with
# tools/call greet, stateless 2026-07-28 calls and a refused token from several threads
# (dev.securemcp.deploy.TrainingLoad, in the jar; every answer is checked), then SIGTERM: the JVM
# writes the cache as it exits. The CLI cache comes from one authenticated greet. Throwaway keys, a free
# port on localhost (TRAINING_PORT to choose it; the management interface gets the next one).
# The JDK: the first of $JAVA_HOME, `java` on the PATH and /usr/lib/jvm/* that is 25 or later. A cache
# fits only that JVM build, the same jar path and the same flags (JAVA_OPTS, default the production
# ones); otherwise the JVM says so in one warning line and starts without it: run this after every build.
#   java -XX:AOTCache=SERVER_CACHE ... -jar JAR          (bin/secure-mcp does it for the CLI)
set -euo pipefail
JAR=${1:-target/quarkus-app/quarkus-run.jar}
SERVER_CACHE=${2:-$(dirname "$JAR")/app.aot}
CLI_CACHE=${3:-$(dirname "$JAR")/cli.aot}
SECONDS_OF_LOAD=${TRAINING_SECONDS:-20}
# The production flags (README): a cache records the run that made it, and needs the same flags to be used.
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xms48m -Xmx128m -Xmn32m -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000}

say() { printf 'aot: %s\n' "$*" >&2; }

# feature_release JAVA: 25 for a java that says version "25.0.3", nothing when it cannot run.
feature_release() { "$1" -version 2>&1 | sed -n '1s/^[^"]*"\([0-9]*\).*/\1/p'; }
find_java() {
  local candidate release
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] || continue
    release=$(feature_release "$candidate")
    if [ -n "$release" ] && [ "$release" -ge 25 ]; then echo "$candidate"; return; fi
  done
}
JAVA=$(find_java)
[ -n "$JAVA" ] || { say "no JDK 25 or later found (JAVA_HOME, PATH, /usr/lib/jvm): an AOT cache needs one; deploy/appcds.sh serves JDK 17"; exit 1; }
say "training with $JAVA ($("$JAVA" -version 2>&1 | head -1))"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=${TRAINING_PORT:-}
if [ -z "$PORT" ]; then
  for candidate in $(seq $((18100 + RANDOM % 800)) 2 18999) $(seq 18100 2 18999); do
    if ! port_in_use "$candidate" && ! port_in_use $((candidate + 1)); then PORT=$candidate; break; fi
  done
  [ -n "$PORT" ] || { say "no free port pair in 18100-18999"; exit 1; }
fi

WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# cli [JVM OPTIONS...] -- COMMAND...: the jar's CLI, signing with the throwaway key.
cli() {
  local options=()
  while [ "$1" != -- ]; do options+=("$1"); shift; done; shift
  "$JAVA" "${options[@]}" -Dsmallrye.jwt.sign.key.location="$WORK/keys/private.pem" -jar "$JAR" "$@"
}
"$JAVA" -jar "$JAR" keys generate --dir "$WORK/keys" >/dev/null
TOKEN=$(cli -- token --sub trainer --ttl 3600)
REFUSED_TOKEN=$(cli -- token --sub trainer --aud some-other-server)

rm -f "$SERVER_CACHE"
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -XX:AOTCacheOutput="$SERVER_CACHE" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port=$((PORT + 1)) \
  -Dmp.jwt.verify.publickey.location="$WORK/keys/public.pem" \
  -Dmcp.audit.file="$WORK/audit.jsonl" -Dmcp.revocation.file="$WORK/revoked-jti.txt" \
  -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 240); do
  port_in_use "$PORT" && break
  kill -0 "$SERVER_PID" 2>/dev/null || break
  sleep 0.5
done
port_in_use "$PORT" || { say "the training server did not start:"; cat "$WORK/server.log" >&2; exit 1; }

"$JAVA" -cp "$(dirname "$JAR")/app/*" dev.securemcp.deploy.TrainingLoad "http://127.0.0.1:$PORT/mcp" \
  "$SECONDS_OF_LOAD" "$TOKEN" "$REFUSED_TOKEN" || { say "server log:"; tail -30 "$WORK/server.log" >&2; exit 1; }

if [ "$CLI_CACHE" != none ]; then
  rm -f "$CLI_CACHE"
  cli -XX:TieredStopAtLevel=1 -XX:AOTCacheOutput="$CLI_CACHE" -- greet training --server "http://127.0.0.1:$PORT/mcp" \
    >"$WORK/greet.log" 2>&1 || { say "the CLI's training greet failed:"; cat "$WORK/greet.log" >&2; exit 1; }
  [ -s "$CLI_CACHE" ] || { say "no CLI cache was written:"; cat "$WORK/greet.log" >&2; exit 1; }
fi

# SIGTERM: the JVM writes the cache as it exits (a second JVM assembles it from the recorded run).
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
[ -s "$SERVER_CACHE" ] || { say "no cache was written:"; tail -30 "$WORK/server.log" >&2; exit 1; }
say "wrote $SERVER_CACHE ($(du -m "$SERVER_CACHE" | cut -f1) MB)"
[ "$CLI_CACHE" = none ] || say "wrote $CLI_CACHE ($(du -m "$CLI_CACHE" | cut -f1) MB)"
