# shellcheck shell=bash disable=SC2034  # the SCENARIO_* variables are read by bench/run
# Scenario live-fanout: $BENCH_SESSIONS UI sessions (default 200) sit on the fair catalogue; once per second a fair is
# created through the API that sorts onto the catalogue's first row (BENCH_CHANGE=create, the default: it starts today
# in the portal's zone, BENCH_DAY) or the first row's fair is renamed (BENCH_CHANGE=rename), and each session's push
# connection is watched for the new name. Created fairs are cancelled when each run ends.
# The sessions come from bench/lib/LiveFanout.java, a UIDL-level client (no browser): it signs in through the login
# form, bootstraps each UI, navigates it, keeps its push WebSocket open, and confirms the grid's data updates as
# Flow's own client does; it renders nothing. Sourced by bench/run.

SESSIONS=${BENCH_SESSIONS:-200}
CHANGES=${BENCH_CHANGES:-30}
ANCHOR_CHANGES=${BENCH_ANCHOR_CHANGES:-10}
INTERVAL_MS=${BENCH_INTERVAL_MS:-1000}
UI_USER=${BENCH_UI_USER:-member}
CHANGE=${BENCH_CHANGE:-create}
DAY=${BENCH_DAY:-$(TZ=Asia/Shanghai date +%F)}
export BENCH_UI_PASSWORD=${BENCH_UI_PASSWORD:-demo1234}
# The instance the sessions are on; the changes go through --url. Give another instance here to measure the way
# across instances (LISTEN/NOTIFY), as users behind a load balancer see it.
WATCH_URL=${BENCH_WATCH_URL:-$BENCH_URL}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
[[ $SESSIONS =~ ^[1-9][0-9]*$ ]] || die "bad BENCH_SESSIONS $SESSIONS"
[[ $CHANGES =~ ^[1-9][0-9]*$ ]] || die "bad BENCH_CHANGES $CHANGES"
[[ $CHANGE =~ ^(create|rename)$ ]] || die "bad BENCH_CHANGE $CHANGE (create or rename)"

SCENARIO_TITLE="$SESSIONS UI sessions on the fair catalogue; every ${INTERVAL_MS} ms a fair on its first row $( [ "$CHANGE" = create ] && echo "created" || echo "renamed") through the API; commit → its name pushed to each session"
SCENARIO_SQL_SCRIPT=live-fanout.sql

scenario_prepare() {
  local body
  "$JAVA" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])' \
    || die "live-fanout runs its client with Java 25 or later (set JAVA_HOME): $("$JAVA" -version 2>&1 | head -1)"
  # The first row of the catalogue as every session shows it (upcoming, by start date).
  body=$(api GET "/api/v1/fairs?limit=1&upcoming=true") || die "GET /api/v1/fairs failed: $body"
  FAIR=$(jq -c '.items[0] // empty' <<<"$body")
  [ -n "$FAIR" ] || die "no upcoming fair to rename"
  FAIR_ID=$(jq -r .id <<<"$FAIR")
  BODY_TEMPLATE="$WORK/fair-body.json"
  jq -c --arg change "$CHANGE" --arg day "$DAY" '.nameZh = "@NAME@" | .nameEn = "@NAME@"
      | if $change == "create" then .startDate = $day | .endDate = $day else . end
      | del(.id, .status, .cancelReason, .version, .updatedAt)' <<<"$FAIR" >"$BODY_TEMPLATE"
  RUN_ID=$(date -u +%H%M%S)
  # When the portal runs here, the client also reads its CPU time around the fan-out. With the sessions on another
  # instance, that instance's CPU time is the one that counts: give its process as BENCH_WATCH_PID (else none is read).
  PORTAL_PID=""
  if [ "$WATCH_URL" = "$BENCH_URL" ]; then PORTAL_PID=$(portal_pid); else PORTAL_PID=${BENCH_WATCH_PID:-}; fi
}

scenario_cleanup() {
  # A renamed fair gets its own names back (the client cancels the fairs it created).
  [ -n "${FAIR:-}" ] && [ "$CHANGE" = rename ] || return 0
  curl -sS -o /dev/null -X PUT -H "Authorization: Bearer $BENCH_TOKEN" -H 'Content-Type: application/json' \
    --data "$(jq -c 'del(.id, .status, .cancelReason, .version, .updatedAt)' <<<"$FAIR")" \
    "$BENCH_URL/api/v1/fairs/$FAIR_ID" 2>/dev/null || true
}

scenario_check() {
  [ "$(sql "select count(*) from fair where id = '$FAIR_ID'")" -eq 1 ] \
    || die "the API's fair $FAIR_ID is not in the database at --db-url"
}

scenario_dataset() {
  jq -cn --arg fair "$FAIR_ID" --arg user "$UI_USER" --arg watch "$WATCH_URL" \
    '{fairId: $fair, uiUser: $user, watchUrl: $watch,
      client: "bench/lib/LiveFanout.java: UIDL-level sessions over HTTP and WebSocket, no browser",
      fairsInCatalogue: '"$(sql "select count(*) from fair")"'}'
}

scenario_settings() {
  jq -cn --argjson sessions "$SESSIONS" --argjson changes "$CHANGES" --argjson anchor "$ANCHOR_CHANGES" \
    --argjson interval "$INTERVAL_MS" --arg change "$CHANGE" --arg day "$DAY" \
    '{sessions: $sessions, changesPerRun: $changes, anchorChanges: $anchor, intervalMs: $interval, change: $change,
      createdFairsStartOn: (if $change == "create" then $day else null end),
      latency: "from the API request leaving the client to the push message with the new name reaching the session",
      missed: "a session that had not shown a change 10 s after the last change"}'
}

# fanout SESSIONS CHANGES ANCHOR_CHANGES LABEL -> the client's JSON (its own output appended to $LOG).
fanout() {
  local out
  out=$("$JAVA" "$BENCH_DIR/lib/LiveFanout.java" --watch-url "$WATCH_URL" --api-url "$BENCH_URL" \
    --sessions "$1" --changes "$2" --anchor-changes "$3" --interval-ms "$INTERVAL_MS" --change "$CHANGE" \
    --fair-body "$BODY_TEMPLATE" --fair-id "$FAIR_ID" --user "$UI_USER" --route fairs --expect fair-grid \
    --run-id "$RUN_ID$4" ${PORTAL_PID:+--server-pid "$PORTAL_PID"} 2>>"$LOG") || die "the live-fanout client failed (see $LOG)"
  echo "$4: $out" >>"$LOG"
  echo "$out"
}

# Warm-up: all the sessions and 20 changes (discarded: the first runs were slower until the JIT had compiled the
# refresh path), then pgbench for the SQL warm-up.
scenario_warmup() {
  log "[live-fanout] warm-up: $SESSIONS sessions, 20 changes; SQL ${SQL_WARMUP}s"
  fanout "$SESSIONS" 20 3 w >/dev/null
  pgbench_exec -c 1 -j 1 -T "$SQL_WARMUP" >/dev/null
}

scenario_api_run() {
  log "[live-fanout] run $1: opening $SESSIONS sessions on $WATCH_URL"
  fanout "$SESSIONS" "$CHANGES" "$ANCHOR_CHANGES" "r$1"
}

# The database's share of one change: the page query alone, one client, as each instance runs it once per event.
scenario_sql_run() {
  pgbench_exec -c 1 -j 1 -T 5
}

SCENARIO_MD_HEADING='"\(.startedAt), commit \(.commit); \(.settings.scenario.sessions) sessions, "
      + "\(.settings.scenario.changesPerRun) changes (\(.settings.scenario.change)) per run \(.settings.scenario.intervalMs) ms apart (the anchor: one "
      + "session alone, \(.settings.scenario.anchorChanges) changes, in the same run); \(.settings.repeats) runs; "
      + "\(.machine.cores) cores; other work kept the CPU \(.machine.backgroundCpuBusyPercent.median) % busy (median)."'

SCENARIO_JSON_EXTRA='
  .api.median += {p95Ms: ([.api.runs[].latencyMs.p95] | median | r3), maxMs: ([.api.runs[].latencyMs.max] | median | r3),
                  missed: ([.api.runs[].missed] | median), samples: ([.api.runs[].samples] | median),
                  singleP50Ms: ([.api.runs[].single.latencyMs.p50] | median | r3),
                  singleP99Ms: ([.api.runs[].single.latencyMs.p99] | median | r3),
                  changeP50Ms: ([.api.runs[].changeMs.p50] | median | r3),
                  openSeconds: ([.api.runs[].openSeconds] | median | r3),
                  clientCpuSeconds: ([.api.runs[].clientCpuSeconds] | median | r3),
                  serverCpuMsPerSessionChange: ([.api.runs[].serverCpuMsPerSessionChange] | median | r3),
                  clientCpuMsPerSessionChange: ([.api.runs[].clientCpuMsPerSessionChange] | median | r3)}
  | .ratio = {fanoutP99OverSingleP99: (.api.median.p99Ms / .api.median.singleP99Ms | r3),
              runs: [.api.runs[] | .latencyMs.p99 / .single.latencyMs.p99 | r3]}'

SCENARIO_MD_ROWS='row("sessions open"; .api.runs[0].sessions; [.api.runs[].sessions]),
    row("commit → shown in a session, p50 (ms)"; .api.median.p50Ms; [.api.runs[].latencyMs.p50]),
    row("… p95 (ms)"; .api.median.p95Ms; [.api.runs[].latencyMs.p95]),
    row("… p99 (ms)"; .api.median.p99Ms; [.api.runs[].latencyMs.p99]),
    row("… max (ms)"; .api.median.maxMs; [.api.runs[].latencyMs.max]),
    row("changes never shown (of sessions × changes)"; .api.median.missed; [.api.runs[].missed]),
    row("anchor: one session alone, p50 (ms)"; .api.median.singleP50Ms; [.api.runs[].single.latencyMs.p50]),
    row("anchor: one session alone, p99 (ms)"; .api.median.singleP99Ms; [.api.runs[].single.latencyMs.p99]),
    row("the API call making the change, during the fan-out, p50 (ms)"; .api.median.changeP50Ms; [.api.runs[].changeMs.p50]),
    row("SQL: the page query alone, p50 (ms)"; .sql.median.p50Ms; [.sql.runs[].latencyMs.p50]),
    row("portal CPU per session and change (ms)"; .api.median.serverCpuMsPerSessionChange; [.api.runs[].serverCpuMsPerSessionChange]),
    row("client CPU per run (s)"; .api.median.clientCpuSeconds; [.api.runs[].clientCpuSeconds]),
    row("client CPU per session and change, during the fan-out (ms)"; .api.median.clientCpuMsPerSessionChange; [.api.runs[].clientCpuMsPerSessionChange]),
    row("time to open the sessions (s)"; .api.median.openSeconds; [.api.runs[].openSeconds]),
    row("ratio p99 with all sessions ÷ p99 alone"; .ratio.fanoutP99OverSingleP99; .ratio.runs)'

SCENARIO_RUN_LOG='"\(.api.sessions) sessions: p50 \(.api.latencyMs.p50) ms, p99 \(.api.latencyMs.p99) ms, "
  + "missed \(.api.missed)/\(.api.samples); alone: p50 \(.api.single.latencyMs.p50) ms; SQL p50 \(.sql.latencyMs.p50) ms"'
