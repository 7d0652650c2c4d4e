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

# Bench firms and their users have fixed ids, so that pgbench scripts can name firm i without a lookup: firm i is
# be7c0000-0000-4000-8000-<i, 12 digits>, its user be7c0001-0000-4000-8000-<i>, username bench-<i, 4 digits>.
FIRM_ID_PREFIX=be7c0000-0000-4000-8000-
USER_ID_PREFIX=be7c0001-0000-4000-8000-

# bench_firms COUNT: creates bench firms 1..COUNT (kind MEMBER) with one MEMBER user each, directly in SQL and only
# once (later runs reuse them), and checks they are as expected. Their password hash matches no password: they
# only ever sign in with a run's tokens.
bench_firms() {
  local count=$1 have
  sql "insert into firm (id, name_zh, name_en, kind, city)
       select ('$FIRM_ID_PREFIX' || lpad(i::text, 12, '0'))::uuid, '基准企业 ' || lpad(i::text, 4, '0'),
              'Bench Firm ' || lpad(i::text, 4, '0'), 'MEMBER', 'Bench'
       from generate_series(1, $count) i
       on conflict do nothing" >/dev/null || die "cannot create the bench firms through --db-url"
  sql "insert into app_user (id, firm_id, username, display_name, password_hash, roles, locale)
       select ('$USER_ID_PREFIX' || lpad(i::text, 12, '0'))::uuid, ('$FIRM_ID_PREFIX' || lpad(i::text, 12, '0'))::uuid,
              'bench-' || lpad(i::text, 4, '0'), 'Bench Firm ' || lpad(i::text, 4, '0'),
              '{bcrypt}!bench-user-signs-in-with-tokens-only', array['MEMBER'], 'en'
       from generate_series(1, $count) i
       on conflict do nothing" >/dev/null || die "cannot create the bench users"
  have=$(sql "select count(*) from generate_series(1, $count) i
              join app_user u on u.id = ('$USER_ID_PREFIX' || lpad(i::text, 12, '0'))::uuid
              join firm f on f.id = u.firm_id and f.id = ('$FIRM_ID_PREFIX' || lpad(i::text, 12, '0'))::uuid
              where u.username = 'bench-' || lpad(i::text, 4, '0') and u.enabled and not u.demo
                and u.roles = array['MEMBER'] and f.kind = 'MEMBER'")
  [ "$have" -eq "$count" ] || die "only $have of the $count bench firms and users are as expected (a name taken by someone else?)"
}

# member_token NAME: a fresh API token named NAME for bench-0001 (firm 1, MEMBER), made in SQL the way
# ApiTokenService makes them (any earlier token of that name is deleted first); prints the token.
member_token() {
  local token
  sql "delete from api_token where name = '$1'" >/dev/null
  token=$(sql "with t as materialized (
         select 'eap_' || replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '') as token),
       ins as (insert into api_token (id, user_id, token_hash, name)
               select gen_random_uuid(), '${USER_ID_PREFIX}000000000001', sha256(convert_to(token, 'UTF8')), '$1' from t)
       select token from t") || die "cannot create bench-0001's token"
  [[ $token == eap_* ]] || die "no token for bench-0001"
  echo "$token"
}

# portal_pid -> the pid of the portal at --url when it runs on this machine (BENCH_PORTAL_PID, or the process that
# listens on the URL's port); nothing when it cannot be told.
portal_pid() {
  local port
  if [ -n "${BENCH_PORTAL_PID:-}" ]; then echo "$BENCH_PORTAL_PID"; return; fi
  port=$(sed -nE 's|^https?://[^/:]+:([0-9]+).*|\1|p' <<<"$BENCH_URL")
  [ -n "$port" ] || return 0
  { ss -Hltnp "sport = :$port" 2>/dev/null || true; } | { grep -oE 'pid=[0-9]+' || true; } | head -1 | cut -d= -f2
}
