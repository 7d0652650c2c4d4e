# shellcheck shell=bash disable=SC2034  # the SCENARIO_* variables are read by bench/run
# Scenario delegation-opening: $BENCH_FIRMS firms (default 500) apply through the API in the same second to a
# delegation with $BENCH_SLOTS slots (default 50), FIFO. Reports latency, throughput, errors and, from an SQL check
# afterwards, overbookings; pgbench runs the same capacity-guarded transaction for the ratio. Sourced by bench/run.

FIRMS=${BENCH_FIRMS:-500}
SLOTS=${BENCH_SLOTS:-50}
SQL_CLIENTS=${BENCH_SQL_CLIENTS:-20}
BURST_TIMEOUT_S=${BENCH_BURST_TIMEOUT:-60}
# What each firm asks for, and what each delegation offers besides its slots (the slots bind first: 50 × 12 m²
# and 50 × 2 seats fit easily).
APPLY_TRAVELLERS=2
APPLY_AREA=12
DELEGATION_AREA=1000
DELEGATION_SEATS=400
TOKEN_NAME=bench-delegation-opening

[[ $FIRMS =~ ^[1-9][0-9]*$ ]] || die "bad BENCH_FIRMS $FIRMS"
{ [[ $SLOTS =~ ^[1-9][0-9]*$ ]] && [ "$SLOTS" -le 10000 ]; } || die "bad BENCH_SLOTS $SLOTS (1..10000)"
{ [[ $SQL_CLIENTS =~ ^[1-9][0-9]*$ ]] && [ "$SQL_CLIENTS" -le "$FIRMS" ]; } || die "bad BENCH_SQL_CLIENTS $SQL_CLIENTS (1..firms)"
[[ $BURST_TIMEOUT_S =~ ^[1-9][0-9]*$ ]] || die "bad BENCH_BURST_TIMEOUT $BURST_TIMEOUT_S"
[ "$FIRMS" -le 9999 ] || die "BENCH_FIRMS is at most 9999 (usernames bench-0001 … bench-9999)"

# wrk gives each thread -c/-t connections: take the most threads (up to --threads) that divide the firms evenly.
BURST_THREADS=$THREADS
while [ $((FIRMS % BURST_THREADS)) -ne 0 ]; do BURST_THREADS=$((BURST_THREADS - 1)); done
# pgbench: every client runs the same number of transactions, one firm each.
SQL_PER_CLIENT=$(((FIRMS + SQL_CLIENTS - 1) / SQL_CLIENTS))
SQL_TRANSACTIONS=$((SQL_CLIENTS * SQL_PER_CLIENT))
SQL_THREADS=$THREADS
[ "$SQL_THREADS" -le "$SQL_CLIENTS" ] || SQL_THREADS=$SQL_CLIENTS
POOL=$FIRMS
[ "$POOL" -ge "$SQL_TRANSACTIONS" ] || POOL=$SQL_TRANSACTIONS
[ "$POOL" -le 9999 ] || die "pgbench would need $POOL bench firms, more than 9999: choose BENCH_SQL_CLIENTS dividing BENCH_FIRMS"

SCENARIO_TITLE="$FIRMS firms apply at once to a FIFO delegation with $SLOTS slots (POST /api/v1/delegations/{id}/applications)"
SCENARIO_HTTP_PATHS=("/api/v1/delegations/{id}/applications")
SCENARIO_SQL_SCRIPT=delegation-opening.sql
TOKENS_FILE="$WORK/delegation-opening.tokens"
APPLY_BODY=$(jq -cn --argjson t "$APPLY_TRAVELLERS" --argjson a "$APPLY_AREA" \
  '{travellers: $t, areaM2: $a, exhibits: [], notes: ""}')
RUN_TAG=$(date -u +%Y%m%d%H%M%S)
DELEGATION_COUNT=0
FAIR_ID=""
PORTAL_PID=""
CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100)

# --- the data set: firms, users, tokens, a fair --------------------------------------------------------------

# Creates the bench firms (kind MEMBER) and one MEMBER user each, directly in SQL, once; later runs reuse them.
# Their password hash is a marker that never matches any password: they only ever sign in with the run's tokens.
scenario_prepare() {
  local body
  bench_firms "$POOL"

  # One token per firm for this run, made in SQL like ApiTokenService makes them (the hash of the token string);
  # deleted again when the scenario ends.
  sql "delete from api_token where name = '$TOKEN_NAME'" >/dev/null
  sql "with t as materialized (
         select i, ('$USER_ID_PREFIX' || lpad(i::text, 12, '0'))::uuid as user_id,
                'eap_' || replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '') as token
         from generate_series(1, $FIRMS) i),
       ins as (insert into api_token (id, user_id, token_hash, name)
               select gen_random_uuid(), user_id, sha256(convert_to(token, 'UTF8')), '$TOKEN_NAME' from t)
       select token from t order by i" >"$TOKENS_FILE" || die "cannot create the firms' tokens"
  [ "$(grep -c '^eap_' "$TOKENS_FILE")" -eq "$FIRMS" ] || die "expected $FIRMS tokens in $TOKENS_FILE"

  # Every firm holds one connection open: make sure this shell may open that many.
  if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((FIRMS + 64)) ]; then
    ulimit -n $((FIRMS + 64)) 2>/dev/null || die "wrk needs $((FIRMS + 64)) open files; ulimit -n allows $(ulimit -n)"
  fi

  # The delegations go to the first fair that is not cancelled.
  body=$(api GET "/api/v1/fairs?limit=50") || die "GET /api/v1/fairs failed: $body"
  FAIR_ID=$(jq -r '[.items[] | select(.status != "CANCELLED")][0].id // empty' <<<"$body")
  [ -n "$FAIR_ID" ] || die "no fair to attach delegations to (the catalogue's first 50 are empty or cancelled)"

  # The portal's CPU time is read around each burst when its process is on this machine.
  PORTAL_PID=$(portal_pid)
  if [ -z "$PORTAL_PID" ]; then
    log "the portal's pid is unknown (set BENCH_PORTAL_PID): no portal CPU per application"
  elif [ -z "$(portal_cpu_ticks)" ]; then
    log "cannot read /proc/$PORTAL_PID/stat: no portal CPU per application"
    PORTAL_PID=""
  fi
}

scenario_cleanup() {
  # The run's tokens go, and any pgbench delegation a failed run left behind; the firms, users, delegations and
  # applications made through the API stay.
  sql "delete from api_token where name = '$TOKEN_NAME'" >/dev/null 2>&1 || true
  sql "select id from delegation where organiser = 'bench/run' and title_en like 'pgbench delegation %'" 2>/dev/null \
    | while read -r id; do drop_sql_delegation "$id"; done || true
}

# --- delegations --------------------------------------------------------------------------------------------

# new_delegation SLOTS LABEL -> id of a fresh OPEN FIFO delegation, created and opened through the API (staff).
new_delegation() {
  local body id
  DELEGATION_COUNT=$((DELEGATION_COUNT + 1))
  body=$(jq -cn --arg fair "$FAIR_ID" --arg tag "$RUN_TAG-$DELEGATION_COUNT $2" --argjson slots "$1" \
    --argjson area "$DELEGATION_AREA" --argjson seats "$DELEGATION_SEATS" \
    --arg open "$(date -u -d '1 hour ago' +%Y-%m-%dT%H:%M:%SZ)" --arg close "$(date -u -d '30 days' +%Y-%m-%dT%H:%M:%SZ)" '
    {fairId: $fair, titleZh: "基准展团 \($tag)", titleEn: "Bench delegation \($tag)", organiser: "bench/run",
     applicationsOpen: $open, applicationsClose: $close, firmSlots: $slots, areaM2: $area, seats: $seats,
     policy: "FIFO"}')
  body=$(api POST /api/v1/delegations -H 'Content-Type: application/json' -d "$body") \
    || die "POST /api/v1/delegations failed: $body"
  id=$(jq -r .id <<<"$body")
  body=$(api POST "/api/v1/delegations/$id/status" -H 'Content-Type: application/json' -d '{"status":"OPEN"}') \
    || die "opening delegation $id failed: $body"
  echo "$id"
}

# Closes a measured delegation, so the demo's lists of open delegations do not fill up with bench ones.
close_delegation() {
  api POST "/api/v1/delegations/$1/status" -H 'Content-Type: application/json' -d '{"status":"CLOSED"}' >/dev/null \
    || log "could not close delegation $1"
}

# check_delegation ID EXPECTED_APPLICATIONS -> JSON: what the database holds for that delegation, and the
# invariants that failed ("problems"). overbookings = applications holding a slot beyond firm_slots.
check_delegation() {
  sql "with d as (select * from delegation where id = '$1'),
       s as (select count(*) as applications, count(distinct firm_id) as firms,
                    count(*) filter (where status = 'APPROVED') as approved,
                    count(*) filter (where status = 'WAITLISTED') as waitlisted,
                    count(*) filter (where status not in ('APPROVED', 'WAITLISTED')) as other,
                    count(*) filter (where holds_capacity) as holders,
                    coalesce(sum(area_m2) filter (where holds_capacity), 0) as holders_area,
                    coalesce(sum(travellers) filter (where holds_capacity), 0) as holders_seats,
                    count(*) filter (where holds_capacity <> (status = 'APPROVED')) as holds_mismatch,
                    round(extract(epoch from max(submitted_at) - min(submitted_at)) * 1000, 1) as submitted_spread_ms
             from delegation_application where delegation_id = '$1')
       select json_build_object(
         'applications', s.applications, 'approved', s.approved, 'waitlisted', s.waitlisted,
         'firmSlots', d.firm_slots, 'usedSlots', d.used_slots, 'holders', s.holders,
         'areaM2', d.area_m2, 'usedAreaM2', d.used_area_m2, 'holdersAreaM2', s.holders_area,
         'seats', d.seats, 'usedSeats', d.used_seats, 'holdersSeats', s.holders_seats,
         'submittedSpreadMs', s.submitted_spread_ms,
         'overbookings', greatest(0, s.holders - d.firm_slots, d.used_slots - d.firm_slots),
         'problems', to_json(array_remove(array[
           case when s.applications <> $2 then format('%s applications, expected %s', s.applications, $2) end,
           case when s.firms <> s.applications then 'a firm has more than one application' end,
           case when s.other > 0 then format('%s applications neither APPROVED nor WAITLISTED', s.other) end,
           case when s.holds_mismatch > 0 then format('%s applications whose holds_capacity contradicts their status', s.holds_mismatch) end,
           case when d.used_slots > d.firm_slots or s.holders > d.firm_slots then 'more firms placed than slots' end,
           case when d.used_area_m2 > d.area_m2 or s.holders_area > d.area_m2 then 'more area placed than the delegation has' end,
           case when d.used_seats > d.seats or s.holders_seats > d.seats then 'more seats placed than the delegation has' end,
           case when s.holders <> d.used_slots then format('%s applications hold a slot but used_slots is %s', s.holders, d.used_slots) end,
           case when s.holders_area <> d.used_area_m2 then format('placed area %s but used_area_m2 %s', s.holders_area, d.used_area_m2) end,
           case when s.holders_seats <> d.used_seats then format('placed travellers %s but used_seats %s', s.holders_seats, d.used_seats) end,
           case when s.waitlisted > 0 and d.used_slots + 1 <= d.firm_slots and d.used_area_m2 + $APPLY_AREA <= d.area_m2
                     and d.used_seats + $APPLY_TRAVELLERS <= d.seats
                then format('%s applications waitlisted although room was left', s.waitlisted) end,
           case when s.approved <> least($2, d.firm_slots) then format('%s approved, expected %s', s.approved, least($2, d.firm_slots)) end
         ], null)))
       from d, s" || die "checking delegation $1 failed"
}

# --- the API side: one burst ---------------------------------------------------------------------------------

# The kernel's count of connections refused because a listening socket's accept queue was full (all sockets on the
# machine; during a burst, in practice the portal's). Tomcat's queue holds server.tomcat.accept-count (100 by default).
listen_overflows() {
  awk '/^TcpExt:/ { if (!h) { for (i = 1; i <= NF; i++) n[$i] = i; h = 1 } else print $n["ListenOverflows"] }' \
    /proc/net/netstat 2>/dev/null || echo 0
}

# The portal's user + system CPU time so far, in clock ticks (fields 14 and 15 of /proc/<pid>/stat, counted after
# the command name, which may hold spaces); nothing when its pid is unknown or the process is gone.
portal_cpu_ticks() {
  [ -n "$PORTAL_PID" ] || return 0
  { sed -E 's/^.*\) //' "/proc/$PORTAL_PID/stat" 2>/dev/null || true; } | awk '{ print $12 + $13 }'
}

# burst DELEGATION_ID -> the BENCH_JSON object of wrk-burst.lua (each firm's token sends one application, all at
# once), plus listenOverflows during it and the portal's CPU time over it (portalCpuMs, and
# portalCpuMsPerApplication, ÷ the applications sent; both null when the portal's pid is unknown).
burst() {
  local out before cpu_before cpu_after cpu_ms=null
  before=$(listen_overflows)
  cpu_before=$(portal_cpu_ticks)
  out=$(BENCH_BURST_TOKENS=$TOKENS_FILE BENCH_BURST_THREADS=$BURST_THREADS \
    BENCH_BURST_PATH="$BENCH_BASE_PATH/api/v1/delegations/$1/applications" BENCH_BURST_BODY=$APPLY_BODY \
    wrk -t "$BURST_THREADS" -c "$FIRMS" -d "${BURST_TIMEOUT_S}s" --timeout "${BURST_TIMEOUT_S}s" --latency \
      -s "$BENCH_DIR/lib/wrk-burst.lua" "$BENCH_ORIGIN" 2>&1) || { echo "$out" >>"$LOG"; die "wrk failed (see $LOG)"; }
  cpu_after=$(portal_cpu_ticks)
  echo "$out" >>"$LOG"
  if [ -n "$cpu_before" ] && [ -n "$cpu_after" ]; then
    cpu_ms=$(( (cpu_after - cpu_before) * 1000 / CLK_TCK ))
  fi
  out=$(grep '^BENCH_JSON ' <<<"$out" | sed 's/^BENCH_JSON //' | tail -1)
  [ -n "$out" ] || die "wrk printed no BENCH_JSON line (see $LOG)"
  jq -c --argjson n "$(( $(listen_overflows) - before ))" --argjson cpu "$cpu_ms" --argjson firms "$FIRMS" '
    . + {listenOverflows: $n, portalCpuMs: $cpu,
         portalCpuMsPerApplication: (if $cpu == null then null else $cpu / $firms * 1000 | round / 1000 end)}' <<<"$out"
}

# apply_by_hand DELEGATION_ID FIRM_NUMBER -> "<HTTP status>:<application status>", e.g. "201:APPROVED".
apply_by_hand() {
  local code
  code=$(curl -sS -o "$WORK/answer.json" -w '%{http_code}' -X POST \
    -H "Authorization: Bearer $(sed -n "${2}p" "$TOKENS_FILE")" -H 'Content-Type: application/json' \
    -d "$APPLY_BODY" "$BENCH_URL/api/v1/delegations/$1/applications") || die "applying by hand failed"
  echo "$code:$(jq -r '.status // empty' "$WORK/answer.json" 2>/dev/null)"
}

# One request by hand, on a delegation with one slot: the first firm is placed, the second waitlisted, the first
# again refused (409); the API and --db-url agree on it (same database).
scenario_check() {
  local id got want who body
  id=$(new_delegation 1 check)
  for want in 1:201:APPROVED 2:201:WAITLISTED 1:409:; do
    who=${want%%:*}
    got=$(apply_by_hand "$id" "$who")
    # A 409 answer is a problem document: its "status" is the number 409, not an application status.
    [ "${want#*:}" = "$got" ] || [[ ${want#*:} == 409: && $got == 409:* ]] \
      || die "bench-$(printf %04d "$who") applying by hand to delegation $id: got $got, expected ${want#*:} ($(head -c 300 "$WORK/answer.json"))"
  done
  [ "$(api GET "/api/v1/delegations/$id" | jq -r .used.firmSlots)" = 1 ] \
    || die "the API does not report 1 used slot on the check delegation $id"
  [ "$(sql "select used_slots from delegation where id = '$id'")" = 1 ] \
    || die "--db-url does not hold delegation $id as the API does: are they the same database?"
  body=$(check_delegation "$id" 2)
  [ "$(jq '.problems | length' <<<"$body")" -eq 0 ] || die "check delegation $id: $(jq -c .problems <<<"$body")"
  close_delegation "$id"
}

scenario_api_run() {
  local id out check
  id=$(new_delegation "$SLOTS" "run $1")
  out=$(burst "$id")
  check=$(check_delegation "$id" "$FIRMS")
  close_delegation "$id"
  jq -c --arg id "$id" --argjson check "$check" '. + {delegationId: $id, check: $check}' <<<"$out"
}

# --- the SQL side: pgbench, the same transaction, one burst of as many firms --------------------------------

# A delegation like the API's, inserted directly (status OPEN), for pgbench; deleted again after its check, with
# its applications, audit entries, notifications, queued notices and webhook deliveries: the API never made it, so
# nobody should find it later (nor a webhook endpoint hear of it).
new_sql_delegation() {
  sql "insert into delegation (id, fair_id, title_zh, title_en, organiser, applications_open, applications_close,
         firm_slots, area_m2, seats, policy, status)
       values (gen_random_uuid(), '$FAIR_ID', 'pgbench 基准展团 $RUN_TAG-$1', 'pgbench delegation $RUN_TAG-$1', 'bench/run',
         now() - interval '1 hour', now() + interval '30 days', $SLOTS, $DELEGATION_AREA, $DELEGATION_SEATS, 'FIFO', 'OPEN')
       returning id" || die "cannot insert the pgbench delegation"
}

drop_sql_delegation() {
  sql "delete from delegation_application where delegation_id = '$1';
       delete from audit_event where subject_type = 'delegation' and subject_id = '$1';
       delete from notification where link = 'delegation/$1';
       delete from notice_outbox where link = 'delegation/$1';
       delete from webhook_delivery where event_type = 'application.decided'
         and (body::json -> 'data' ->> 'delegationId') = '$1';
       delete from delegation where id = '$1'" >/dev/null || log "could not delete pgbench delegation $1"
}

# sql_burst LABEL -> pgbench's JSON plus committedAfterStartMs (see pgbench_committed_after_start) and the SQL
# check of its delegation.
sql_burst() {
  local id out after check
  id=$(new_sql_delegation "$1")
  out=$(pgbench_exec -c "$SQL_CLIENTS" -j "$SQL_THREADS" -t "$SQL_PER_CLIENT" \
    -D "did=$id" -D "payload=delegation:$id" -D "aprefix=$(cut -c1-24 /proc/sys/kernel/random/uuid)" \
    -D "per=$SQL_PER_CLIENT" -D n=0 -D "req_area=$APPLY_AREA" -D "req_seats=$APPLY_TRAVELLERS" \
    -D "placed_reason=auto:delegation.reason.fifo-placed" -D "full_reason=auto:delegation.reason.fifo-full")
  after=$(pgbench_committed_after_start)
  check=$(check_delegation "$id" "$SQL_TRANSACTIONS")
  drop_sql_delegation "$id"
  jq -c --arg id "$id" --argjson after "$after" --argjson check "$check" \
    '. + {committedAfterStartMs: $after, delegationId: $id, check: $check}' <<<"$out"
}

scenario_sql_run() {
  sql_burst "run $1"
}

# Warm-up: bursts on fresh delegations (discarded) for --warmup, at least one; then one pgbench burst.
scenario_warmup() {
  local started=$SECONDS n=0 id out
  log "[delegation-opening] warm-up: bursts of $FIRMS applications for at least ${WARMUP_S}s, then one pgbench burst"
  while :; do
    n=$((n + 1))
    id=$(new_delegation "$SLOTS" "warm-up $n")
    out=$(burst "$id")
    close_delegation "$id"
    [ "$(jq .applications <<<"$out")" -gt 0 ] || die "warm-up: no application was accepted (see $LOG)"
    [ $((SECONDS - started)) -lt "$WARMUP_S" ] || break
  done
  sql_burst warm-up >/dev/null
}

scenario_settings() {
  jq -cn --argjson firms "$FIRMS" --argjson slots "$SLOTS" --argjson area "$DELEGATION_AREA" \
    --argjson seats "$DELEGATION_SEATS" --argjson body "$APPLY_BODY" --argjson wrkThreads "$BURST_THREADS" \
    --argjson sqlClients "$SQL_CLIENTS" --argjson sqlThreads "$SQL_THREADS" --argjson perClient "$SQL_PER_CLIENT" \
    --argjson burstTimeout "$BURST_TIMEOUT_S" '
    {firms: $firms, delegation: {firmSlots: $slots, areaM2: $area, seats: $seats, policy: "FIFO"},
     application: $body, wrk: {connections: $firms, threads: $wrkThreads, timeoutSeconds: $burstTimeout},
     pgbench: {clients: $sqlClients, threads: $sqlThreads, transactionsPerClient: $perClient,
               transactions: ($sqlClients * $perClient)},
     note: "durationSeconds, connections and threads above do not apply: each run is one burst per side"}'
}

scenario_dataset() {
  jq -cn --argjson firms "$FIRMS" --argjson pool "$POOL" --arg fair "$FAIR_ID" \
    '{benchFirms: $pool, firmsPerBurst: $firms, fairId: $fair,
      note: "firms bench-0001… (kind MEMBER) with one MEMBER user and one token each; a fresh delegation per burst"}'
}

SCENARIO_RUN_LOG='"API \(.api.rps | floor) applications/s over \(.api.burstSeconds * 1000 | round) ms, "
  + "p50 \(.api.latencyMs.p50) ms, p99 \(.api.latencyMs.p99) ms, not 201: \(.api.errors.notCreated), "
  + "overbookings: \(.api.check.overbookings), check failures: \(.api.check.problems | length), "
  + "portal CPU \(.api.portalCpuMsPerApplication // "–") ms/application; "
  + "SQL \(.sql.tps | floor) tps, p50 \(.sql.latencyMs.p50) ms, commit p99 after start "
  + "\(.sql.committedAfterStartMs.p99 // "–") ms, overbookings: \(.sql.check.overbookings)"'

SCENARIO_JSON_EXTRA='
  .api.median += {p95Ms: ([.api.runs[].latencyMs.p95] | median | r3),
                  burstSeconds: ([.api.runs[].burstSeconds] | median | r3),
                  sendSpreadMs: ([.api.runs[].sendSpreadMs] | median | r3),
                  answeredAfterStartP50Ms: ([.api.runs[].answeredAfterStartMs.p50] | median | r3),
                  answeredAfterStartP95Ms: ([.api.runs[].answeredAfterStartMs.p95] | median | r3),
                  answeredAfterStartP99Ms: ([.api.runs[].answeredAfterStartMs.p99] | median | r3),
                  listenOverflows: ([.api.runs[].listenOverflows] | median),
                  portalCpuMsPerApplication: ([.api.runs[].portalCpuMsPerApplication | select(. != null)] | median | r3),
                  errors: ([.api.runs[].errors.notCreated] | median),
                  overbookings: ([.api.runs[].check.overbookings] | median),
                  checkFailures: ([.api.runs[].check.problems | length] | median)}
  | .sql.median += {p95Ms: ([.sql.runs[].latencyMs.p95] | median | r3),
                    committedAfterStartP50Ms: ([.sql.runs[].committedAfterStartMs.p50] | median | r3),
                    committedAfterStartP95Ms: ([.sql.runs[].committedAfterStartMs.p95] | median | r3),
                    committedAfterStartP99Ms: ([.sql.runs[].committedAfterStartMs.p99] | median | r3),
                    overbookings: ([.sql.runs[].check.overbookings] | median)}'

SCENARIO_MD_HEADING='"\(.startedAt), commit \(.commit); \(.settings.scenario.firms) firms at once over as many connections "
      + "(wrk, \(.settings.scenario.wrk.threads) threads); pgbench \(.settings.scenario.pgbench.clients) clients × "
      + "\(.settings.scenario.pgbench.transactionsPerClient); \(.settings.repeats) bursts per side after "
      + "\(.settings.warmupSeconds) s warm-up; \(.machine.cores) cores; other work kept the CPU "
      + "\(.machine.backgroundCpuBusyPercent.median) % busy (median; "
      + "\(.machine.backgroundCpuBusyPercent.beforeEachRun | map(tostring) | join(", ")) before each run)."'

SCENARIO_MD_ROWS='row("API applications/s (201 answers ÷ burst time)"; .api.median.rps; [.api.runs[].rps]),
    row("API burst time, first request sent to last answer (ms)"; .api.median.burstSeconds * 1000; [.api.runs[].burstSeconds * 1000]),
    row("API time to send all requests (ms)"; .api.median.sendSpreadMs; [.api.runs[].sendSpreadMs]),
    row("API latency p50 (ms)"; .api.median.p50Ms; [.api.runs[].latencyMs.p50]),
    row("API latency p95 (ms)"; .api.median.p95Ms; [.api.runs[].latencyMs.p95]),
    row("API latency p99 (ms)"; .api.median.p99Ms; [.api.runs[].latencyMs.p99]),
    row("API answer p50 after the burst began (ms)"; .api.median.answeredAfterStartP50Ms; [.api.runs[].answeredAfterStartMs.p50]),
    row("API answer p95 after the burst began (ms)"; .api.median.answeredAfterStartP95Ms; [.api.runs[].answeredAfterStartMs.p95]),
    row("API answer p99 after the burst began (ms)"; .api.median.answeredAfterStartP99Ms; [.api.runs[].answeredAfterStartMs.p99]),
    row("portal CPU per application (ms)"; .api.median.portalCpuMsPerApplication; [.api.runs[].portalCpuMsPerApplication]),
    row("connections the accept queue turned away (kernel ListenOverflows)"; .api.median.listenOverflows; [.api.runs[].listenOverflows]),
    row("API errors (answers other than 201, or none)"; .api.median.errors; [.api.runs[].errors.notCreated]),
    row("approved (API answers)"; null; [.api.runs[].decisions.approved]),
    row("waitlisted (API answers)"; null; [.api.runs[].decisions.waitlisted]),
    row("overbookings (SQL check)"; .api.median.overbookings; [.api.runs[].check.overbookings]),
    row("other failed checks (SQL check)"; .api.median.checkFailures; [.api.runs[].check.problems | length]),
    row("SQL transactions/s (pgbench)"; .sql.median.tps; [.sql.runs[].tps]),
    row("SQL latency p50 (ms)"; .sql.median.p50Ms; [.sql.runs[].latencyMs.p50]),
    row("SQL latency p95 (ms)"; .sql.median.p95Ms; [.sql.runs[].latencyMs.p95]),
    row("SQL latency p99 (ms)"; .sql.median.p99Ms; [.sql.runs[].latencyMs.p99]),
    row("SQL commit p50 after the burst began (ms)"; .sql.median.committedAfterStartP50Ms; [.sql.runs[].committedAfterStartMs.p50]),
    row("SQL commit p95 after the burst began (ms)"; .sql.median.committedAfterStartP95Ms; [.sql.runs[].committedAfterStartMs.p95]),
    row("SQL commit p99 after the burst began (ms)"; .sql.median.committedAfterStartP99Ms; [.sql.runs[].committedAfterStartMs.p99]),
    row("SQL overbookings (check of the pgbench delegation)"; .sql.median.overbookings; [.sql.runs[].check.overbookings]),
    row("ratio API applications/s ÷ SQL tps"; .ratio.apiRpsOverSqlTps; .ratio.runs)'
