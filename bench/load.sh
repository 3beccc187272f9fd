#!/usr/bin/env bash
# Load benchmark of the packaged server: authenticated tools/call greet over MCP Streamable HTTP,
# against the floor (the same JWT check and greeting without MCP). See bench/README.md.
# One command: bench/load.sh   (settings below can be overridden from the environment)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8600}                  # server port; the management interface gets PORT+1
ROUNDS=${ROUNDS:-3}                 # rounds of each measurement; the medians are reported
WARMUP=${WARMUP:-40}                # seconds of JIT warm-up before the steady-state rounds
MEASURE=${MEASURE:-20}              # seconds of each measured steady-state round
FIRST=${FIRST:-10}                  # seconds measured right after start
TOKENS=${TOKENS:-10000}             # distinct tokens (one session each) for the many-agents run
MILLION=${MILLION:-1000000}         # calls between the two memory readings
CONNECTIONS=${CONNECTIONS:-32}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
COMPARE_NO_CACHE=${COMPARE_NO_CACHE:-1}   # one extra run with the token cache switched off
COMPARE_ACCESS_LOG=${COMPARE_ACCESS_LOG:-1}   # one extra run with the access log switched on
COMPARE_WARMUP=${COMPARE_WARMUP:-90}      # warm-up of those runs: on one core C2 compiles for about 70 s
PROFILE=${PROFILE:-}                # cpu, alloc, lock or wall: async-profiler over the first steady-state round
RUNTIMES=${RUNTIMES:-1}             # Java 17 + AppCDS against Java 25 + AOT cache (with and without compact headers)
RUNTIMES_ONLY=${RUNTIMES_ONLY:-0}   # 1: that comparison alone (a short run)
RUNTIMES_WARMUP=${RUNTIMES_WARMUP:-30}    # its warm-up before the steady-state round
# The production JVM flags the README recommends (with the class-data archive below: PROD_OPTS).
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xms48m -Xmx128m -Xmn32m -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000}
# glibc's malloc keeps one arena per thread that allocates: two are plenty, and save RSS.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
JAR=target/quarkus-app/quarkus-run.jar

say() { printf '%s\n' "$*" >&2; }

if ! command -v wrk >/dev/null; then
  say "Installing wrk (Debian package)..."
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null; else sudo apt-get install -y -q wrk >/dev/null; fi
fi
for tool in java curl openssl taskset awk; do
  command -v "$tool" >/dev/null || { say "$tool is needed: install it first."; exit 2; }
done
if [ ! -f "$JAR" ]; then
  say "Building $JAR ..."
  ./mvnw -B -q package -DskipTests
fi

WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# A throwaway key pair: the server gets its public key, the helper signs with the private one.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
client() { taskset -c "$CLIENT_CPU" java bench/BenchClient.java "$@"; }
FIRST_TOKEN=$(client mint "$WORK/private.pem" agent-first)
URL="http://127.0.0.1:$PORT"
INITIALIZE='{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}}'

# start_server CPUS [extra -D options...]: starts the jar, waits for the first authenticated
# answer (an MCP initialize), sets STARTUP_MS to the time from launch to that answer, and writes
# that session to $WORK/one (the single-token sessions file).
start_server() {
  local cpus=$1; shift
  local started; started=$(date +%s%N)
  taskset -c "$cpus" "${SERVER_JAVA:-java}" $JAVA_OPTS -Dquarkus.http.port="$PORT" -Dquarkus.management.port=$((PORT + 1)) \
    -Dmp.jwt.verify.publickey.location="$WORK/public.pem" -Dmcp.bench.enabled=true \
    -Dmcp.audit.file="$WORK/audit.jsonl" -Dmcp.revocation.file="$WORK/revoked-jti.txt" "$@" \
    -jar "$JAR" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  until curl -s -f -o /dev/null -D "$WORK/headers" -X POST "$URL/mcp" -H "Authorization: Bearer $FIRST_TOKEN" \
      -H 'Accept: application/json, text/event-stream' -H 'Content-Type: application/json' -d "$INITIALIZE"; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then say "The server stopped:"; cat "$WORK/server.log" >&2; exit 1; fi
    sleep 0.01
  done
  STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
  local session; session=$(awk 'tolower($1) == "mcp-session-id:" { print $2 }' "$WORK/headers" | tr -d '\r')
  curl -s -f -o /dev/null -X POST "$URL/mcp" -H "Authorization: Bearer $FIRST_TOKEN" -H "Mcp-Session-Id: $session" \
    -H 'MCP-Protocol-Version: 2025-11-25' -H 'Accept: application/json, text/event-stream' \
    -H 'Content-Type: application/json' -d '{"jsonrpc":"2.0","method":"notifications/initialized"}'
  echo "$FIRST_TOKEN $session agent-first" >"$WORK/one"
}
stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status"; }

# load NAME SECONDS SESSIONS_FILE mcp|floor: one wrk run; its RESULT line goes to NAME.
load() {
  local name=$1 seconds=$2 file=$3 mode=$4
  taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s -s bench/greet.lua "$URL" \
    -- "$file" "$mode" | grep '^RESULT' | tee -a "$WORK/$name" >&2
}
# median NAME FIELD: the median of a field over the RESULT lines of NAME.
median() {
  grep -o "$2=[0-9.]*" "$WORK/$1" | cut -d= -f2 | sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "-"; exit } if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
sum() { { grep -o "$2=[0-9]*" "$WORK/$1" 2>/dev/null || true; } | cut -d= -f2 | awk '{ s += $1 } END { print s + 0 }'; }
median_of() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
errors() { echo "$(sum "$1" non2xx) non-2xx, $(sum "$1" wrong) wrong"; }

# async-profiler (Maven Central) for PROFILE: one flame graph and one table per profiled load.
PROFILER_LIB=
if [ -n "$PROFILE" ]; then
  case "$(uname -m)" in x86_64) PLATFORM=linux-x64 ;; aarch64) PLATFORM=linux-arm64 ;; *) say "No async-profiler build for $(uname -m)"; exit 2 ;; esac
  ./mvnw -B -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.1 -DoutputDirectory="$WORK/profiler" >&2
  (cd "$WORK/profiler" && jar xf async-profiler-4.1.jar "$PLATFORM/libasyncProfiler.so")
  PROFILER_LIB="$WORK/profiler/$PLATFORM/libasyncProfiler.so"
  mkdir -p target/bench-profile
fi
# profiled NAME COMMAND...: runs the load command, under the profiler when PROFILE is set.
profiled() {
  local name=$1; shift
  if [ -z "$PROFILER_LIB" ]; then "$@"; return; fi
  client profile "$SERVER_PID" "$PROFILER_LIB" "start,event=$PROFILE,interval=${PROFILE_INTERVAL:-1ms}"
  "$@"
  client profile "$SERVER_PID" "$PROFILER_LIB" "dump,file=$PWD/target/bench-profile/$name-$PROFILE.html"
  client profile "$SERVER_PID" "$PROFILER_LIB" "stop,file=$PWD/target/bench-profile/$name-$PROFILE.txt,flat=40,traces=0"
  say "profile: target/bench-profile/$name-$PROFILE.html (flame graph) and .txt (hottest methods)"
}

say "== Class-data archives (AppCDS) for the server and the CLI: deploy/appcds.sh, as in production"
JAVA_OPTS="$JAVA_OPTS" TRAINING_PORT=$((PORT + 4)) deploy/appcds.sh "$JAR" "$WORK/app.jsa" "$WORK/cli.jsa"
# Every server below runs with the production flags and the archive, except the start-up "without".
CDS=(-XX:SharedArchiveFile="$WORK/app.jsa")

# ---- Java runtimes side by side: the java on the PATH (17) with AppCDS, and JDK 25 with an AOT cache ----
# The JDK 25: the first of JAVA25_HOME, /usr/lib/jvm/* whose release is 25 or later.
feature_release() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true; }
JAVA25=
for home in ${JAVA25_HOME:+"$JAVA25_HOME"} /usr/lib/jvm/*; do
  release=$(feature_release "$home")
  if [ -x "$home/bin/java" ] && [ "${release:-0}" -ge 25 ]; then JAVA25=$home/bin/java; break; fi
done
RUNTIME_ROWS=
# runtime_round LABEL JAVA OPTIONS...: a fresh server on one core: start to first authenticated call,
# the first FIRST s of load, then RUNTIMES_WARMUP s of warm-up and one MEASURE s round; RSS after it.
runtime_round() {
  local label=$1 java=$2; shift 2
  SERVER_JAVA=$java start_server "$SERVER_CPU" "$@"
  echo "$STARTUP_MS" >>"$WORK/rt-$label-start"
  load "rt-$label-first" "$FIRST" "$WORK/one" mcp
  load warmup "$RUNTIMES_WARMUP" "$WORK/one" mcp
  load "rt-$label-steady" "$MEASURE" "$WORK/one" mcp
  rss_mb >>"$WORK/rt-$label-rss"; echo >>"$WORK/rt-$label-rss"
  stop_server
}
runtime_row() {
  local label=$1 what=$2
  RUNTIME_ROWS+="| $what | $(median_of $(cat "$WORK/rt-$label-start")) | $(median "rt-$label-first" rps) | $(median "rt-$label-steady" rps) | $(median "rt-$label-steady" p99_ms) | $(median_of $(cat "$WORK/rt-$label-rss")) | $(errors "rt-$label-first"); $(errors "rt-$label-steady") |"$'\n'
}
if [ "$RUNTIMES" = 1 ] && [ -z "$JAVA25" ]; then say "== No JDK 25 or later in JAVA25_HOME or /usr/lib/jvm: the runtime comparison is skipped"; fi
if [ "$RUNTIMES" = 1 ] && [ -n "$JAVA25" ]; then
  say "== Runtimes: AOT caches of $JAVA25 (deploy/aot.sh), with and without compact object headers"
  JAVA_HOME=$(dirname "$(dirname "$JAVA25")") JAVA_OPTS="$JAVA_OPTS" deploy/aot.sh "$JAR" "$WORK/app25.aot" none
  COH=-XX:+UseCompactObjectHeaders
  JAVA_HOME=$(dirname "$(dirname "$JAVA25")") JAVA_OPTS="$JAVA_OPTS $COH" deploy/aot.sh "$JAR" "$WORK/app25-coh.aot" none
  CONFIGS=(jdk17 jdk25 jdk25coh)
  for round in $(seq "$ROUNDS"); do
    # Interleaved, and each round in another order: the machine's speed drifts within minutes.
    for index in 0 1 2; do
      case ${CONFIGS[$(( (index + round) % 3 ))]} in
        jdk17) runtime_round jdk17 java "${CDS[@]}" ;;
        jdk25) runtime_round jdk25 "$JAVA25" -XX:AOTCache="$WORK/app25.aot" ;;
        jdk25coh) runtime_round jdk25coh "$JAVA25" "$COH" -XX:AOTCache="$WORK/app25-coh.aot" ;;
      esac
    done
    say "runtimes round $round of $ROUNDS done"
  done
  runtime_row jdk17 "$(java -version 2>&1 | head -1 | cut -d'"' -f2), AppCDS"
  runtime_row jdk25 "$("$JAVA25" -version 2>&1 | head -1 | cut -d'"' -f2), AOT cache"
  runtime_row jdk25coh "$("$JAVA25" -version 2>&1 | head -1 | cut -d'"' -f2), AOT cache, compact object headers"
fi
print_runtimes() {
  [ -n "$RUNTIME_ROWS" ] || return 0
  cat <<RUNTIMES_TABLE

Java runtimes, interleaved ($ROUNDS rounds, each a fresh server on CPU $SERVER_CPU; medians; JAVA_OPTS as above; warm-up ${RUNTIMES_WARMUP} s, then ${MEASURE} s):

| runtime | start to first authenticated call, ms | first ${FIRST} s, req/s | steady, req/s | steady p99, ms | RSS after, MB | errors |
| --- | --- | --- | --- | --- | --- | --- |
${RUNTIME_ROWS}
RUNTIMES_TABLE
}
if [ "$RUNTIMES_ONLY" = 1 ]; then
  echo; echo "Machine: $(nproc) cores, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); JAVA_OPTS=$JAVA_OPTS, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX"
  print_runtimes
  exit 0
fi

say "== Start-up and the first ${FIRST} s, $ROUNDS rounds"
STARTS_BOTH=(); STARTS_ONE=(); STARTS_NO_CDS=()
for round in $(seq "$ROUNDS"); do
  start_server "$SERVER_CPU,$CLIENT_CPU" "${CDS[@]}"; STARTS_BOTH+=("$STARTUP_MS"); stop_server
  start_server "$SERVER_CPU,$CLIENT_CPU"; STARTS_NO_CDS+=("$STARTUP_MS"); stop_server
  start_server "$SERVER_CPU" "${CDS[@]}"; STARTS_ONE+=("$STARTUP_MS")
  load first "$FIRST" "$WORK/one" mcp
  stop_server
  say "round $round: start-up ${STARTS_BOTH[-1]} ms (2 cores), ${STARTS_NO_CDS[-1]} ms (2 cores, no archive), ${STARTS_ONE[-1]} ms (1 core)"
done

say "== Steady state: ${WARMUP} s warm-up, then $ROUNDS rounds of ${MEASURE} s each"
start_server "$SERVER_CPU" "${CDS[@]}"
load warmup "$WARMUP" "$WORK/one" mcp
load warmup 10 "$WORK/one" floor
RSS_ONE_TOKEN=$(rss_mb)
say "opening $TOKENS sessions, one per token..."
client sessions "$URL/mcp" "$WORK/private.pem" "$TOKENS" "$WORK/many"
# The first session was the oldest when the 10,000 opened (mcp.session.max-total): use agent-0's.
head -1 "$WORK/many" >"$WORK/one"
load warmup 10 "$WORK/many" mcp
for round in $(seq "$ROUNDS"); do
  if [ "$round" = 1 ]; then
    profiled mcp load mcp1 "$MEASURE" "$WORK/one" mcp
    profiled floor load floor1 "$MEASURE" "$WORK/one" floor
  else
    load mcp1 "$MEASURE" "$WORK/one" mcp
    load floor1 "$MEASURE" "$WORK/one" floor
  fi
  load mcpN "$MEASURE" "$WORK/many" mcp
  load floorN "$MEASURE" "$WORK/many" floor
done
RSS_AFTER_LOAD=$(rss_mb)
say "== $MILLION calls with $TOKENS tokens (RSS before: $RSS_AFTER_LOAD MB)"
while [ "$(sum million requests)" -lt "$MILLION" ]; do load million "$MEASURE" "$WORK/many" mcp; done
RSS_AFTER_MILLION=$(rss_mb)
stop_server

# compare NAME WHAT -D...: the single-token MCP load on a fresh server with one setting changed.
compare() {
  local name=$1 what=$2; shift 2
  say "== The same, $what: ${COMPARE_WARMUP} s warm-up, $ROUNDS x ${MEASURE} s, one token"
  start_server "$SERVER_CPU" "${CDS[@]}" "$@"
  load warmup "$COMPARE_WARMUP" "$WORK/one" mcp
  for round in $(seq "$ROUNDS"); do load "$name" "$MEASURE" "$WORK/one" mcp; done
  stop_server
}
NO_CACHE_RPS=-; NO_CACHE_P99=-
if [ "$COMPARE_NO_CACHE" = 1 ]; then
  compare nocache "token cache off" -Dmcp.auth.token-cache.enabled=false
  NO_CACHE_RPS=$(median nocache rps); NO_CACHE_P99=$(median nocache p99_ms)
fi
ACCESS_RPS=-; ACCESS_P99=-
if [ "$COMPARE_ACCESS_LOG" = 1 ]; then
  compare access "access log on (a line per request)" '-Dquarkus.log.category."secure-mcp.access".level=INFO'
  ACCESS_RPS=$(median access rps); ACCESS_P99=$(median access p99_ms)
fi

say "== CLI, cold"
# --help alone counts as the serve command (it starts HTTP): keep it off the benchmark's port.
CLI_PORTS=(-Dquarkus.http.port=$((PORT + 2)) -Dquarkus.management.port=$((PORT + 3)))
if java "${CLI_PORTS[@]}" -jar "$JAR" --help 2>/dev/null | grep -qw greet; then
  start_server "$SERVER_CPU" "${CDS[@]}"
  CLI_WHAT="greet"
  CLI_ARGS=(-Dsmallrye.jwt.sign.key.location="$WORK/private.pem" -jar "$JAR" greet --server "$URL/mcp")
else
  CLI_WHAT="--help (greet is not in this build yet)"
  CLI_ARGS=("${CLI_PORTS[@]}" -jar "$JAR" --help)
fi
# Plain `java -jar`, and what bin/secure-mcp adds: C1 only and the CLI's archive.
CLI_MS=(); CLI_FAST_MS=()
for round in $(seq "$ROUNDS"); do
  started=$(date +%s%N); java "${CLI_ARGS[@]}" >/dev/null 2>&1 || say "the CLI run failed"
  CLI_MS+=($(( ($(date +%s%N) - started) / 1000000 )))
  started=$(date +%s%N)
  java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$WORK/cli.jsa" "${CLI_ARGS[@]}" >/dev/null 2>&1 || say "the CLI run failed"
  CLI_FAST_MS+=($(( ($(date +%s%N) - started) / 1000000 )))
done
if [ -n "$SERVER_PID" ]; then stop_server; fi

mcp1=$(median mcp1 rps); floor1=$(median floor1 rps); mcpN=$(median mcpN rps); floorN=$(median floorN rps)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN { ok = (op == ">=") ? v >= t : v < t; print ok ? "met" : "MISSED" }'; }
cat <<TABLE

Machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(java -version 2>&1 | head -1)
Settings: server on CPU $SERVER_CPU, wrk -t1 -c$CONNECTIONS on CPU $CLIENT_CPU; $ROUNDS rounds; warm-up ${WARMUP} s, rounds of ${MEASURE} s; $TOKENS tokens; JAVA_OPTS=$JAVA_OPTS plus the class-data archive of deploy/appcds.sh (-XX:SharedArchiveFile), MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)

| figure | median | target | |
| --- | --- | --- | --- |
| MCP tools/call greet, 1 token, req/s | $mcp1 | >= 24,000 | $(verdict "$mcp1" ">=" 24000) |
| ... p50 / p99 ms | $(median mcp1 p50_ms) / $(median mcp1 p99_ms) | p99 < 5 | $(verdict "$(median mcp1 p99_ms)" "<" 5) |
| ... errors over all rounds | $(errors mcp1) | 0 | |
| floor (same JWT check, plain text), 1 token, req/s | $floor1 | | MCP/floor $(ratio "$mcp1" "$floor1") |
| MCP, $TOKENS tokens (a session each), req/s | $mcpN | >= 24,000 | $(verdict "$mcpN" ">=" 24000) |
| ... p50 / p99 ms | $(median mcpN p50_ms) / $(median mcpN p99_ms) | p99 < 5 | $(verdict "$(median mcpN p99_ms)" "<" 5) |
| ... errors over all rounds | $(errors mcpN) | 0 | |
| floor, $TOKENS tokens, req/s | $floorN | | MCP/floor $(ratio "$mcpN" "$floorN") |
| MCP, 1 token, token cache off, req/s (p99 ms) | $NO_CACHE_RPS ($NO_CACHE_P99) | | |
| MCP, 1 token, access log on, req/s (p99 ms) | $ACCESS_RPS ($ACCESS_P99) | | |
| first ${FIRST} s after start, req/s | $(median first rps) | >= 9,000 | $(verdict "$(median first rps)" ">=" 9000) |
| start to first authenticated call, 2 cores (AppCDS), ms | $(median_of "${STARTS_BOTH[@]}") | < 1,000 | $(verdict "$(median_of "${STARTS_BOTH[@]}")" "<" 1000) |
| ... 2 cores without the archive, ms | $(median_of "${STARTS_NO_CDS[@]}") | | |
| ... 1 core (AppCDS), ms | $(median_of "${STARTS_ONE[@]}") | | |
| RSS after the one-token warm-up, MB | $RSS_ONE_TOKEN | < 150 | $(verdict "$RSS_ONE_TOKEN" "<" 150) |
| RSS after the load with $TOKENS sessions and cached tokens, MB | $RSS_AFTER_LOAD | < 150 | $(verdict "$RSS_AFTER_LOAD" "<" 150) |
| RSS after $(sum million requests) more calls ($TOKENS tokens), MB | $RSS_AFTER_MILLION | flat | $(errors million) |
| CLI $CLI_WHAT, cold, plain java -jar, ms | $(median_of "${CLI_MS[@]}") | < 1,500 | $(verdict "$(median_of "${CLI_MS[@]}")" "<" 1500) |
| ... with bin/secure-mcp's flags (C1 only, the CLI's archive), ms | $(median_of "${CLI_FAST_MS[@]}") | < 1,500 | $(verdict "$(median_of "${CLI_FAST_MS[@]}")" "<" 1500) |
TABLE
print_runtimes
