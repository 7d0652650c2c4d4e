# shellcheck shell=bash disable=SC2034  # the SCENARIO_* variables are read by bench/run
# Scenario insight: 1,000,000 generated export orders. The alliance dashboard through the API as a member firm
# (GET /api/v1/insight/alliance?year=<last year>, suppression applied) against the same aggregates computed raw from
# the orders in pgbench (insight.sql); and order creation through the API (POST /api/v1/orders, each with its own
# Idempotency-Key). Sourced by bench/run.

ORDERS_TARGET=${BENCH_ORDERS:-1000000}
POST_SECONDS=${BENCH_POST_SECONDS:-20}
# The orders' firms: bench firms 1 … 300 (the same fixed ids, users and password marker as the other scenarios);
# firm 1's user bench-0001 is the member the dashboard is read as and who posts the new orders.
ORDER_FIRMS=300
MEASURED_FIRM=${FIRM_ID_PREFIX}000000000001
TOKEN_NAME=bench-insight
MEASURED_YEAR=$(($(date +%Y) - 1))
NEW_ORDER='{"buyerName":"Bench Buyer","destinationCountry":"VN","currency":"USD","incoterm":"FOB","namedPlace":"Ningbo","attribution":"DIRECT","lines":[{"category":"WEAVING","model":"Bench rapier loom","quantity":2,"unitPrice":15000}]}'

{ [[ $ORDERS_TARGET =~ ^[1-9][0-9]*$ ]] && [ "$ORDERS_TARGET" -ge 1000 ] && [ "$ORDERS_TARGET" -le 99999999 ]; } \
  || die "bad BENCH_ORDERS $ORDERS_TARGET (1000 … 99,999,999)"
[[ $POST_SECONDS =~ ^[1-9][0-9]*$ ]] || die "bad BENCH_POST_SECONDS $POST_SECONDS"

SCENARIO_TITLE="GET /api/v1/insight/alliance?year=$MEASURED_YEAR as a member firm, $ORDERS_TARGET orders, against the raw SQL of the same aggregates; POST /api/v1/orders throughput"
SCENARIO_HTTP_PATHS=("/api/v1/insight/alliance?year=$MEASURED_YEAR")
SCENARIO_SQL_SCRIPT=insight.sql
MEMBER_TOKEN=""
GENERATION='{"ordersWritten":0}'
SINGLE='{}'

GENERATED="created_by is null and firm_id between '${FIRM_ID_PREFIX}000000000001' and '$FIRM_ID_PREFIX$(printf %012d "$ORDER_FIRMS")'"
generated_count() { sql "select count(*) from export_order where $GENERATED"; }

scenario_prepare() {
  local have started took out
  bench_firms "$ORDER_FIRMS"
  have=$(generated_count)
  [ "$(sql "select (select count(*) from export_order where id = md5('insight order ' || $have)::uuid and $GENERATED)
                 + (select count(*) from export_order where id = md5('insight order ' || $((have + 1)))::uuid)")" \
    = "$([ "$have" -gt 0 ] && echo 1 || echo 0)" ] \
    || die "the $have generated orders are not numbers 1 … $have: is this the bench's database?"
  if [ "$have" -ge "$ORDERS_TARGET" ]; then
    GENERATION=$(jq -cn --argjson have "$have" '{ordersBefore: $have, ordersWritten: 0}')
  else
    log "the database holds $have generated orders; writing orders $((have + 1)) … $ORDERS_TARGET in SQL (one transaction)"
    started=$(date +%s.%N)
    out=$(psql -X -d "$BENCH_DB_URL" -v from=$((have + 1)) -v to="$ORDERS_TARGET" -v firms="$ORDER_FIRMS" \
      -f "$BENCH_DIR/scenarios/insight-data.psql" 2>&1) || { echo "$out" >>"$LOG"; die "generating orders failed (see $LOG)"; }
    echo "$out" >>"$LOG"
    sql "vacuum (analyze) export_order, export_order_line, insight_won_month, insight_fair_won" >/dev/null \
      || die "vacuum (analyze) failed"
    took=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    log "wrote $((ORDERS_TARGET - have)) orders, rebuilt the summaries and analysed in $took s"
    GENERATION=$(jq -cn --argjson have "$have" --argjson n "$((ORDERS_TARGET - have))" --argjson s "$took" \
      '{ordersBefore: $have, ordersWritten: $n, seconds: $s,
        note: "one psql transaction (insight-data.psql), triggers off, then insight_rebuild() and vacuum (analyze)"}')
  fi
  MEMBER_TOKEN=$(member_token "$TOKEN_NAME") || exit 1
  export BENCH_TOKEN=$MEMBER_TOKEN # wrk-report.lua sends $BENCH_TOKEN: the dashboard is read as the member
}

# The summaries must say what the orders say (else the API answers something else than the SQL side computes), and
# the member's answer must carry suppressed cells; then each side's single statement, timed once, unloaded.
scenario_check() {
  local answer raw summary
  raw=$(sql "select count(*) || ' ' || coalesce(sum(insight_cents(total * fx_cny)), 0) from export_order
             where stage not in ('QUOTED', 'CANCELLED') and extract(year from fx_date) = $MEASURED_YEAR")
  summary=$(sql "select coalesce(sum(orders), 0) || ' ' || coalesce(sum(cny), 0) from insight_won_month
                 where extract(year from month) = $MEASURED_YEAR")
  [ "$raw" = "$summary" ] || die "the summaries ($summary) do not match the orders ($raw) for $MEASURED_YEAR"
  answer=$(curl -sS --fail-with-body -H "Authorization: Bearer $MEMBER_TOKEN" -H 'Accept: application/json' \
    "$BENCH_URL/api/v1/insight/alliance?year=$MEASURED_YEAR") || die "the dashboard API failed: $answer"
  jq -e '.staffView == false and (.markets.markets | length) > 0' <<<"$answer" >/dev/null \
    || die "the member's dashboard has no markets, or is a staff view"
  SINGLE=$(jq -cn --arg raw "$raw" \
    --argjson markets "$(jq '.markets.markets | length' <<<"$answer")" \
    --argjson withheld "$(jq '[.markets.markets[], .markets.total | .months[], .year | select(.withheld)] | length' <<<"$answer")" \
    --argjson cold "$(single_calls cold)" --argjson warm "$(single_calls warm)" \
    --argjson rawMs "$(explain_ms "$(grep -v '^--' "$BENCH_DIR/scenarios/insight.sql" | awk 'BEGIN { RS = ";" } NR == 1')")" '
    {wonOrdersAndCnyInYear: $raw, marketsInAnswer: $markets, withheldCellsInAnswer: $withheld,
     unloadedApiCallMs: {afterAChange: $cold, unchanged: $warm,
       note: "5 sequential calls each; afterAChange bumps the two years version first, as a confirmed order does, so the grouping runs again"},
     rawMarketsStatementMs: $rawMs}')
  log "[insight] $(jq -c . <<<"$SINGLE")"
}

# single_calls cold|warm -> the times (ms) of 5 sequential dashboard calls; cold bumps the measured year's and the
# year before's version first (insight_year_stamp, as a confirmed order does), so each call groups afresh.
single_calls() {
  local i times=()
  for i in 1 2 3 4 5; do
    if [ "$1" = cold ]; then
      sql "update insight_year_stamp set version = version + 1 where year in ($MEASURED_YEAR, $((MEASURED_YEAR - 1)))" >/dev/null
    fi
    times+=("$(curl -sS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $MEMBER_TOKEN" \
      "$BENCH_URL/api/v1/insight/alliance?year=$MEASURED_YEAR" | awk '{ printf "%.1f", $1 * 1000 }')")
  done
  printf '%s\n' "${times[@]}" | jq -s .
}

# explain_ms SQL -> the statement's execution time in ms, as EXPLAIN ANALYZE measures it in the server.
explain_ms() {
  sql "explain (analyze, format json) $1" | jq '.[0]["Execution Time"]'
}

# API side: wrk on the dashboard for --duration; then wrk posting new orders for $POST_SECONDS.
scenario_api_run() {
  local read create out
  read=$(wrk_run "$DURATION_S")
  out=$(BENCH_PATHS=$(printf '%s\n' "${BENCH_BASE_PATH}/api/v1/orders") BENCH_POST_BODY=$NEW_ORDER \
    BENCH_KEY_PREFIX="bench-insight-$STAMP-$1" \
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "${POST_SECONDS}s" --timeout 10s --latency \
      -s "$BENCH_DIR/lib/wrk-report.lua" "$BENCH_ORIGIN" 2>&1) || { echo "$out" >>"$LOG"; die "wrk (POST) failed"; }
  echo "$out" >>"$LOG"
  create=$(grep '^BENCH_JSON ' <<<"$out" | sed 's/^BENCH_JSON //' | tail -1)
  [ -n "$create" ] || die "wrk (POST) printed no BENCH_JSON line (see $LOG)"
  jq -c --argjson c "$create" '. + {create: $c}' <<<"$read"
}

scenario_cleanup() {
  [ -n "$MEMBER_TOKEN" ] && sql "delete from api_token where name = '$TOKEN_NAME'" >/dev/null 2>&1
  return 0
}

scenario_settings() {
  jq -cn --argjson orders "$ORDERS_TARGET" --argjson post "$POST_SECONDS" --arg firm "$MEASURED_FIRM" \
    --argjson year "$MEASURED_YEAR" --arg body "$NEW_ORDER" '
    {ordersTarget: $orders, year: $year, member: {username: "bench-0001", firmId: $firm, roles: ["MEMBER"]},
     create: {path: "/api/v1/orders", secondsPerRun: $post, body: ($body | fromjson), idempotencyKey: "unique per request"}}'
}

scenario_dataset() {
  sql "select json_build_object(
         'orders', (select count(*) from export_order),
         'generatedOrders', (select count(*) from export_order where $GENERATED),
         'wonOrders', (select count(*) from export_order where stage not in ('QUOTED', 'CANCELLED')),
         'orderLines', (select count(*) from export_order_line),
         'summaryRows', (select count(*) from insight_won_month),
         'fairSummaryRows', (select count(*) from insight_fair_won),
         'markets', (select count(distinct destination) from insight_won_month),
         'benchFirms', $ORDER_FIRMS)" \
    | jq -c --argjson g "$GENERATION" --argjson s "$SINGLE" '. + {generation: $g, checks: $s}'
}

SCENARIO_RUN_LOG='"dashboard API \(.api.rps | floor) req/s, p50 \(.api.latencyMs.p50) ms, p99 \(.api.latencyMs.p99) ms, status ≥ 400: \(.api.errors.status); "
  + "raw SQL \(.sql.tps * 100 | floor / 100) tps, p50 \(.sql.latencyMs.p50) ms; "
  + "POST orders \(.api.create.rps | floor) req/s, p50 \(.api.create.latencyMs.p50) ms, p99 \(.api.create.latencyMs.p99) ms, status ≥ 400: \(.api.create.errors.status)"'

# shellcheck disable=SC2016  # jq variables, not shell ones
SCENARIO_JSON_EXTRA='
  .api.median += {createRps: ([.api.runs[].create.rps] | median | r3),
                  createP50Ms: ([.api.runs[].create.latencyMs.p50] | median | r3),
                  createP99Ms: ([.api.runs[].create.latencyMs.p99] | median | r3),
                  createErrors: ([.api.runs[].create.errors.status] | median)}
  | .ratio += {sqlP50OverApiP50: ((.sql.median.p50Ms / .api.median.p50Ms) | r3)}'

SCENARIO_MD_ROWS='row("dashboard: API requests/s"; .api.median.rps; [.api.runs[].rps]),
    row("dashboard: API latency p50 (ms)"; .api.median.p50Ms; [.api.runs[].latencyMs.p50]),
    row("dashboard: API latency p99 (ms)"; .api.median.p99Ms; [.api.runs[].latencyMs.p99]),
    row("dashboard: API answers with status ≥ 400"; .api.median.httpErrors; [.api.runs[].errors.status]),
    row("raw SQL of the same aggregates: transactions/s (pgbench)"; .sql.median.tps; [.sql.runs[].tps]),
    row("raw SQL: latency p50 (ms)"; .sql.median.p50Ms; [.sql.runs[].latencyMs.p50]),
    row("raw SQL: latency p99 (ms)"; .sql.median.p99Ms; [.sql.runs[].latencyMs.p99]),
    row("ratio API req/s ÷ raw SQL tps"; .ratio.apiRpsOverSqlTps; .ratio.runs),
    row("ratio raw SQL p50 ÷ API p50"; .ratio.sqlP50OverApiP50; []),
    row("create: POST /api/v1/orders requests/s"; .api.median.createRps; [.api.runs[].create.rps]),
    row("create: latency p50 (ms)"; .api.median.createP50Ms; [.api.runs[].create.latencyMs.p50]),
    row("create: latency p99 (ms)"; .api.median.createP99Ms; [.api.runs[].create.latencyMs.p99]),
    row("create: answers with status ≥ 400"; .api.median.createErrors; [.api.runs[].create.errors.status])'
