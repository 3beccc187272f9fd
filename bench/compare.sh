#!/usr/bin/env bash
# Before/after: the single-token MCP load (authenticated tools/call greet, one session) on two
# packaged builds, in interleaved rounds (before, after, before, after, ...) so that a shared,
# noisy machine's drift falls on both alike. Each round starts a fresh server pinned to
# SERVER_CPU with the production flags, warms it up, measures, stops it; the medians are reported,
# of requests per second and of the server's CPU time per request (steadier on a busy machine).
#   bench/compare.sh BEFORE_APP AFTER_APP      (each a target/quarkus-app directory)
set -euo pipefail
cd "$(dirname "$0")/.."

BEFORE=${1:?the quarkus-app directory of the before build}
AFTER=${2:?the quarkus-app directory of the after build}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-60}                # seconds; on one core C2 needs about 70 s to settle, 60 s gets most of it
MEASURE=${MEASURE:-20}
CONNECTIONS=${CONNECTIONS:-32}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xms48m -Xmx128m -Xmn32m -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m -Xss512k}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

say() { printf '%s\n' "$*" >&2; }
command -v wrk >/dev/null || apt-get install -y -q wrk >/dev/null

WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
TOKEN=$(taskset -c "$CLIENT_CPU" java bench/BenchClient.java mint "$WORK/private.pem" agent-1)
free_port() { local port; for port in $(seq 8600 8699); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }; done; exit 1; }

# run NAME APP: one round on a fresh server; its requests per second are appended to NAME.
run() {
  local name=$1 app=$2 port; port=$(free_port)
  taskset -c "$SERVER_CPU" java $JAVA_OPTS -Dquarkus.http.port="$port" -Dquarkus.management.port=0 \
    -Dmp.jwt.verify.publickey.location="$WORK/public.pem" -Dmcp.audit.file="$WORK/audit-$name.jsonl" \
    -Dmcp.revocation.file="$WORK/revoked.txt" -jar "$app/quarkus-run.jar" >"$WORK/server-$name.log" 2>&1 &
  SERVER_PID=$!
  local url="http://127.0.0.1:$port/mcp" headers="$WORK/headers"
  until curl -s -f -o /dev/null -D "$headers" -X POST "$url" -H "Authorization: Bearer $TOKEN" \
      -H 'Accept: application/json, text/event-stream' -H 'Content-Type: application/json' \
      -d '{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}}'; do
    kill -0 "$SERVER_PID" 2>/dev/null || { say "The $name server stopped:"; cat "$WORK/server-$name.log" >&2; exit 1; }
    sleep 0.05
  done
  local session; session=$(awk 'tolower($1) == "mcp-session-id:" { print $2 }' "$headers" | tr -d '\r')
  curl -s -f -o /dev/null -X POST "$url" -H "Authorization: Bearer $TOKEN" -H "Mcp-Session-Id: $session" \
    -H 'MCP-Protocol-Version: 2025-11-25' -H 'Accept: application/json, text/event-stream' \
    -H 'Content-Type: application/json' -d '{"jsonrpc":"2.0","method":"notifications/initialized"}'
  echo "$TOKEN $session agent-1" >"$WORK/one"
  taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s bench/greet.lua \
    "http://127.0.0.1:$port" -- "$WORK/one" mcp >/dev/null
  local cpu_before; cpu_before=$(cpu_ticks "$SERVER_PID")
  local result; result=$(taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d"${MEASURE}s" --timeout 10s \
    -s bench/greet.lua "http://127.0.0.1:$port" -- "$WORK/one" mcp | grep '^RESULT')
  local requests; requests=$(grep -o 'requests=[0-9]*' <<<"$result" | cut -d= -f2)
  local cpu_us; cpu_us=$(awk -v t="$(( $(cpu_ticks "$SERVER_PID") - cpu_before ))" -v hz="$(getconf CLK_TCK)" -v n="$requests" \
    'BEGIN { printf "%.1f", t * 1e6 / hz / n }')
  say "$name: $result cpu_us_per_request=$cpu_us"
  grep -o 'rps=[0-9.]*' <<<"$result" | cut -d= -f2 >>"$WORK/$name"
  echo "$cpu_us" >>"$WORK/$name-cpu"
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
}
# The server's CPU time so far (user + system, in clock ticks): per request, it is the figure that a
# busy machine disturbs least (other work delays the server, it does not make it spend more).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
median() { sort -g "$WORK/$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for round in $(seq "$ROUNDS"); do
  say "== round $round of $ROUNDS"
  run before "$BEFORE"
  run after "$AFTER"
done
echo "single-token MCP tools/call greet, req/s by round: before $(paste -sd' ' "$WORK/before"), after $(paste -sd' ' "$WORK/after")"
echo "medians: before $(median before), after $(median after) ($(awk -v b="$(median before)" -v a="$(median after)" 'BEGIN { printf "%+.1f %%", (a - b) * 100 / b }'))"
echo "server CPU time per request (us) by round: before $(paste -sd' ' "$WORK/before-cpu"), after $(paste -sd' ' "$WORK/after-cpu")"
echo "CPU medians: before $(median before-cpu) us, after $(median after-cpu) us ($(awk -v b="$(median before-cpu)" -v a="$(median after-cpu)" 'BEGIN { printf "%+.1f %%", (a - b) * 100 / b }'))"
