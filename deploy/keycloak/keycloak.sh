#!/usr/bin/env bash
# Runs Keycloak with the secure-mcp realm for development and tests, on loopback only.
#
#   deploy/keycloak/keycloak.sh start     # prints the issuer URL; writes the env file below
#   deploy/keycloak/keycloak.sh stop
#   deploy/keycloak/keycloak.sh status
#   deploy/keycloak/keycloak.sh fetch     # only fetches and unpacks Keycloak (start does it when needed)
#
# Environment (all optional):
#   MCP_RESOURCE_URL      the MCP server's resource URL, put into every access token's aud
#                         (default http://localhost:8000/mcp)
#   MCP_CLI_PUBLIC_KEY    PEM public key of the CLI, for the private_key_jwt client mcp-cli
#                         (default keys/public.pem when it exists)
#   KC_PORT               the HTTP port (default: a free loopback port)
#   KC_WORK_DIR           where Keycloak is unpacked and run (default deploy/keycloak/.work, git-ignored)
#   KC_ENV_FILE           the env file written at start (default $KC_WORK_DIR/keycloak.env)
#   KC_START_TIMEOUT      seconds to wait for the realm (default 300: a first start augments for ~1 min)
#   JAVA_HOME             a JDK 21 or newer; otherwise one is looked for in /usr/lib/jvm
#
# The env file holds KC_ISSUER, KC_URL, KC_PORT, KC_PID, KC_REALM, KC_ADMIN_USER,
# KC_ADMIN_PASSWORD and MCP_RESOURCE_URL, as shell assignments (`. "$KC_ENV_FILE"`).
# DEVELOPMENT ONLY: start-dev, plain HTTP, an in-memory database, an admin/admin master
# administrator and the realm's test passwords (see deploy/keycloak/README.md for production).
set -euo pipefail

KEYCLOAK_VERSION=26.7.3
REALM=secure-mcp
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT="$(cd "$HERE/../.." && pwd)"
WORK="${KC_WORK_DIR:-$HERE/.work}"
ENV_FILE="${KC_ENV_FILE:-$WORK/keycloak.env}"
HOME_DIR="$WORK/keycloak-$KEYCLOAK_VERSION"
LOG="$WORK/keycloak.log"

say() { echo "keycloak: $*" >&2; }
fail() { say "$*"; exit 1; }

# The major version of a java binary, or 0.
java_major() {
  local line
  line=$("$1" -version 2>&1 | head -n 1) || { echo 0; return; }
  line=${line#*version \"}
  line=${line%%[.\"]*}
  [[ $line =~ ^[0-9]+$ ]] && echo "$line" || echo 0
}

# JAVA_HOME when it is 21 or newer, else the newest JDK >= 21 under /usr/lib/jvm.
find_java_home() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    echo "$JAVA_HOME"
    return
  fi
  local best="" best_major=0 candidate major
  for candidate in /usr/lib/jvm/*/; do
    candidate=${candidate%/}
    [ -x "$candidate/bin/java" ] || continue
    major=$(java_major "$candidate/bin/java")
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate best_major=$major
    fi
  done
  [ -n "$best" ] || fail "Keycloak $KEYCLOAK_VERSION needs a JDK 21 or newer: install one, or set JAVA_HOME to it."
  echo "$best"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Below the kernel's ephemeral range (32768+), so that no random port of another program takes it.
free_port() {
  local port tries=0
  while [ $tries -lt 50 ]; do
    port=$((20000 + RANDOM % 12000))
    port_in_use "$port" || { echo "$port"; return; }
    tries=$((tries + 1))
  done
  fail "no free loopback port found"
}

# The zip through the Maven wrapper (Maven Central, the local repository as cache), unpacked once.
unpack() {
  [ -x "$HOME_DIR/bin/kc.sh" ] && return
  mkdir -p "$WORK"
  say "fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION (zip) through the Maven wrapper"
  (cd "$PROJECT" && ./mvnw -B -q dependency:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$WORK" >&2)
  if ! command -v unzip >/dev/null || ! command -v curl >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq unzip curl >/dev/null
  fi
  rm -rf "$HOME_DIR.partial"
  mkdir -p "$HOME_DIR.partial"
  unzip -q "$WORK/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$HOME_DIR.partial"
  mv "$HOME_DIR.partial/keycloak-$KEYCLOAK_VERSION" "$HOME_DIR"
  rm -rf "$HOME_DIR.partial" "$WORK/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
}

# The body of a PEM public key (base64 DER, one line): Keycloak's jwt.credential.public.key.
public_key_body() {
  local pem="${MCP_CLI_PUBLIC_KEY:-$PROJECT/keys/public.pem}"
  if [ -f "$pem" ]; then
    grep -v -- '-----' "$pem" | tr -d '\r\n'
  elif [ -n "${MCP_CLI_PUBLIC_KEY:-}" ]; then
    fail "MCP_CLI_PUBLIC_KEY=$MCP_CLI_PUBLIC_KEY: no such file"
  else
    say "no keys/public.pem (run ./mvnw quarkus:dev or 'keys generate' once): the client mcp-cli gets no key"
  fi
}

running_pid() {
  [ -f "$ENV_FILE" ] || return 1
  local pid
  pid=$(sed -n 's/^KC_PID=//p' "$ENV_FILE")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

start() {
  if pid=$(running_pid); then
    fail "already running (pid $pid, $ENV_FILE): run '$0 stop' first"
  fi
  local java_home port issuer_base resource_url pid deadline
  java_home=$(find_java_home)
  unpack
  port=${KC_PORT:-$(free_port)}
  port_in_use "$port" && fail "port $port is in use"
  issuer_base="http://127.0.0.1:$port"
  resource_url="${MCP_RESOURCE_URL:-http://localhost:8000/mcp}"
  # The realm afresh on every start: an in-memory database, and the realm file copied anew
  # (Keycloak skips a realm that already exists).
  rm -rf "$HOME_DIR/data"
  mkdir -p "$HOME_DIR/data/import"
  cp "$HERE/secure-mcp-realm.json" "$HOME_DIR/data/import/"
  : >"$LOG"
  say "starting Keycloak $KEYCLOAK_VERSION on $issuer_base with $java_home (log: $LOG)"
  # The realm file's ${MCP_RESOURCE_URL} and ${MCP_CLI_PUBLIC_KEY_BODY} placeholders come from
  # this environment. The management interface gets its own free port, never 9000.
  JAVA_HOME="$java_home" \
    KC_BOOTSTRAP_ADMIN_USERNAME="${KC_ADMIN_USER:-admin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_ADMIN_PASSWORD:-admin}" \
    MCP_RESOURCE_URL="$resource_url" \
    MCP_CLI_PUBLIC_KEY_BODY="$(public_key_body)" \
    setsid "$HOME_DIR/bin/kc.sh" start-dev --import-realm \
      --db=dev-mem \
      --http-host=127.0.0.1 --http-port="$port" \
      --http-management-port="$(free_port)" \
      --hostname="$issuer_base" \
      >>"$LOG" 2>&1 </dev/null &
  pid=$!
  mkdir -p "$(dirname "$ENV_FILE")"
  cat >"$ENV_FILE" <<EOF
KC_PID=$pid
KC_PORT=$port
KC_URL=$issuer_base
KC_REALM=$REALM
KC_ISSUER=$issuer_base/realms/$REALM
KC_ADMIN_USER=${KC_ADMIN_USER:-admin}
KC_ADMIN_PASSWORD=${KC_ADMIN_PASSWORD:-admin}
MCP_RESOURCE_URL=$resource_url
EOF
  deadline=$((SECONDS + ${KC_START_TIMEOUT:-300}))
  until curl -fsS -o /dev/null "$issuer_base/realms/$REALM/.well-known/openid-configuration" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$LOG" >&2
      rm -f "$ENV_FILE"
      fail "Keycloak stopped during start (log above, whole log: $LOG)"
    fi
    if [ $SECONDS -ge $deadline ]; then
      tail -n 40 "$LOG" >&2
      stop
      fail "the realm did not answer within ${KC_START_TIMEOUT:-300} s (log above)"
    fi
    sleep 2
  done
  say "ready (pid $pid); env file: $ENV_FILE"
  echo "$issuer_base/realms/$REALM"
}

stop() {
  local pid
  if ! pid=$(running_pid); then
    rm -f "$ENV_FILE"
    say "not running"
    return 0
  fi
  # kc.sh runs java as its child: end the whole process group that setsid gave it.
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL -- "-$pid" 2>/dev/null
  rm -f "$ENV_FILE"
  say "stopped (pid $pid)"
}

case "${1:-}" in
  start) start ;;
  fetch) unpack ;;
  stop) stop ;;
  status)
    if pid=$(running_pid); then
      cat "$ENV_FILE"
    else
      say "not running"
      exit 1
    fi
    ;;
  *) echo "usage: $0 start|stop|status|fetch" >&2; exit 2 ;;
esac
