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
node run-recipes.mjs
