# shellcheck shell=bash disable=SC2034  # the SCENARIO_* variables are read by bench/run
# Scenario session-heap: the portal's live heap per idle UI session. $BENCH_SESSIONS sessions (default 30) sign in
# and open the delegations page; bench/lib/SessionHeap.java reads the live heap after a full collection (jcmd
# GC.class_histogram) before, with the sessions open, and after they signed out. The portal must run on this machine,
# as the same user: BENCH_PORTAL_PID, or the process listening on --url's port. No SQL side. Sourced by bench/run.

SESSIONS=${BENCH_SESSIONS:-30}
ROUTE=${BENCH_ROUTE:-delegations}
EXPECT=${BENCH_EXPECT:-delegation-grid}
UI_USER=${BENCH_UI_USER:-member}
export BENCH_UI_PASSWORD=${BENCH_UI_PASSWORD:-demo1234}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JCMD=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
[[ $SESSIONS =~ ^[1-9][0-9]*$ ]] || die "bad BENCH_SESSIONS $SESSIONS"

SCENARIO_TITLE="live heap per idle UI session: $SESSIONS sessions on /$ROUTE"
SCENARIO_SQL_SCRIPT=""

scenario_prepare() {
  "$JAVA" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])' \
    || die "session-heap runs its client with Java 25 or later (set JAVA_HOME)"
  PORTAL_PID=$(portal_pid)
  [ -n "$PORTAL_PID" ] && "$JCMD" "$PORTAL_PID" VM.version >/dev/null 2>&1 \
    || die "cannot reach the portal's JVM with jcmd (pid '${PORTAL_PID}'); set BENCH_PORTAL_PID"
}

scenario_check() { :; }

scenario_dataset() {
  jq -cn --arg user "$UI_USER" --arg route "$ROUTE" \
    '{uiUser: $user, route: $route, client: "bench/lib/SessionHeap.java: UIDL-level sessions, no browser",
      delegations: '"$(sql "select count(*) from delegation")"'}'
}

scenario_settings() {
  jq -cn --argjson sessions "$SESSIONS" '{sessions: $sessions,
    measure: "live heap after a full collection (jcmd GC.class_histogram): before, with the sessions open and idle 5 s, after sign-out"}'
}

heap_run() {
  local out
  out=$("$JAVA" "$BENCH_DIR/lib/SessionHeap.java" --url "$BENCH_URL" --sessions "$1" --pid "$PORTAL_PID" \
    --jcmd "$JCMD" --user "$UI_USER" --route "$ROUTE" --expect "$EXPECT" 2>>"$LOG") \
    || die "the session-heap client failed (see $LOG)"
  echo "$out" >>"$LOG"
  echo "$out"
}

# Warm-up: one round of sessions opened and closed, so classes loaded and caches filled on first use are not counted.
scenario_warmup() {
  log "[session-heap] warm-up: $SESSIONS sessions opened and signed out"
  heap_run "$SESSIONS" >/dev/null
}

scenario_api_run() { heap_run "$SESSIONS"; }
scenario_sql_run() { echo '{}'; }

SCENARIO_MD_HEADING='"\(.startedAt), commit \(.commit); \(.settings.scenario.sessions) sessions on /\(.dataset.route) as \(.dataset.uiUser); "
      + "\(.settings.repeats) runs; \(.machine.cores) cores."'

SCENARIO_JSON_EXTRA='
  .api.median += {bytesPerSession: ([.api.runs[].bytesPerSession] | median),
                  leftAfterSignOutPerSession: ([.api.runs[].leftAfterSignOutPerSession] | median)}'

SCENARIO_MD_ROWS='row("live heap per idle session (kB)"; .api.median.bytesPerSession / 1000; [.api.runs[].bytesPerSession / 1000]),
    row("left per session after sign-out (kB)"; .api.median.leftAfterSignOutPerSession / 1000; [.api.runs[].leftAfterSignOutPerSession / 1000]),
    row("live heap before (MB)"; .api.runs[0].liveHeapBytes.before / 1e6; [.api.runs[].liveHeapBytes.before / 1e6])'

SCENARIO_RUN_LOG='"\(.api.bytesPerSession / 1000 | floor) kB per session; \(.api.leftAfterSignOutPerSession / 1000 | floor) kB left after sign-out"'
