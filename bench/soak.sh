#!/usr/bin/env bash
# Soak run: starts the packaged server with a throwaway key pair, drives it with bench/Soak.java,
# stops it. Needs `./mvnw -B package -DskipTests` first, a JDK 17 and openssl.
#   bench/soak.sh [MINUTES] [RATE] [PORT]        e.g. bench/soak.sh 10 50 8400
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-10}
RATE=${2:-50}
PORT=${3:-8400}
MANAGEMENT=$((PORT + 1))
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"
java -Xmx256m -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MANAGEMENT" \
  -Dmp.jwt.verify.publickey.location="$work/public.pem" -Dmcp.resource-url="http://localhost:$PORT/mcp" \
  -Dquarkus.log.category.\"secure-mcp.access\".level=WARN \
  -jar ${APP_JAR:-target/quarkus-app/quarkus-run.jar} serve > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$MANAGEMENT/q/health/ready" > /dev/null && break
  sleep 1
done
curl -sf "http://localhost:$MANAGEMENT/q/health/ready" > /dev/null || { echo "server did not become ready"; tail -20 "$work/server.log"; exit 1; }
set +e
java bench/Soak.java --url "http://localhost:$PORT/mcp" --key "$work/private.pem" --minutes "$MINUTES" \
  --rate "$RATE" --subjects 8 --hostile 0.2 --pid "$server"
status=$?
echo "metrics after the run:"
curl -s "http://localhost:$MANAGEMENT/q/metrics" | grep -E '^mcp_(requests_seconds_count|auth_failures_total|sessions_open|sse_streams_open)' | sort | head -40
echo "server log lines at ERROR: $(grep -c '"level":"ERROR"' "$work/server.log")"
exit $status
