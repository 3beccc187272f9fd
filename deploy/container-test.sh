#!/usr/bin/env bash
# The container image built and run for real (called by .ci/run; any failure fails CI):
#   1. installs podman, runc and debootstrap (Debian packages) when missing;
#   2. makes the stand-in base image when this machine has none yet (no registry is reachable): a
#      minimal Debian root file system (debootstrap --variant=minbase) plus a Java 25 runtime jlinked
#      from the JDK 25 found here (JAVA_HOME or /usr/lib/jvm), imported with `podman import`;
#   3. builds Dockerfile.jvm on it through its BASE_IMAGE build argument (the AOT cache is made inside);
#   4. runs the container with a read-only root file system, a non-root user, the (TEST) public key
#      from a volume, the ports published on 127.0.0.1 (free ones), and checks: the cache is used
#      (-XX:AOTMode=on), the user and the read-only root, /q/health/ready UP, the image's own health
#      check, the seed's greet from the CLI outside the container, the conformance suite at both
#      requirement sets with auth on (conformance/run.sh), and SIGTERM ending the container cleanly
#      within quarkus.shutdown.timeout.
# Needs a built jar (./mvnw -B package) and root (apt-get, rootful podman).
#   deploy/container-test.sh                the whole test
#   deploy/container-test.sh --base-image   steps 1 and 2 only (.ci/run makes the base while the tests run)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/quarkus-app/quarkus-run.jar
OUT=target/container
IMAGE=localhost/secure-mcp:ci-$$
NAME=secure-mcp-ci-$$
TEST_KEYS=src/test/resources/test-keys
STARTED=$(date +%s)

say() { printf 'container-test (%3d s): %s\n' $(( $(date +%s) - STARTED )) "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
BASE_ONLY=0
[ "${1:-}" = --base-image ] && BASE_ONLY=1
[ "$BASE_ONLY" = 1 ] || [ -f "$JAR" ] || fail "$JAR is missing: run ./mvnw -B package first"

missing=()
for tool in podman runc debootstrap; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  # (waiting for the lock if another step of CI installs something at the same time)
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null
fi
# runc, not crun (which fails on hybrid cgroups), and no default ulimits (the host's cannot be raised).
[ "$BASE_ONLY" = 1 ] && OUT=$OUT-base
rm -rf "$OUT" && mkdir -p "$OUT"
cat >"$OUT/containers.conf" <<'CONF'
[containers]
default_ulimits = []
[engine]
runtime = "runc"
CONF
export CONTAINERS_CONF=$PWD/$OUT/containers.conf

# The JDK 25 (or later) with jlink: JAVA_HOME first, then /usr/lib/jvm.
release_of() { sed -n 's/^JAVA_VERSION="\([0-9.]*\)".*/\1/p' "$1/release" 2>/dev/null || true; }
JDK=
for home in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/*; do
  version=$(release_of "$home")
  if [ -x "$home/bin/jlink" ] && [ "${version%%.*}" -ge 25 ] 2>/dev/null; then JDK=$home; break; fi
done
[ -n "$JDK" ] || fail "no JDK 25 or later with jlink (JAVA_HOME, /usr/lib/jvm)"
JDK_VERSION=$(release_of "$JDK")
BASE=localhost/secure-mcp-base:java-$JDK_VERSION-debian-minbase

# The stand-in for the registry's Java 25 runtime image: what a JRE image holds (no compiler, no
# tools), so that a build step needing more fails here too.
make_base_image() {
  local root suite mirror modules
  root=$(mktemp -d /var/tmp/secure-mcp-base.XXXXXX)
  suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
  mirror=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  mirror=${mirror:-http://deb.debian.org/debian}
  say "making $BASE: debootstrap $suite from $mirror, and a runtime jlinked from $JDK"
  debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$OUT/debootstrap.log" 2>&1 \
    || { tail -20 "$OUT/debootstrap.log" >&2; rm -rf "$root"; fail "debootstrap"; }
  modules=$("$JDK/bin/java" --list-modules | sed 's/@.*//' \
    | grep -vxE 'jdk\.(compiler|javadoc|jshell|jlink|jpackage|jdeps|jartool|jconsole|editpad|hotspot\.agent|jstatd|internal\.(le|ed|opt))' \
    | paste -sd, -)
  "$JDK/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
    --generate-cds-archive --output "$root/opt/java/openjdk" >"$OUT/jlink.log" 2>&1 \
    || { cat "$OUT/jlink.log" >&2; rm -rf "$root"; fail "jlink"; }
  say "debootstrap and jlink done"
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  tar -C "$root" -c . | podman import --change 'ENV JAVA_HOME=/opt/java/openjdk' \
    --change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' - "$BASE" >/dev/null
  rm -rf "$root"
}
if podman image exists "$BASE"; then say "reusing $BASE"; else make_base_image; say "made $BASE"; fi
[ "$BASE_ONLY" = 0 ] || exit 0

cleanup() {
  podman rm -f "$NAME" >/dev/null 2>&1 || true
  podman rmi -f "$IMAGE" >/dev/null 2>&1 || true
}
trap cleanup EXIT

say "building Dockerfile.jvm on $BASE"
podman build --layers=false --format docker --build-arg BASE_IMAGE="$BASE" -f Dockerfile.jvm -t "$IMAGE" . >"$OUT/build.log" 2>&1 \
  || { tail -40 "$OUT/build.log" >&2; fail "podman build"; }
grep -h '^aot:\|^Training load' "$OUT/build.log" >&2 || true

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=
for candidate in $(seq $((18400 + RANDOM % 500)) 2 18999) $(seq 18400 2 18999); do
  if ! port_in_use "$candidate" && ! port_in_use $((candidate + 1)); then PORT=$candidate; break; fi
done
[ -n "$PORT" ] || fail "no free port pair in 18400-18999"
MANAGEMENT_PORT=$((PORT + 1))
mkdir -p "$OUT/keys" && cp "$TEST_KEYS/public.pem" "$OUT/keys/" && chmod 755 "$OUT/keys" && chmod 644 "$OUT/keys/public.pem"

# The conformance fixtures on (the suite's tools), the TEST key; -XX:AOTMode=on: the JVM refuses to
# start if the image's AOT cache does not fit it.
# Podman's health-check timer needs systemd (it says so on stderr, harmless): the check is run once below.
podman run -d --name "$NAME" --read-only --user 1001:0 \
  -p "127.0.0.1:$PORT:8000" -p "127.0.0.1:$MANAGEMENT_PORT:9000" \
  -v "$PWD/$OUT/keys:/deployments/keys:ro" -e MCP_CONFORMANCE_ENABLED=true -e JAVA_OPTS=-XX:AOTMode=on \
  "$IMAGE" >/dev/null 2>"$OUT/run.log" || { cat "$OUT/run.log" >&2; fail "podman run"; }
READY_URL="http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"
for _ in $(seq 240); do
  curl -s -f -o "$OUT/ready.json" "$READY_URL" && break
  [ "$(podman inspect -f '{{.State.Running}}' "$NAME")" = true ] || break
  sleep 0.5
done
curl -s -f -o "$OUT/ready.json" "$READY_URL" || { podman logs "$NAME" 2>&1 | tail -30 >&2; fail "the container did not become ready"; }
say "the container is ready"

check() { local what=$1; shift; if "$@"; then say "ok: $what"; else fail "$what"; fi; }
check "/q/health/ready is UP" grep -q '"status": *"UP"' "$OUT/ready.json"
check "the process runs as uid 1001" test "$(podman exec "$NAME" id -u)" = 1001
check "the root file system is read-only" test "$(podman inspect -f '{{.HostConfig.ReadonlyRootfs}}' "$NAME")" = true
check "nothing can be written to /deployments" bash -c "! podman exec $NAME touch /deployments/probe 2>/dev/null"
check "the image's health check passes" podman healthcheck run "$NAME"
greet=$(java -Dsmallrye.jwt.sign.key.location="$TEST_KEYS/private.pem" -jar "$JAR" greet Container \
  --server "http://127.0.0.1:$PORT/mcp" 2>&1) || fail "greet from outside the container: $greet"
check "greet from the CLI outside the container: $greet" grep -q 'Hello, Container!' <<<"$greet"

status=0
for requirements in 2025-11-25 2026-07-28; do
  CONFORMANCE_REQUIREMENTS=$requirements CONFORMANCE_SERVER_URL="http://127.0.0.1:$PORT" \
    bash conformance/run.sh >"$OUT/conformance-$requirements.out" 2>&1 || status=1
  say "$(tail -n 1 "$OUT/conformance-$requirements.out") (in the container)"
done
[ "$status" = 0 ] || { tail -30 "$OUT"/conformance-*.out >&2; fail "the conformance suite against the container"; }

# SIGTERM: Quarkus ends the SSE streams, lets in-flight requests finish and exits, within its timeout.
timeout_s=$(sed -n 's/^quarkus\.shutdown\.timeout=\([0-9]*\)S$/\1/p' src/main/resources/application.properties)
stopping=$(date +%s%N)
podman kill --signal TERM "$NAME" >/dev/null
exit_code=$(timeout $((timeout_s + 10)) podman wait "$NAME") || fail "the container did not stop within $((timeout_s + 10)) s of SIGTERM"
stop_ms=$(( ($(date +%s%N) - stopping) / 1000000 ))
podman logs "$NAME" >"$OUT/server.log" 2>&1
check "SIGTERM: stopped in $stop_ms ms (quarkus.shutdown.timeout ${timeout_s} s), exit code $exit_code" \
  test "$stop_ms" -lt $((timeout_s * 1000)) -a \( "$exit_code" = 0 -o "$exit_code" = 143 \)
check "the server logged a clean stop" grep -q 'stopped in' "$OUT/server.log"
say "passed"
