# shellcheck shell=bash
# Helpers shared by bench/run and the scenario scripts (sourced, not executed).

log() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

# "20s", "2m", "1h" or plain seconds -> seconds.
duration_seconds() {
  local d=$1
  case $d in
    *[0-9]s) echo "${d%s}" ;;
    *[0-9]m) echo $(( ${d%m} * 60 )) ;;
    *[0-9]h) echo $(( ${d%h} * 3600 )) ;;
    *[0-9]) echo "$d" ;;
    *) return 1 ;;
  esac
}

# --- tools ------------------------------------------------------------------------------------

_apt_updated=0
apt_install() {
  if [ "$(id -u)" != 0 ]; then
    die "missing $1; install it with: sudo apt-get install $*"
  fi
  if [ "$_apt_updated" = 0 ]; then
    log "apt-get update"
    apt-get update -qq >/dev/null || die "apt-get update failed"
    _apt_updated=1
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
    || die "apt-get install $* failed"
}

# Installs what the benchmarks need when it is missing (apt-get as root; otherwise one line saying what to install).
ensure_tools() {
  command -v curl >/dev/null || apt_install curl
  command -v jq >/dev/null || apt_install jq
  command -v wrk >/dev/null || apt_install wrk
  # /usr/bin/psql and /usr/bin/pgbench are wrappers from postgresql-client-common: ask them for a version
  # rather than trusting that they exist.
  psql --version >/dev/null 2>&1 || apt_install postgresql-client
  if ! pgbench --version >/dev/null 2>&1; then
    # Debian 12 ships pgbench in the server package (postgresql-15, through the "postgresql" metapackage),
    # not in postgresql-client. Installing it only needs the binary; bench never uses a local cluster.
    apt_install postgresql
  fi
  pgbench --version >/dev/null 2>&1 || die "pgbench still missing after installing postgresql"
}

# --- talking to the portal and its database ---------------------------------------------------

# api METHOD PATH [curl args...]: calls the portal with the bench token; prints the body.
api() {
  local method=$1 path=$2
  shift 2
  curl -sS --fail-with-body -X "$method" -H "Authorization: Bearer $BENCH_TOKEN" -H 'Accept: application/json' \
    "$BENCH_URL$path" "$@"
}

# sql "select ...": runs one statement with psql against --db-url; prints unaligned tuples.
sql() {
  psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$BENCH_DB_URL" -c "$1"
}

# The database URL without its password, for reports.
redact_url() {
  sed -E 's#(://[^:/@]+):[^@]*@#\1:***@#' <<<"$1"
}
