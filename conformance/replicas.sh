#!/usr/bin/env bash
# The official MCP conformance suite through nginx over two replicas that share one Redis:
#
#   1. starts a throwaway redis-server (no persistence) on a free loopback port
#   2. starts two replicas of target/quarkus-app/quarkus-run.jar, each in a folder of its own, with
#      mcp.store=redis, a prefix of their own, the fixtures on, the TEST public key and one shared
#      TEST-ONLY mcp.state.secret, and waits until both are ready
#   3. starts nginx (Debian, unprivileged, in a folder of its own): plain round-robin over the two,
#      no affinity, SSE passed through unbuffered, Host kept
#   4. runs conformance/run.sh at the nginx URL (CONFORMANCE_SERVER_URL) for 2025-11-25 and
#      2026-07-28: the authenticated run and the negative control (no token) both go through nginx,
#      so every scenario may land on either replica; then checks that both replicas were used
#
# Any failed scenario, or a component that does not start, fails the script; everything it started
# is stopped on exit. Needs: a built jar (./mvnw -B package), java, redis-server, nginx, curl, npm.
# Env: CONFORMANCE_REPLICA_PORTS (a free range, 8400-8499), CONFORMANCE_TOOLS (as run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

PORTS=${CONFORMANCE_REPLICA_PORTS:-8400-8499}
JAR=$PWD/target/quarkus-app/quarkus-run.jar
PUBLIC_KEY=$PWD/src/test/resources/test-keys/public.pem
OUT=$PWD/target/conformance/replicas
# TEST-ONLY: a fixed secret that protects nothing, shared so that sealed 2026-07-28 states cross replicas.
STATE_SECRET=dGVzdC1vbmx5LXN0YXRlLXNlY3JldC1mb3ItY29uZm9ybWFuY2UtcmVwbGljYXM=
PREFIX="conformance-$$-$RANDOM:"
REVISIONS=(2025-11-25 2026-07-28)

[ -f "$JAR" ] || { echo "replicas: $JAR is missing: run ./mvnw -B package first" >&2; exit 1; }
for tool in java redis-server redis-cli nginx curl; do
  command -v "$tool" >/dev/null || { echo "replicas: $tool is not installed" >&2; exit 1; }
done

TAKEN=()
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# take_port VAR: sets VAR to a port of the range that nothing listens on and that was not taken before.
take_port() {
  local candidate
  for candidate in $(seq "${PORTS%-*}" "${PORTS#*-}"); do
    if ! port_in_use "$candidate" && [[ " ${TAKEN[*]} " != *" $candidate "* ]]; then
      TAKEN+=("$candidate"); printf -v "$1" %s "$candidate"; return
    fi
  done
  echo "replicas: no free port in $PORTS" >&2; exit 1
}

PIDS=()
# Stops what was started, newest first: TERM, up to 20 s, then KILL.
cleanup() {
  local pid i
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do kill "${PIDS[i]}" 2>/dev/null || true; done
  for _ in $(seq 40); do
    local alive=0
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" -eq 1 ] || return 0
    sleep 0.5
  done
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

# wait_for WHAT SECONDS COMMAND...: runs COMMAND every half second until it succeeds; fails after SECONDS.
wait_for() {
  local what=$1 seconds=$2; shift 2
  for _ in $(seq $((seconds * 2))); do "$@" && return 0; sleep 0.5; done
  echo "replicas: $what did not start within $seconds s" >&2; return 1
}

rm -rf "$OUT" && mkdir -p "$OUT"

take_port REDIS_PORT
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no >"$OUT/redis.log" 2>&1 &
PIDS+=($!)
redis_up() { [ "$(redis-cli -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ]; }
wait_for redis-server 20 redis_up || { tail -20 "$OUT/redis.log" >&2; exit 1; }

REPLICA_PORTS=(); MANAGEMENT_PORTS=()
for n in 1 2; do
  dir="$OUT/replica-$n"; mkdir -p "$dir"
  take_port port; take_port management
  REPLICA_PORTS+=("$port"); MANAGEMENT_PORTS+=("$management")
  # Each in its own folder: its audit log and data files are its own.
  (cd "$dir" && exec java -Dmcp.conformance.enabled=true -Dmcp.store=redis \
    -Dquarkus.redis.hosts="redis://127.0.0.1:$REDIS_PORT" -Dmcp.store.redis.prefix="$PREFIX" \
    -Dmcp.state.secret="$STATE_SECRET" -Dmp.jwt.verify.publickey.location="$PUBLIC_KEY" \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -Dquarkus.management.port="$management" \
    -jar "$JAR" >"$dir/server.log" 2>&1) &
  PIDS+=($!)
done
ready() { curl -fsS -o /dev/null --max-time 2 "http://localhost:$1/q/health/ready"; }
for n in 0 1; do
  # Up to 180 s: a loaded machine can be slow to start a JVM.
  wait_for "replica $((n + 1))" 180 ready "${MANAGEMENT_PORTS[n]}" \
    || { tail -20 "$OUT/replica-$((n + 1))/server.log" >&2; exit 1; }
done

# The shape of src/test/java/dev/securemcp/replicas/NginxProxy.java, with the upstream in the access log.
NGINX=$OUT/nginx; mkdir -p "$NGINX/temp"
take_port NGINX_PORT
cat >"$NGINX/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $NGINX/nginx.pid;
error_log $NGINX/error.log warn;
events { worker_connections 256; }
http {
  log_format upstream '\$remote_addr "\$request" \$status upstream=\$upstream_addr';
  access_log $NGINX/access.log upstream;
  client_body_temp_path $NGINX/temp/body;
  proxy_temp_path $NGINX/temp/proxy;
  fastcgi_temp_path $NGINX/temp/fastcgi;
  uwsgi_temp_path $NGINX/temp/uwsgi;
  scgi_temp_path $NGINX/temp/scgi;
  upstream replicas {
    server 127.0.0.1:${REPLICA_PORTS[0]};
    server 127.0.0.1:${REPLICA_PORTS[1]};
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://replicas;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_buffering off;
      proxy_read_timeout 1h;
    }
  }
}
EOF
nginx -p "$NGINX" -c "$NGINX/nginx.conf" >"$NGINX/nginx.out" 2>&1 &
PIDS+=($!)
wait_for nginx 20 port_in_use "$NGINX_PORT" || { cat "$NGINX/nginx.out" "$NGINX/error.log" >&2 2>/dev/null; exit 1; }
echo "replicas: redis-server on $REDIS_PORT, replicas on ${REPLICA_PORTS[*]}, nginx on $NGINX_PORT"

status=0; summary=()
for requirements in "${REVISIONS[@]}"; do
  CONFORMANCE_REQUIREMENTS=$requirements CONFORMANCE_SERVER_URL="http://127.0.0.1:$NGINX_PORT" \
    CONFORMANCE_OUT="$OUT/$requirements" bash conformance/run.sh | tee "$OUT/$requirements.out" || status=1
  summary+=("$(tail -n 1 "$OUT/$requirements.out")")
done

# Round-robin without affinity: both replicas must have answered requests of the suite.
used=0
for port in "${REPLICA_PORTS[@]}"; do grep -q "upstream=127.0.0.1:$port\$" "$NGINX/access.log" && used=$((used + 1)); done
[ "$used" -eq 2 ] || { echo "replicas: only $used of 2 replicas answered through nginx" >&2; status=1; }

echo
echo "Through nginx over two replicas on Redis: ${summary[0]}; ${summary[1]}; replicas used: $used of 2"
exit $status
