#!/usr/bin/env bash
# Runs two portal instances against one shared PostgreSQL on this machine, behind HAProxy, to try what only shows
# with several instances: live updates carried between instances by LISTEN/NOTIFY, seeding under advisory locks,
# a stateless API that any instance can answer, sticky UI sessions, and stopping one instance without errors.
#
#   ./mvnw -DskipTests package      # once: builds target/export-alliance-portal-*.jar
#   deploy/local/two-instances.sh   # Ctrl-C stops everything it started
#   deploy/local/two-instances.sh --print-config   # prints the settings below as NAME=value, and exits
#   deploy/local/two-instances.sh --check          # checks the settings and haproxy.cfg with them, and exits
#
# HAProxy (deploy/local/haproxy.cfg) listens on LB_PORT: sticky by the cookie PORTAL_ROUTE, health checks on each
# instance's readiness probe. Without haproxy the script installs Debian's package when it runs as root; otherwise
# it says so and runs the instances without it.
#
# Without SPRING_R2DBC_URL it first starts the embedded PostgreSQL from the app jar as a process of its own
# (StandalonePostgres), on PG_PORT, with a throw-away data directory unless PG_DATA names one to keep.
# With SPRING_R2DBC_URL (plus SPRING_R2DBC_USERNAME / SPRING_R2DBC_PASSWORD) it uses that database instead.
#
# Settings (environment): LB_PORT (8080), PORT_A (8081), PORT_B (8082), MANAGEMENT_PORT_A (9181),
# MANAGEMENT_PORT_B (9182), PG_PORT (25432), PG_DATA (unset: temporary), PORTAL_SHUTDOWN_DRAIN (2s: how long a
# stopping instance serves on while HAProxy takes it out),
# PORTAL_JAR (the jar in target/), JAVA_HOME (a JDK/JRE 25), JAVA_OPTS (extra JVM options for the instances),
# STARTUP_TIMEOUT (seconds to wait for each process, 240).
# Logs go to deploy/local/logs/ (postgres.log, instance-a.log, instance-b.log, haproxy.log).
#
# Running as root works: zonky runs initdb/postgres through `unshare -U`. Where user namespaces are disabled,
# run as a normal user or set SPRING_R2DBC_URL.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(cd "$here/../.." && pwd)"
logs="$here/logs"
port_a="${PORT_A:-8081}"
port_b="${PORT_B:-8082}"
# Each instance's actuator (probes, Prometheus) has a port of its own.
mgmt_a="${MANAGEMENT_PORT_A:-9181}"
mgmt_b="${MANAGEMENT_PORT_B:-9182}"
pg_port="${PG_PORT:-25432}"
lb_port="${LB_PORT:-8080}"
drain="${PORTAL_SHUTDOWN_DRAIN:-2s}"
timeout="${STARTUP_TIMEOUT:-240}"

die() { echo "two-instances: $*" >&2; exit 1; }
say() { echo "two-instances: $*"; }
# shellcheck source=haproxy.sh
. "$here/haproxy.sh"

# --- Settings: --print-config, --check ----------------------------------------------------------------------
for p in "$lb_port" "$port_a" "$port_b" "$mgmt_a" "$mgmt_b" "$pg_port"; do
  case "$p" in ''|*[!0-9]*) die "port '$p' is not a number.";; esac
  [ "$p" -ge 1 ] && [ "$p" -le 65535 ] || die "port $p is out of range."
done
[ "$(printf '%s\n' "$lb_port" "$port_a" "$port_b" "$mgmt_a" "$mgmt_b" "$pg_port" | sort -u | wc -l)" -eq 6 ] \
  || die "LB_PORT, PORT_A, PORT_B, MANAGEMENT_PORT_A, MANAGEMENT_PORT_B and PG_PORT must all differ."
case "${1:-}" in
  --print-config)
    lb_settings
    printf '%s\n' "PG_PORT=$pg_port" "PORTAL_SHUTDOWN_DRAIN=$drain" "HAPROXY_CONFIG=$here/haproxy.cfg"
    exit 0;;
  --check)
    lb_find || { lb_missing; exit 1; }
    lb_check || die "$here/haproxy.cfg is not valid with these settings."
    say "settings and $here/haproxy.cfg are valid."
    exit 0;;
  '') ;;
  *) die "unknown argument '$1' (use --print-config, --check or nothing).";;
esac

# --- Java 25 ------------------------------------------------------------------------------------------------
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1
}
java_bin=""
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java_bin="$JAVA_HOME/bin/java"
elif command -v java >/dev/null 2>&1 && [ "$(java_major "$(command -v java)")" -ge 25 ] 2>/dev/null; then
  java_bin="$(command -v java)"
else
  for d in /usr/lib/jvm/*; do
    if [ -x "$d/bin/java" ] && [ "$(java_major "$d/bin/java")" -ge 25 ] 2>/dev/null; then java_bin="$d/bin/java"; break; fi
  done
fi
[ -n "$java_bin" ] || die "no Java 25 found; set JAVA_HOME to a JDK 25."
[ "$(java_major "$java_bin")" -ge 25 ] 2>/dev/null || die "$java_bin is not Java 25 or newer; set JAVA_HOME to a JDK 25."

# --- The jar ------------------------------------------------------------------------------------------------
jar="${PORTAL_JAR:-}"
if [ -z "$jar" ]; then
  for f in "$project"/target/export-alliance-portal-*.jar; do
    case "$f" in *-plain.jar|*-sources.jar|*-javadoc.jar) ;; *) [ -f "$f" ] && jar="$f" ;; esac
  done
fi
if [ -z "$jar" ] || [ ! -f "$jar" ]; then die "no portal jar in target/; build it first: ./mvnw -DskipTests package"; fi

# --- Ports must be free -------------------------------------------------------------------------------------
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
check_free() { if port_busy "$1"; then die "port $1 is already in use ($2); stop what uses it or set $3."; fi; }
check_free "$port_a" "instance A" PORT_A
check_free "$port_b" "instance B" PORT_B
check_free "$mgmt_a" "instance A's management port" MANAGEMENT_PORT_A
check_free "$mgmt_b" "instance B's management port" MANAGEMENT_PORT_B
if lb_find install; then
  check_free "$lb_port" "the load balancer" LB_PORT
  lb_check || die "$here/haproxy.cfg is not valid with these settings."
else
  lb_missing; lb_port=""
fi

mkdir -p "$logs"

# --- Stopping -----------------------------------------------------------------------------------------------
pg_pid="" a_pid="" b_pid="" lb_pid="" tmp_data="" stopping=""

# Sends TERM to the given pids and waits up to $1 seconds; then KILLs what is left.
stop_pids() {
  local grace="$1"; shift
  local pids=() p
  for p in "$@"; do [ -n "$p" ] && kill -0 "$p" 2>/dev/null && pids+=("$p"); done
  [ "${#pids[@]}" -gt 0 ] || return 0
  kill -TERM "${pids[@]}" 2>/dev/null
  local waited=0
  while [ "$waited" -lt "$grace" ]; do
    local alive=0
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ "$alive" -eq 0 ] && break
    sleep 1; waited=$((waited + 1))
  done
  for p in "${pids[@]}"; do
    if kill -0 "$p" 2>/dev/null; then echo "two-instances: process $p did not stop in ${grace}s; killing it" >&2; kill -KILL "$p" 2>/dev/null; fi
    wait "$p" 2>/dev/null
  done
}

cleanup() {
  [ -n "$stopping" ] && return
  stopping=1
  trap '' INT TERM
  if [ -n "$a_pid$b_pid$pg_pid$lb_pid" ]; then say "stopping ..."; fi
  # The instances first (graceful shutdown lets requests finish), then HAProxy and the database they use.
  stop_pids 45 "$a_pid" "$b_pid"
  stop_pids 5 "$lb_pid"
  stop_pids 20 "$pg_pid"
  # If the launcher had to be killed, its postmaster may still run; its pid is in the data directory.
  local data="${PG_DATA:-$tmp_data}"
  if [ -n "$pg_pid" ] && [ -n "$data" ] && [ -f "$data/postmaster.pid" ]; then
    local postmaster; postmaster="$(head -n1 "$data/postmaster.pid")"
    if [ -n "$postmaster" ] && kill -0 "$postmaster" 2>/dev/null; then
      say "stopping the left-over postmaster $postmaster"; kill -INT "$postmaster" 2>/dev/null; sleep 3
    fi
  fi
  [ -n "$tmp_data" ] && rm -rf "$tmp_data"
  if [ -n "$a_pid$b_pid$pg_pid" ]; then say "stopped."; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Waits until $2 answers on URL $3 or process $1 dies.
wait_until() {
  local pid="$1" what="$2" check="$3" log="$4" waited=0
  while ! eval "$check" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "two-instances: $what exited during start-up. Last lines of $log:" >&2
      tail -n 25 "$log" >&2
      exit 1
    fi
    if [ "$waited" -ge "$timeout" ]; then
      echo "two-instances: $what not ready after ${timeout}s. Last lines of $log:" >&2
      tail -n 25 "$log" >&2
      exit 1
    fi
    sleep 1; waited=$((waited + 1))
  done
}

# --- PostgreSQL ---------------------------------------------------------------------------------------------
if [ -z "${SPRING_R2DBC_URL:-}" ]; then
  check_free "$pg_port" "PostgreSQL" PG_PORT
  if [ -n "${PG_DATA:-}" ]; then
    data="$PG_DATA"
  else
    tmp_data="$(mktemp -d "${TMPDIR:-/tmp}/portal-two-instances.XXXXXX")"
    data="$tmp_data/pgdata"
  fi
  say "starting PostgreSQL on port $pg_port (data: $data) ..."
  "$java_bin" --enable-native-access=ALL-UNNAMED \
    -Dloader.main=org.exportalliance.portal.platform.db.StandalonePostgres \
    -cp "$jar" org.springframework.boot.loader.launch.PropertiesLauncher "$pg_port" "$data" \
    >"$logs/postgres.log" 2>&1 &
  pg_pid=$!
  wait_until "$pg_pid" "PostgreSQL" "grep -q '^PostgreSQL ready' '$logs/postgres.log'" "$logs/postgres.log"
  export SPRING_R2DBC_URL="r2dbc:postgresql://localhost:$pg_port/postgres"
  export SPRING_R2DBC_USERNAME="postgres"
  export SPRING_R2DBC_PASSWORD="postgres"
else
  say "using the database at $SPRING_R2DBC_URL"
fi

# --- The two instances --------------------------------------------------------------------------------------
start_instance() { # port management-port logfile
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  PORT="$1" MANAGEMENT_SERVER_PORT="$2" PORTAL_DEMO_ENABLED="${PORTAL_DEMO_ENABLED:-true}" \
    PORTAL_SHUTDOWN_DRAIN="$drain" \
    "$java_bin" --enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-} -jar "$jar" >"$3" 2>&1 &
}
# Both start together on purpose: Flyway and the demo seeding take database locks, so this is a fair test.
say "starting instance A on port $port_a and instance B on port $port_b ..."
start_instance "$port_a" "$mgmt_a" "$logs/instance-a.log"; a_pid=$!
start_instance "$port_b" "$mgmt_b" "$logs/instance-b.log"; b_pid=$!
ready() { echo "curl -fsS http://localhost:$1/actuator/health/readiness"; }
wait_until "$a_pid" "instance A" "$(ready "$mgmt_a")" "$logs/instance-a.log"
wait_until "$b_pid" "instance B" "$(ready "$mgmt_b")" "$logs/instance-b.log"
lb_url="not running (no haproxy)"
if [ -n "$lb_port" ]; then
  lb_start
  wait_until "$lb_pid" "HAProxy" "port_busy $lb_port" "$logs/haproxy.log"
  lb_url="http://localhost:$lb_port/   (sticky by the cookie PORTAL_ROUTE; log $logs/haproxy.log)"
fi

cat <<EOF

  Through HAProxy: $lb_url
  Instance A:  http://localhost:$port_a/   (API http://localhost:$port_a/api/v1, metrics http://localhost:$mgmt_a/actuator/prometheus)
  Instance B:  http://localhost:$port_b/   (metrics http://localhost:$mgmt_b/actuator/prometheus)
  Database:    $SPRING_R2DBC_URL
  Logins:      staff, leader, member, member2, firmadmin; password demo1234 (demo mode)
  Logs:        $logs/

  Press Ctrl-C to stop all of it.

EOF

# Stay until interrupted, or until PostgreSQL, HAProxy or both instances end. One instance may stop (kill it to
# watch HAProxy move its users to the other); the other carries on.
ended() { [ -n "$1" ] && ! kill -0 "$1" 2>/dev/null; }
while :; do
  for p in "$pg_pid" "$lb_pid"; do
    if ended "$p"; then echo "two-instances: process $p ended on its own; see $logs/. Stopping the rest." >&2; exit 1; fi
  done
  for v in a_pid b_pid; do
    if ended "${!v}"; then say "instance ${v%_pid} (pid ${!v}) ended; see $logs/."; printf -v "$v" '%s' ""; fi
  done
  [ -n "$a_pid$b_pid" ] || { echo "two-instances: both instances ended. Stopping the rest." >&2; exit 1; }
  sleep 1
done
