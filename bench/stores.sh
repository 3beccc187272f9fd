#!/usr/bin/env bash
# mcp.store=redis against mcp.store=memory in the same run: the single-token MCP load (tools/call
# greet, one session) on one replica of each, with the per-subject rate limit on (so that every
# request makes its one Redis round trip, the rate-limit decision) and off. Prints req/s, p99 and
# the Redis commands per request (INFO commandstats before and after each round). See bench/README.md.
# One command: bench/stores.sh   (settings below can be overridden from the environment)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8700}                  # server port; the management interface gets PORT+1
REDIS_PORT=${REDIS_PORT:-8790}
ROUNDS=${ROUNDS:-3}                 # rounds of each measurement; the medians are reported
WARMUP=${WARMUP:-40}                # seconds of warm-up of each server
MEASURE=${MEASURE:-15}              # seconds of each measured round
CONNECTIONS=${CONNECTIONS:-32}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
LIMIT=${LIMIT:-1000000}             # mcp.rate-limit.per-subject in the "limit on" runs: on, never reached
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xms48m -Xmx128m -Xmn32m -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m -Xss512k}
JAR=target/quarkus-app/quarkus-run.jar

say() { printf '%s\n' "$*" >&2; }
for tool in wrk redis-server redis-cli; do
  command -v "$tool" >/dev/null || { say "Installing $tool (Debian packages wrk, redis-server)..."; apt-get install -y -q wrk redis-server >/dev/null; }
done
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

WORK=$(mktemp -d)
SERVER_PID=; REDIS_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  if [ -n "$REDIS_PID" ]; then kill "$REDIS_PID" 2>/dev/null || true; wait "$REDIS_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
client() { taskset -c "$CLIENT_CPU" java bench/BenchClient.java "$@"; }
TOKEN=$(client mint "$WORK/private.pem" agent-one)
URL="http://127.0.0.1:$PORT"

# Redis on the client's core, as a separate machine would not be: it competes with wrk, not the server.
taskset -c "$CLIENT_CPU" redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no >"$WORK/redis.log" 2>&1 &
REDIS_PID=$!
until redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; do sleep 0.05; done
# cmdstat NAME: calls of one command since the last CONFIG RESETSTAT ("all": every command, those inside scripts too).
cmdstat() {
  redis-cli -p "$REDIS_PORT" info commandstats | tr -d '\r' | awk -F'[:=,]' -v want="$1" '
    /^cmdstat_/ { name = substr($1, 9); if (name != "info" && name != "config" && (want == "all" || name == want)) n += $3 }
    END { print n + 0 }'
}

start_server() {
  taskset -c "$SERVER_CPU" java $JAVA_OPTS -Dquarkus.http.port="$PORT" -Dquarkus.management.port=$((PORT + 1)) \
    -Dmp.jwt.verify.publickey.location="$WORK/public.pem" -Dmcp.audit.file="$WORK/audit.jsonl" \
    -Dmcp.revocation.file="$WORK/revoked-jti.txt" -Dquarkus.redis.hosts="redis://127.0.0.1:$REDIS_PORT" "$@" \
    -jar "$JAR" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  local headers="$WORK/headers"
  until curl -s -f -o /dev/null -D "$headers" -X POST "$URL/mcp" -H "Authorization: Bearer $TOKEN" \
      -H 'Accept: application/json, text/event-stream' -H 'Content-Type: application/json' \
      -d '{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}}'; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then say "The server stopped:"; cat "$WORK/server.log" >&2; exit 1; fi
    sleep 0.05
  done
  local session; session=$(awk 'tolower($1) == "mcp-session-id:" { print $2 }' "$headers" | tr -d '\r')
  curl -s -f -o /dev/null -X POST "$URL/mcp" -H "Authorization: Bearer $TOKEN" -H "Mcp-Session-Id: $session" \
    -H 'MCP-Protocol-Version: 2025-11-25' -H 'Accept: application/json, text/event-stream' \
    -H 'Content-Type: application/json' -d '{"jsonrpc":"2.0","method":"notifications/initialized"}'
  echo "$TOKEN $session agent-one" >"$WORK/one"
}
stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; }

# load NAME SECONDS: one wrk run; its RESULT line, with the Redis round trips (EVAL: one script per
# rate-limit decision) and the commands (those the scripts run included) per request, goes to NAME.
load() {
  local name=$1 seconds=$2 line requests
  redis-cli -p "$REDIS_PORT" config resetstat >/dev/null
  line=$(taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s -s bench/greet.lua "$URL" \
    -- "$WORK/one" mcp | grep '^RESULT')
  requests=$(grep -o 'requests=[0-9]*' <<<"$line" | cut -d= -f2)
  per() { awk -v d="$1" -v r="$requests" 'BEGIN { printf "%.3f", d / r }'; }
  echo "$line eval_per_request=$(per "$(cmdstat eval)") commands_per_request=$(per "$(cmdstat all)")" | tee -a "$WORK/$name" >&2
}
median() {
  grep -o "$2=[0-9.]*" "$WORK/$1" | cut -d= -f2 | sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "-"; exit } if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
sum() { { grep -o "$2=[0-9]*" "$WORK/$1" 2>/dev/null || true; } | cut -d= -f2 | awk '{ s += $1 } END { print s + 0 }'; }

# One server per configuration, warmed up, then the rounds of all four interleaved, so that the
# machine's changing load falls on every configuration alike.
CONFIGS=(memory-off memory-on redis-off redis-on)
settings() {
  case $1 in
    memory-off) echo "-Dmcp.store=memory" ;;
    memory-on) echo "-Dmcp.store=memory -Dmcp.rate-limit.per-subject=$LIMIT" ;;
    redis-off) echo "-Dmcp.store=redis" ;;
    redis-on) echo "-Dmcp.store=redis -Dmcp.rate-limit.per-subject=$LIMIT" ;;
  esac
}
for round in $(seq "$ROUNDS"); do
  for config in "${CONFIGS[@]}"; do
    say "== round $round: $config"
    # shellcheck disable=SC2046
    start_server $(settings "$config")
    load warmup "$WARMUP" >/dev/null 2>&1
    load "$config" "$MEASURE"
    stop_server
  done
done

cat <<TABLE

Machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(java -version 2>&1 | head -1)
Settings: server on CPU $SERVER_CPU, wrk -t1 -c$CONNECTIONS and redis-server on CPU $CLIENT_CPU; $ROUNDS rounds of ${MEASURE} s after ${WARMUP} s of warm-up, a fresh server each; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)

| MCP tools/call greet, 1 token | req/s | p50 ms | p99 ms | Redis round trips (EVAL) per request | Redis commands per request | errors |
| --- | --- | --- | --- | --- | --- | --- |
TABLE
for config in "${CONFIGS[@]}"; do
  echo "| ${config/-off/, rate limit off} | $(median "$config" rps) | $(median "$config" p50_ms) | $(median "$config" p99_ms) | $(median "$config" eval_per_request) | $(median "$config" commands_per_request) | $(sum "$config" non2xx) non-2xx, $(sum "$config" wrong) wrong |" \
    | sed 's/-on |/, rate limit on |/'
done
