#!/usr/bin/env bash
# Builds the JDK 25 AOT cache (JEP 483/514/515: classes loaded and linked, method profiles) for an extracted portal jar.
# The Dockerfile runs this at image build time, and bench/startup.sh runs it too, so the image carries no untested copy.
#
#   java -Djarmode=tools -jar export-alliance-portal-*.jar extract --destination DIR   # DIR/<name>.jar + DIR/lib/
#   deploy/aot-cache.sh DIR/<name>.jar [JVM flags of the real runs...]               # writes DIR/<name>.aot
#   java [the same JVM flags] -XX:AOTCache=DIR/<name>.aot -jar DIR/<name>.jar
#
# One training run: the portal starts, its readiness probe answers UP, it serves the sign-in page, the OpenAPI
# description and the probes once, and is stopped with SIGTERM; the JVM writes the cache when it exits. Why not
# `-Dspring.context.exit=onRefresh`: the API's WebFlux child context refreshes while the main context is still
# creating its beans, and that flag exits on the first refresh, so the training would miss half the start.
#
# The cache is only used with the same JDK, the same class path (the extracted jar at the same path: build it where
# the jar will run) and the same JVM flags; otherwise the JVM warns "[aot] ..." and starts without it.
#
# The training needs a database. Without SPRING_R2DBC_URL the portal starts a throw-away embedded PostgreSQL
# (portal.embedded.ephemeral=true; data in a temporary directory, removed on exit, binaries unpacked under
# java.io.tmpdir), so a `docker build` needs no database. PostgreSQL refuses to run as root: run this as a normal user
# (the Dockerfile does), or as root where user namespaces work (zonky then uses `unshare -U`).
#
# Environment: JAVA (default: $JAVA_HOME/bin/java, else java), AOT_CACHE (the cache to write; default DIR/<name>.aot),
# AOT_PORT (8080), AOT_MANAGEMENT_PORT (9081), AOT_TIMEOUT (seconds to wait for readiness, 600), AOT_LOG (the
# training run's output; default <cache>.log; its last lines are printed if the training fails).
set -euo pipefail

die() { printf 'aot-cache: error: %s\n' "$*" >&2; exit 1; }
fail() { [ ! -f "${log:-}" ] || tail -40 "$log" >&2; die "$@"; }
say() { printf 'aot-cache: %s\n' "$*" >&2; }

[ $# -ge 1 ] || die "usage: $0 EXTRACTED_JAR [JVM flags...]"
jar=$1
shift
[ -f "$jar" ] || die "no such jar: $jar"
[ -d "$(dirname "$jar")/lib" ] || die "$jar is not an extracted jar (no lib/ beside it); see the header"

java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}
java=${java:-java}
port=${AOT_PORT:-8080}
mport=${AOT_MANAGEMENT_PORT:-9081}
timeout=${AOT_TIMEOUT:-600}
cache=${AOT_CACHE:-${jar%.jar}.aot}
log=${AOT_LOG:-$cache.log}
rm -f "$cache"

database=()
if [ -z "${SPRING_R2DBC_URL:-}" ]; then
  database=(--portal.embedded.ephemeral=true)
fi

# get PORT PATH: one HTTP/1.0 GET with bash alone (the runtime image has no curl); prints the response.
get() {
  local fd
  exec {fd}<>"/dev/tcp/127.0.0.1/$1" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$2" >&"$fd"
  cat <&"$fd"
  exec {fd}>&-
}

say "training run: $java $* -XX:AOTCacheOutput=$cache -jar $jar (output in $log)"
"$java" "$@" -XX:AOTCacheOutput="$cache" -jar "$jar" \
  --server.port="$port" --management.server.port="$mport" "${database[@]}" >"$log" 2>&1 &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null || true' EXIT

deadline=$((SECONDS + timeout))
# Whole answers into variables, not `get | grep -q`: with pipefail an early grep exit could fail the pipe.
until [[ $(get "$mport" /actuator/health/readiness 2>/dev/null) == *'"status":"UP"'* ]]; do
  kill -0 "$pid" 2>/dev/null || fail "the training run ended before it was ready; see $log"
  [ "$SECONDS" -lt "$deadline" ] || fail "not ready after ${timeout}s; see $log"
  sleep 0.5
done
say "ready after ${SECONDS}s; serving a few requests"
[[ $(get "$port" /login) == 'HTTP/1.1 200'* ]] || fail "the sign-in page did not answer 200; see $log"
get "$port" /api/v1/openapi.yaml >/dev/null || true
get "$mport" /actuator/health/liveness >/dev/null || true

kill -TERM "$pid"
trap - EXIT
wait "$pid" || true   # 143 after SIGTERM; the cache file says whether it worked
[ -s "$cache" ] || fail "no AOT cache written; see $log"
say "wrote $cache ($(du -h "$cache" | cut -f1))"
