#!/usr/bin/env bash
# The command the official conformance suite runs as "the client" (conformance client --command):
# it maps the suite's call (the server URL last, the scenario in MCP_CONFORMANCE_SCENARIO, extra
# data in MCP_CONFORMANCE_CONTEXT) to ordinary secure-mcp CLI commands. The logic under test, the
# MCP client and its OAuth login, is the CLI's own; this only picks the command and its options.
#
# Env: SECURE_MCP_CLI (the command that runs the CLI, default bin/secure-mcp of this checkout).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
url=${!#}
scenario=${MCP_CONFORMANCE_SCENARIO:?the conformance suite sets MCP_CONFORMANCE_SCENARIO}
read -r -a cli <<<"${SECURE_MCP_CLI:-$here/../bin/secure-mcp}"

# Each scenario starts from an empty token store, and "the browser" is curl following the
# authorization server's redirect back to the CLI's loopback port (the suite's server approves at once).
XDG_CONFIG_HOME=$(mktemp -d)
export XDG_CONFIG_HOME
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
export BROWSER="curl -fsS -L -o /dev/null"

context() { node -e 'const c = JSON.parse(process.env.MCP_CONFORMANCE_CONTEXT || "{}"); process.stdout.write(String(c[process.argv[1]] ?? ""))' "$1"; }
run() { "${cli[@]}" "$@" --server "$url" --auth login --login-timeout 20; }

case "$scenario" in
  initialize)
    run tools ;;
  tools_call)
    run call add_numbers --arg a=5 --arg b=3 ;;
  sse-retry)
    run call test_reconnection ;;
  elicitation-sep1034-client-defaults)
    # Not a terminal: the CLI answers the elicitation with the schema's defaults.
    run call test_client_elicitation_defaults </dev/null ;;
  json-schema-2020-12-preservation)
    tools=$(run tools --json)
    schema=$(node -e 'const t = JSON.parse(process.argv[1]).tools.find(t => t.name !== "json_schema_echo");
      process.stdout.write(JSON.stringify({schema: t.inputSchema}))' "$tools")
    run call json_schema_echo --args "$schema" ;;
  auth/client-credentials-basic)
    run call test-tool --client-credentials --client-id "$(context client_id)" --client-secret "$(context client_secret)" ;;
  auth/client-credentials-jwt)
    key="$XDG_CONFIG_HOME/client-key.pem"
    context private_key_pem >"$key"
    run call test-tool --client-credentials --client-id "$(context client_id)" --private-key "$key" ;;
  auth/pre-registration)
    run call test-tool --client-id "$(context client_id)" --client-secret "$(context client_secret)" ;;
  auth/*)
    run call test-tool --client-metadata-url https://conformance-test.local/client-metadata.json ;;
  *)
    echo "conformance/client.sh: no mapping for the scenario $scenario" >&2; exit 2 ;;
esac
