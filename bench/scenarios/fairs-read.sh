# shellcheck shell=bash disable=SC2034  # the SCENARIO_* variables are read by bench/run
# Scenario fairs-read: read throughput and latency of the fair catalogue's first page,
# GET /api/v1/fairs?limit=50, with 2,000 fairs in the catalogue. Sourced by bench/run.

FAIRS_TARGET=${BENCH_FAIRS:-2000}

SCENARIO_TITLE="GET /api/v1/fairs?limit=50 (first page, no filter) with $FAIRS_TARGET fairs"
SCENARIO_HTTP_PATHS=("/api/v1/fairs?limit=50")
SCENARIO_SQL_SCRIPT=fairs-read.sql

# Tops the catalogue up to $FAIRS_TARGET fairs through POST /api/v1/fairs (staff token), so the fairs go through
# the same validation, audit and events as real ones. It never deletes: a bigger catalogue is measured as it is.
scenario_prepare() {
  local count missing tag config codes bad
  count=$(sql "select count(*) from fair") || die "cannot count fairs through --db-url"
  if [ "$count" -ge "$FAIRS_TARGET" ]; then
    [ "$count" -gt "$FAIRS_TARGET" ] && log "the catalogue has $count fairs, more than $FAIRS_TARGET; measuring it as it is"
    return 0
  fi
  missing=$((FAIRS_TARGET - count))
  tag=$(date -u +%Y%m%d%H%M%S)
  log "catalogue has $count fairs; creating $missing through POST /api/v1/fairs"
  config=$(mktemp)
  # One curl process sends them all (4 at a time): a config file with one block per fair.
  jq -rn --arg url "$BENCH_URL/api/v1/fairs" --arg token "$BENCH_TOKEN" --arg tag "$tag" --argjson n "$missing" '
    ["AE","DE","IT","TR","IN","BD","VN","EG","BR","MX","US","FR","ES","PK","ID","UZ"] as $countries
    | ["Dubai","Frankfurt","Milan","Istanbul","Mumbai","Dhaka","Ho Chi Minh City","Cairo","Sao Paulo",
       "Mexico City","Atlanta","Paris","Barcelona","Karachi","Jakarta","Tashkent"] as $cities
    | ["SPINNING","WEAVING","KNITTING","DYEING_FINISHING","NONWOVENS","BEARINGS_PARTS","TECHNICAL_TEXTILES",
       "GARMENT"] as $sectors
    | range($n) as $i
    | (("2027-01-01T00:00:00Z" | fromdate) + (($i * 7) % 1460) * 86400) as $start
    | {nameZh: "基准展会 \($tag)-\($i)", nameEn: "Bench Fair \($tag)-\($i)",
       city: $cities[$i % 16], country: $countries[$i % 16], venue: "Bench Hall \($i % 9 + 1)",
       startDate: ($start | strftime("%Y-%m-%d")), endDate: ($start + 3 * 86400 | strftime("%Y-%m-%d")),
       sectors: [$sectors[$i % 8], $sectors[($i * 3 + 1) % 8]] | unique} as $fair
    | "url = \"\($url)\"",
      "request = \"POST\"",
      "header = \"Authorization: Bearer \($token)\"",
      "header = \"Content-Type: application/json\"",
      "header = \"Idempotency-Key: bench-fairs-\($tag)-\($i)\"",
      "data = \($fair | tojson | tojson)",
      "output = \"/dev/null\"",
      "write-out = \"%{http_code}\\n\"",
      "silent", "show-error",
      (select($i < $n - 1) | "next")' >"$config"
  codes=$(curl --no-progress-meter --parallel --parallel-max 4 -K "$config") || true
  rm -f "$config"
  bad=$(grep -cv '^201$' <<<"$codes" || true)
  [ "$bad" -eq 0 ] || die "creating fairs: $bad of $missing answers were not 201 ($(sort <<<"$codes" | uniq -c | tr -s ' \n' ' '))"
  count=$(sql "select count(*) from fair")
  [ "$count" -ge "$FAIRS_TARGET" ] || die "after the top-up the catalogue has $count fairs, not $FAIRS_TARGET"
}

# One request by hand: a full page of 50, and the API sees as many fairs as the database (same data).
scenario_check() {
  local body items cursor seen=0 total
  body=$(api GET "${SCENARIO_HTTP_PATHS[0]}") || die "GET ${SCENARIO_HTTP_PATHS[0]} failed: $body"
  items=$(jq '.items | length' <<<"$body")
  [ "$items" -eq 50 ] || die "GET ${SCENARIO_HTTP_PATHS[0]} returned $items items, expected 50"
  cursor=""
  # Pages of 250: limit=500, the documented maximum, answers 500 (FairApi asks FairPage for limit + 1 rows).
  while :; do
    body=$(api GET "/api/v1/fairs?limit=250${cursor:+&cursor=$cursor}") || die "paging the catalogue failed: $body"
    seen=$((seen + $(jq '.items | length' <<<"$body")))
    cursor=$(jq -r '.nextCursor // empty' <<<"$body")
    [ -n "$cursor" ] || break
  done
  total=$(sql "select count(*) from fair")
  [ "$seen" -eq "$total" ] || die "the API lists $seen fairs but --db-url has $total: are they the same database?"
  FAIRS_MEASURED=$total
}

scenario_dataset() {
  jq -cn --argjson fairs "$FAIRS_MEASURED" --argjson target "$FAIRS_TARGET" \
    '{fairs: $fairs, fairsTarget: $target, page: 50, sqlRowsPerQuery: 51}'
}
