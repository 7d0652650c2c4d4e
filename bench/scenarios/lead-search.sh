# shellcheck shell=bash disable=SC2034  # the SCENARIO_* variables are read by bench/run
# Scenario lead-search: 1,000,000 generated leads. Filtered text search through the API as a member firm
# (GET /api/v1/leads?q=&country=&category=&limit=50, six variants in turn) against the same statement in pgbench;
# the conflict check's latency (sequential POST /api/v1/leads of near-duplicates of claimed buyers) against
# BuyerMatching.candidates in pgbench; and the time of a 10,000-row CSV import. Sourced by bench/run.

LEADS_TARGET=${BENCH_LEADS:-1000000}
CONFLICT_POSTS=${BENCH_CONFLICT_POSTS:-300}
IMPORT_ROWS=${BENCH_IMPORT_ROWS:-10000}
IMPORT_TIMEOUT_S=${BENCH_IMPORT_TIMEOUT:-600}
# The leads' owners: bench firms 1 … 100, the same firms (same fixed ids, users and password marker) delegation-opening
# creates; firm 1's user bench-0001 is the member the search runs as.
LEAD_FIRMS=100
MEASURED_FIRM=${FIRM_ID_PREFIX}000000000001
TOKEN_NAME=bench-lead-search
# The six searches wrk takes in turn and pgbench picks from at random: word | country | category. The word is what a
# user types (the API normalises it with BuyerNames.normalise; these are already normal) and matches the name or the
# city anywhere (like '%word%'); each word belongs to the category it is paired with.
SEARCH_VARIANTS=(
  "denim|TR|WEAVING"
  "spinning|IN|SPINNING"
  "tessitura|IT|WEAVING"
  "cotton|PK|SPINNING"
  "knit|BD|KNITTING"
  "fibres|DE|NONWOVENS"
)

{ [[ $LEADS_TARGET =~ ^[1-9][0-9]*$ ]] && [ "$LEADS_TARGET" -ge 1000 ] && [ "$LEADS_TARGET" -le 99999999 ]; } \
  || die "bad BENCH_LEADS $LEADS_TARGET (1000 … 99,999,999)"
{ [[ $CONFLICT_POSTS =~ ^[1-9][0-9]*$ ]] && [ "$CONFLICT_POSTS" -le 5000 ]; } || die "bad BENCH_CONFLICT_POSTS $CONFLICT_POSTS (1 … 5000)"
{ [[ $IMPORT_ROWS =~ ^[0-9]+$ ]] && [ "$IMPORT_ROWS" -le 1000000 ]; } || die "bad BENCH_IMPORT_ROWS $IMPORT_ROWS (0 skips the import)"
[[ $IMPORT_TIMEOUT_S =~ ^[1-9][0-9]*$ ]] || die "bad BENCH_IMPORT_TIMEOUT $IMPORT_TIMEOUT_S"
[ "${#SEARCH_VARIANTS[@]}" -eq 6 ] || die "lead-search.sql has six branches: keep six search variants"

SCENARIO_TITLE="GET /api/v1/leads?q=…&country=…&category=…&limit=50 as a member firm, $LEADS_TARGET leads; conflict check; CSV import"
SCENARIO_HTTP_PATHS=()
for v in "${SEARCH_VARIANTS[@]}"; do
  IFS='|' read -r word country category <<<"$v"
  SCENARIO_HTTP_PATHS+=("/api/v1/leads?q=$word&country=$country&category=$category&limit=50")
done
SCENARIO_SQL_SCRIPT=lead-search.sql
CANDIDATES_SCRIPT=lead-search-candidates.sql
MEMBER_TOKEN=""
GENERATION='{"leadsWritten":0}'
STATEMENT_CHECK='{}'
SEARCH_ITEMS='[]'
CONFLICT_SEED=$((RANDOM * 32768 + RANDOM))
CANDIDATE_VARIANTS='[]'
GENERATED_LEADS=0

# Generated leads (lead-search-data.psql): no created_by, owned by a bench firm; lead i has id md5('lead-search lead ' || i).
GENERATED="created_by is null and owner_firm_id between '${FIRM_ID_PREFIX}000000000001' and '$FIRM_ID_PREFIX$(printf %012d "$LEAD_FIRMS")'"
generated_count() { sql "select count(*) from lead where $GENERATED"; }

# member_api METHOD PATH [curl args...]: the portal as bench-0001 (firm 1, MEMBER); prints the body.
member_api() {
  local method=$1 path=$2
  shift 2
  curl -sS --fail-with-body -X "$method" -H "Authorization: Bearer $MEMBER_TOKEN" -H 'Accept: application/json' \
    "$BENCH_URL$path" "$@"
}

# --- the data set ----------------------------------------------------------------------------------------------

# The bench firms and their users (as delegation-opening makes them), what each firm makes (for SELECTED leads shared
# by category), the generated leads up to $LEADS_TARGET, and a token for bench-0001.
scenario_prepare() {
  local have started took vacuum_took out steps
  bench_firms "$LEAD_FIRMS"
  # Two categories per firm (firm 1: WEAVING and SPINNING); added once, never changed.
  sql "insert into firm_category (firm_id, category)
       select distinct ('$FIRM_ID_PREFIX' || lpad(i::text, 12, '0'))::uuid, c.codes[1 + k]
       from generate_series(1, $LEAD_FIRMS) i,
            (select array['SPINNING', 'WEAVING', 'KNITTING', 'DYEING_FINISHING', 'NONWOVENS', 'BEARINGS_PARTS',
                          'TECHNICAL_TEXTILES', 'GARMENT'] as codes) c,
            lateral (values (i % 8), ((i * 5 + 3) % 8)) x(k)
       on conflict do nothing" >/dev/null || die "cannot record what the bench firms make"

  # Generated leads are numbered 1 … n without gaps (one transaction per top-up): lead n is there, lead n + 1 is not.
  have=$(generated_count)
  [ "$(sql "select (select count(*) from lead where id = md5('lead-search lead ' || $have)::uuid and $GENERATED)
                 + (select count(*) from lead where id = md5('lead-search lead ' || $((have + 1)))::uuid)")" \
    = "$([ "$have" -gt 0 ] && echo 1 || echo 0)" ] \
    || die "the $have generated leads are not numbers 1 … $have: is this the bench's database?"
  if [ "$have" -ge "$LEADS_TARGET" ]; then
    [ "$have" -gt "$LEADS_TARGET" ] && log "the database holds $have generated leads, more than $LEADS_TARGET; measuring them as they are"
    GENERATION=$(jq -cn --argjson have "$have" '{leadsBefore: $have, leadsWritten: 0}')
  else
    log "the database holds $have generated leads; writing leads $((have + 1)) … $LEADS_TARGET in SQL (one transaction)"
    started=$(date +%s.%N)
    out=$(psql -X -d "$BENCH_DB_URL" -v from=$((have + 1)) -v to="$LEADS_TARGET" -v firms="$LEAD_FIRMS" \
      -f "$BENCH_DIR/scenarios/lead-search-data.psql" 2>&1) || { echo "$out" >>"$LOG"; die "generating leads failed (see $LOG)"; }
    took=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')
    echo "$out" >>"$LOG"
    # Each step's own time, as psql's \timing printed it after the step's \echo.
    steps=$(awk '/^step / { name = substr($0, 6) } /^Time: / && name != "" { printf "%s\t%.3f\n", name, $2 / 1000; name = "" }' <<<"$out" \
      | jq -cR 'split("\t") | {(.[0]): (.[1] | tonumber)}' | jq -cs add)
    log "wrote $((LEADS_TARGET - have)) leads in $took s; vacuum (analyze) of the lead tables"
    started=$(date +%s.%N)
    sql "vacuum (analyze) buyer, lead, lead_category, lead_contact, lead_share_firm, lead_share_category, claim,
         claim_scope, claim_event" >/dev/null || die "vacuum (analyze) failed"
    vacuum_took=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')
    log "vacuum (analyze) took $vacuum_took s"
    GENERATION=$(jq -cn --argjson have "$have" --argjson n "$((LEADS_TARGET - have))" --argjson s "$took" \
      --argjson v "$vacuum_took" --argjson steps "$steps" '
      {leadsBefore: $have, leadsWritten: $n, seconds: ($s * 10 | round / 10), vacuumAnalyzeSeconds: ($v * 10 | round / 10),
       leadsPerSecond: ($n / $s | round), stepSeconds: $steps,
       note: "one psql transaction (lead-search-data.psql): insert … select per table, triggers off and their rules checked once; then vacuum (analyze)"}')
  fi

  GENERATED_LEADS=$(generated_count)

  # bench-0001's token for this run, made in SQL like ApiTokenService makes them; deleted when the scenario ends.
  MEMBER_TOKEN=$(member_token "$TOKEN_NAME") || exit 1
  export BENCH_TOKEN=$MEMBER_TOKEN # wrk-report.lua sends $BENCH_TOKEN: the search runs as the member, not as staff
}

scenario_cleanup() {
  sql "delete from api_token where name = '$TOKEN_NAME'" >/dev/null 2>&1 || true
}

# The pgbench -D options for the search variants: firm, lim 51, off 0, text<k>, country<k>, category<k>.
search_defines() {
  local k=0 v word country category
  printf '%s\n' -D "firm=$MEASURED_FIRM" -D lim=51 -D off=0
  for v in "${SEARCH_VARIANTS[@]}"; do
    k=$((k + 1))
    IFS='|' read -r word country category <<<"$v"
    printf '%s\n' -D "text$k=%$word%" -D "country$k=$country" -D "category$k=$category"
  done
}

# sql_statement SCRIPT K VALUES_JSON: branch K's statement of a pgbench script with its variables replaced by quoted
# literals from VALUES_JSON ({"firm": "...", "text1": "...", ...}), for psql.
sql_statement() {
  local line
  line=$(awk -v k="$2" '$0 == "\\if :v = " k || $0 == "\\elif :v = " k { getline; print; exit }' "$BENCH_DIR/scenarios/$1")
  [ -n "$line" ] || die "no branch $2 in $1"
  jq -rn --arg line "${line%;}" --argjson values "$3" '
    reduce ($values | to_entries | sort_by(-(.key | length)))[] as $e ($line;
      gsub(":" + $e.key + "\\b"; if ($e.value | type) == "number" then ($e.value | tostring)
                                 else "'"'"'" + ($e.value | gsub("'"'"'"; "'"'"''"'"'")) + "'"'"'" end))'
}

# One request by hand per variant: the member's page through the API is exactly the first 50 rows of lead-search.sql's
# statement for that variant in --db-url (same data, same statement); one variant fills a page and has a next one.
# Then one near-duplicate of another firm's claimed buyer through POST /api/v1/leads: 201 with a blind signal.
scenario_check() {
  local k=0 v word country category body api_ids sql_ids items full=0 values
  [ "$(sql "select roles::text from app_user where id = '${USER_ID_PREFIX}000000000001'")" = "{MEMBER}" ] \
    || die "bench-0001 is not a plain MEMBER user"
  for v in "${SEARCH_VARIANTS[@]}"; do
    k=$((k + 1))
    IFS='|' read -r word country category <<<"$v"
    body=$(member_api GET "${SCENARIO_HTTP_PATHS[$((k - 1))]}") || die "GET ${SCENARIO_HTTP_PATHS[$((k - 1))]} failed: $body"
    api_ids=$(jq -r '.items[].id' <<<"$body")
    items=$(jq '.items | length' <<<"$body")
    [ "$items" -eq 50 ] && [ "$(jq -r '.nextCursor // empty' <<<"$body")" != "" ] && full=$((full + 1))
    values=$(jq -cn --arg firm "$MEASURED_FIRM" --arg t "%$word%" --arg c "$country" --arg g "$category" --arg k "$k" \
      '{firm: $firm, lim: 51, off: 0} + {("text" + $k): $t, ("country" + $k): $c, ("category" + $k): $g}')
    sql_ids=$(sql "$(sql_statement "$SCENARIO_SQL_SCRIPT" "$k" "$values")" | cut -d'|' -f1 | sed -n '1,50p') \
      || die "running lead-search.sql's statement $k in psql failed"
    [ "$api_ids" = "$sql_ids" ] \
      || die "variant $k ($v): the API's page ($items leads) differs from lead-search.sql's first 50 rows in --db-url"
    [ "$items" -gt 0 ] || die "variant $k ($v) finds nothing: the search would measure empty pages"
    SEARCH_ITEMS=$(jq -c --arg v "$v" --argjson n "$items" --argjson next "$(jq '.nextCursor != null' <<<"$body")" \
      '. + [{variant: $v, items: $n, nextPage: $next}]' <<<"$SEARCH_ITEMS")
  done
  [ "$full" -ge 1 ] || die "no search variant fills a page of 50: choose more common words"
  conflict_targets 1 check >"$WORK/check-target.json"
  [ -s "$WORK/check-target.json" ] || die "no claimed lead of another firm to post a near-duplicate of"
  conflict_bodies check <"$WORK/check-target.json" | jq -c '.body' >"$WORK/check-body.json"
  body=$(member_api POST /api/v1/leads -H 'Content-Type: application/json' --data-binary @"$WORK/check-body.json") \
    || die "POST /api/v1/leads of a near-duplicate failed: $body"
  [ "$(jq '.signals | length' <<<"$body")" -gt 0 ] \
    || die "POST /api/v1/leads of a near-duplicate of a claimed buyer came back without a blind signal: $(head -c 300 <<<"$body")"
}

# --- the conflict check: near-duplicates of claimed buyers --------------------------------------------------------

# conflict_targets N LABEL -> N JSON lines, one per claimed lead of a firm other than firm 1 (i % 20 = 1, held, on its
# first category): its normalised name, country, city, domain, the claimed category and its contact's phone. A fresh
# spread of claims per call (stride 7919 from a seed that changes with LABEL).
conflict_targets() {
  local claims seed
  [ "$GENERATED_LEADS" -gt 0 ] || die "no generated leads to pick claimed ones from"
  claims=$(( (GENERATED_LEADS - 1) / 20 + 1 ))
  seed=$(( (CONFLICT_SEED + $(cksum <<<"$2" | cut -d' ' -f1)) % claims ))
  sql "select json_build_object('name', l.normalised_name, 'country', l.country, 'city', l.city,
                                'domain', l.web_domain, 'category', s.category, 'phone', c.phone)
       from generate_series(0, $1 + 40) j
       join lead l on l.id = md5('lead-search lead ' || (20 * (($seed + j * 7919) % $claims) + 1))::uuid
       join claim_scope s on s.claim_id = md5('lead-search claim ' || (20 * (($seed + j * 7919) % $claims) + 1))::uuid
                         and s.held
       join lead_contact c on c.lead_id = l.id and c.position = 0
       where l.owner_firm_id <> '$MEASURED_FIRM'
       order by j limit $1" || die "cannot pick claimed leads to post near-duplicates of"
}

# conflict_bodies LABEL < targets -> one JSON line per target: {kind, body} of a PRIVATE lead that firm 1 posts, three
# kinds in turn: the same name in capitals with another legal form (same normalised name: joins the buyer); a typo,
# the third letter of the longest word doubled (similar, maybe not the same buyer); the first two words with the
# company's web site, and a contact at its domain with the phone written with spaces (domain and phone match).
conflict_bodies() {
  jq -c --arg tag "$1" '
    def words: split(" ");
    def cap: split(" ") | map((.[0:1] | ascii_upcase) + .[1:]) | join(" ");
    [inputs] | to_entries[] | .key as $n | .value as $t | ($n % 3) as $kind
    | {kind: (["same name", "typo", "domain and phone"][$kind]),
       body: ({country: $t.country, city: $t.city, categories: [$t.category], source: "FAIR", visibility: "PRIVATE",
               notes: "bench lead-search \($tag) \($n)"}
         + (if $kind == 0 then {companyName: (($t.name | ascii_upcase) + " LTD")}
           elif $kind == 1 then {companyName: (($t.name | words | (map(length) | index(max)) as $l
                                                | .[$l] |= .[0:3] + .[2:] | join(" ") | cap) + " Ltd.")}
           else {companyName: ((($t.name | words)[0:2] | join(" ") | cap) + " Co."),
                 contacts: [{name: "Bench Buyer \($n)", title: "Purchasing",
                             email: (if $t.domain then "buyer\($n)@\($t.domain)" else null end),
                             phone: ($t.phone | .[0:4] + " " + .[4:7] + " " + .[7:])}]}
             + (if $t.domain then {website: "https://www.\($t.domain)/"} else {} end)
           end))}' -n
}

# conflict_series LABEL N -> JSON: N sequential POST /api/v1/leads (one curl process, one kept-alive connection) of
# near-duplicates of claimed buyers; latency percentiles from curl's time_total; answers by status; how many came
# back with a blind signal.
conflict_series() {
  local dir="$WORK/posts-$1" config codes
  rm -rf "$dir" && mkdir -p "$dir"
  conflict_targets "$2" "$1" | conflict_bodies "$1" >"$dir/bodies.jsonl"
  [ "$(wc -l <"$dir/bodies.jsonl")" -eq "$2" ] || die "found only $(wc -l <"$dir/bodies.jsonl") of $2 claimed leads to post near-duplicates of"
  config="$dir/curl.config"
  jq -nr --arg url "$BENCH_URL/api/v1/leads" --arg token "$MEMBER_TOKEN" --arg dir "$dir" '
    [inputs] | to_entries[] | .key as $n
    | (if $n > 0 then "next" else empty end),
      "url = \"\($url)\"", "request = \"POST\"", "header = \"Authorization: Bearer \($token)\"",
      "header = \"Content-Type: application/json\"", "header = \"Accept: application/json\"",
      "data = \(.value.body | tojson | tojson)", "output = \"\($dir)/answer-\($n).json\"",
      "write-out = \"%{http_code} %{time_total}\\n\"", "silent", "show-error"' "$dir/bodies.jsonl" >"$config"
  codes=$(curl --no-progress-meter -K "$config") || true
  echo "$codes" >"$dir/times.txt"
  jq -cn --rawfile times "$dir/times.txt" --slurpfile bodies "$dir/bodies.jsonl" \
    --argjson signals "$(cat "$dir"/answer-*.json 2>/dev/null | jq -s '[.[] | select((.signals // []) | length > 0)] | length')" '
    ($times | split("\n") | map(select(length > 0) | split(" ") | {status: .[0], s: (.[1] | tonumber)})) as $r
    | ($r | map(.s * 1000) | sort) as $ms
    | def pct($p): if ($ms | length) == 0 then null else $ms[((($ms | length) * $p / 100 | ceil) - 1) | if . < 0 then 0 else . end] end;
    {posts: ($bodies | length), answered: ($r | length),
     created: ($r | map(select(.status == "201")) | length),
     errors: (($bodies | length) - ($r | map(select(.status == "201")) | length)),
     statuses: ($r | group_by(.status) | map({key: .[0].status, value: length}) | from_entries),
     withBlindSignal: $signals,
     kinds: ($bodies | group_by(.kind) | map({key: .[0].kind, value: length}) | from_entries),
     latencyMs: {mean: (if ($ms | length) > 0 then ($ms | add / length) else null end),
                 p50: pct(50), p90: pct(90), p95: pct(95), p99: pct(99), max: ($ms | max)}}
    | .latencyMs |= map_values(if . == null then null else . * 1000 | round / 1000 end)'
}

# The pgbench -D options for the candidates script: six identities as conflict detection sees the near-duplicates of
# the first six targets (computed once per scenario; the same six in every run).
candidate_defines() {
  local k=0 line
  printf '%s\n' -D "firm=$MEASURED_FIRM"
  while read -r line; do
    k=$((k + 1))
    printf '%s\n' -D "name$k=$(jq -r .name <<<"$line")" -D "country$k=$(jq -r .country <<<"$line")" \
      -D "domains$k=$(jq -r '"{" + (.domains | join(",")) + "}"' <<<"$line")" \
      -D "phones$k=$(jq -r '"{" + (.phones | join(",")) + "}"' <<<"$line")"
  done < <(jq -c '.[]' <<<"$CANDIDATE_VARIANTS")
}

# What BuyerIdentity.of makes of the first six near-duplicate kinds (two of each): the normalised name (the bodies are
# built so that BuyerNames.normalise gives lower case with the legal form gone), the country, the domain of the web
# site and e-mail, the phone in E.164.
candidate_variants() {
  conflict_targets 6 candidates | conflict_bodies candidates | jq -cs '
    map(.body as $b | {kind: .kind,
        name: ($b.companyName | ascii_downcase | sub(" (ltd|ltd\\.|co\\.)$"; "")),
        country: $b.country,
        domains: ([($b.website // empty | sub("^https://www\\."; "") | sub("/$"; "")),
                   ($b.contacts // [] | .[].email // empty | sub("^[^@]*@"; ""))] | unique),
        phones: ([$b.contacts // [] | .[].phone // empty | gsub(" "; "")] | unique)})'
}

# --- the import ----------------------------------------------------------------------------------------------------

# import_csv LABEL ROWS FILE: a CSV as a fair's badge scanner would export it, with names no earlier import used: a
# made-up four-syllable name, an industry word and a word of this run (LABEL); countries, cities, phones and
# categories as the generated leads have them. Every 50th row repeats the company of the row before (a second person
# met at the same stand), as badge scans do.
import_csv() {
  awk -v label="$1" -v rows="$2" -v seed="$CONFLICT_SEED" 'BEGIN {
    srand(seed + length(label) * 7919 + label_hash(label));
    # The 225 syllables of lead-search-data.psql (15 consonants × 5 vowels × no ending, n or r).
    nc0 = split("b d g k l m n p r s t v z h y", cons, " "); split("a e i o u", vow, " ");
    n = 0; for (i = 1; i <= nc0; i++) for (j = 1; j <= 5; j++) { syl[++n] = cons[i] vow[j]; syl[++n] = cons[i] vow[j] "n"; syl[++n] = cons[i] vow[j] "r" }
    nw = split("textile tekstil tessitura filatura spinning yarn cotton weaving denim fabrics knitting knitwear hosiery dyeing finishing nonwoven fibres apparel garments", words, " ");
    nc = split("IN:+9198:8:Tiruppur:co.in:SPINNING BD:+88017:8:Dhaka:com.bd:KNITTING PK:+9230:8:Faisalabad:com.pk:WEAVING VN:+8490:7:Hanoi:com.vn:KNITTING TR:+9053:8:Bursa:com.tr:WEAVING EG:+2010:8:Alexandria:com.eg:SPINNING IT:+3902:8:Prato:it:DYEING_FINISHING DE:+4930:8:Chemnitz:de:NONWOVENS BR:+55119:8:Americana:com.br:WEAVING UZ:+99890:7:Tashkent:uz:SPINNING", cs, " ");
    run = syl[1 + int(rand() * n)] syl[1 + int(rand() * n)] syl[1 + int(rand() * n)];
    print "company,country,city,website,contact name,title,email,phone,categories,value,currency,source,notes";
    for (r = 1; r <= rows; r++) {
      # Every 50th row is a second badge scanned at the same stand as the row before: same company, another person.
      if (r % 50 != 0) {
        name = syl[1 + int(rand() * n)] syl[1 + int(rand() * n)] syl[1 + int(rand() * n)] syl[1 + int(rand() * n)];
        word = words[1 + int(rand() * nw)];
        split(cs[1 + int(rand() * nc)], c, ":");
      }
      domain = name "-" run "." c[5];
      phone = c[2];
      for (d = 0; d < c[3] + 0; d++) phone = phone int(rand() * 10);
      printf "%s %s %s Ltd.,%s,%s,www.%s,Buyer %d,Purchasing Manager,buyer%d@%s,%s,%s,%d,USD,FAIR,badge scan %s\n",
        toupper(substr(name, 1, 1)) substr(name, 2), toupper(substr(word, 1, 1)) substr(word, 2), toupper(substr(run, 1, 1)) substr(run, 2), c[1], c[4], domain,
        r, r, domain, phone, c[6], 1000 * (5 + int(rand() * 500)), label;
    }
  }
  function label_hash(s,  i, h) { h = 0; for (i = 1; i <= length(s); i++) h = (h * 31 + index("abcdefghijklmnopqrstuvwxyz0123456789-", substr(s, i, 1))) % 1000003; return h }' >"$3"
}

# import_run LABEL -> JSON: one POST /api/v1/leads/imports?mode=GOOD_ROWS of a fresh $IMPORT_ROWS-row CSV (text/csv)
# as firm 1, timed by curl; the portal's report's counts. A 404 (the route is not there yet) skips the measure.
import_run() {
  local file="$WORK/import-$1.csv" out="$WORK/import-$1.json" answer code seconds
  [ "$IMPORT_ROWS" -gt 0 ] || { jq -cn '{skipped: "BENCH_IMPORT_ROWS=0"}'; return; }
  import_csv "$1" "$IMPORT_ROWS" "$file"
  answer=$(curl -sS -o "$out" -w '%{http_code} %{time_total}' --max-time "$IMPORT_TIMEOUT_S" -X POST \
    -H "Authorization: Bearer $MEMBER_TOKEN" -H 'Content-Type: text/csv' -H 'Accept: application/json' \
    --data-binary @"$file" "$BENCH_URL/api/v1/leads/imports?mode=GOOD_ROWS") || answer="000 0"
  read -r code seconds <<<"$answer"
  code=$((10#$code)) # curl writes 000 when no answer came
  if [ "$code" = 404 ]; then
    log "[lead-search] POST /api/v1/leads/imports answers 404 (not in this build yet): import not measured"
    jq -cn '{skipped: "POST /api/v1/leads/imports answered 404"}'
    return
  fi
  [ "$code" = 200 ] || [ "$code" = 201 ] || log "[lead-search] import $1: HTTP $code after $seconds s: $(head -c 300 "$out" 2>/dev/null)"
  jq -cn --argjson code "$code" --argjson s "$seconds" --argjson rows "$IMPORT_ROWS" --arg bytes "$(stat -c %s "$file")" \
    --argjson report "$(jq -c 'with_entries(select(.value | type == "number" or type == "string" or type == "boolean"))' "$out" 2>/dev/null || echo null)" '
    {status: $code, ok: ($code == 200 or $code == 201), rows: $rows, csvBytes: ($bytes | tonumber),
     seconds: ($s * 1000 | round / 1000), rowsPerSecond: (if $s > 0 then ($rows / $s | round) else null end),
     report: $report}'
}

# --- pg_stat_activity: the statements the database actually runs -------------------------------------------------------

# watch_statements PATTERN FILE: polls pg_stat_activity in the background every 0.2 s for statements containing
# PATTERN (another session's, as it shows them: at most track_activity_query_size bytes) and appends them to FILE;
# prints the poller's pid.
watch_statements() {
  (
    while :; do
      psql -X -q -A -t -d "$BENCH_DB_URL" -v ON_ERROR_STOP=1 \
        -c "select replace(regexp_replace(query, '\s+', ' ', 'g'), chr(10), ' ') from pg_stat_activity
            where pid <> pg_backend_pid() and position('$1' in query) > 0" >>"$2" 2>/dev/null || true
      sleep 0.2
    done
  ) >/dev/null 2>&1 &
  echo $!
}

# same_statement API_FILE SQL_FILE NAME -> JSON comparing the statement both sides sent, whitespace collapsed and
# parameter numbers dropped ($1 → $): the portal binds a name used twice once, pgbench numbers every use. Compares as
# much as pg_stat_activity kept of both (track_activity_query_size).
same_statement() {
  jq -cn --rawfile api "$1" --rawfile sql "$2" --arg name "$3" '
    def norm: gsub("\\$[0-9]+"; "$") | gsub("\\s+"; " ") | sub("^ "; "") | sub(" ?;? ?$"; "");
    ($api | split("\n") | map(select(length > 0) | norm) | unique) as $a
    | ($sql | split("\n") | map(select(length > 0) | norm) | unique) as $s
    | if ($a | length) == 0 or ($s | length) == 0 then
        {statement: $name, same: false, problem: "not seen in pg_stat_activity on \(if ($a | length) == 0 then "the API" else "the pgbench" end) side"}
      else
        # Every pair of texts seen, compared over the shorter one; the first pair that agrees (else the first pair).
        ([$a[] as $x | $s[] as $y | ([$x, $y] | map(length) | min) as $n
          | {same: ($n >= 200 and $x[0:$n] == $y[0:$n]), comparedCharacters: $n, apiLength: ($x | length), sqlLength: ($y | length),
             seenByApi: $x, seenByPgbench: $y}]) as $pairs
        | {statement: $name, apiDistinctTexts: ($a | length), sqlDistinctTexts: ($s | length)}
          + ((($pairs | map(select(.same))) + $pairs)[0])
      end'
}

# --- warm-up and runs ----------------------------------------------------------------------------------------------

# Warm-up: wrk on the searches for --warmup, pgbench on the search 5 s, 30 conflict-check POSTs, pgbench on the
# candidates 5 s; all discarded. Meanwhile pg_stat_activity shows which statements each side sends: they must be the
# same (else lead-search.sql or lead-search-candidates.sql no longer matches the repository and the ratio is void).
scenario_warmup() {
  local poller search_check cand_check
  mapfile -t SEARCH_D < <(search_defines)
  CANDIDATE_VARIANTS=$(candidate_variants)
  [ "$(jq length <<<"$CANDIDATE_VARIANTS")" -eq 6 ] || die "could not build the six candidate identities"
  mapfile -t CANDIDATE_D < <(candidate_defines)
  log "[lead-search] warm-up: HTTP ${WARMUP_S}s, SQL ${SQL_WARMUP}s, 30 conflict-check POSTs, candidates SQL ${SQL_WARMUP}s"
  : >"$WORK/search-api.txt" && : >"$WORK/search-sql.txt" && : >"$WORK/cand-api.txt" && : >"$WORK/cand-sql.txt"
  poller=$(watch_statements 'from lead l where' "$WORK/search-api.txt")
  [ "$(jq '.requests - .errors.status' <<<"$(wrk_run "$WARMUP_S")")" -gt 0 ] || die "warm-up: no successful search (see $LOG)"
  kill "$poller" 2>/dev/null; wait "$poller" 2>/dev/null || true
  poller=$(watch_statements 'from lead l where' "$WORK/search-sql.txt")
  pgbench_exec -c "$CONNECTIONS" -j "$THREADS" -T "$SQL_WARMUP" "${SEARCH_D[@]}" >/dev/null
  kill "$poller" 2>/dev/null; wait "$poller" 2>/dev/null || true
  poller=$(watch_statements 'with by_name as' "$WORK/cand-api.txt")
  [ "$(conflict_series warm-up 30 | jq .created)" -gt 0 ] || die "warm-up: no conflict-check POST was created (see $LOG)"
  kill "$poller" 2>/dev/null; wait "$poller" 2>/dev/null || true
  poller=$(watch_statements 'with by_name as' "$WORK/cand-sql.txt")
  candidates_exec -T "$SQL_WARMUP" >/dev/null
  kill "$poller" 2>/dev/null; wait "$poller" 2>/dev/null || true
  search_check=$(same_statement "$WORK/search-api.txt" "$WORK/search-sql.txt" "LeadRepository.search")
  cand_check=$(same_statement "$WORK/cand-api.txt" "$WORK/cand-sql.txt" "BuyerMatching.candidates")
  STATEMENT_CHECK=$(jq -cn --argjson a "$search_check" --argjson b "$cand_check" '{search: $a, candidates: $b}')
  echo "$STATEMENT_CHECK" | jq . >>"$LOG"
  jq -e '.search.same and .candidates.same' <<<"$STATEMENT_CHECK" >/dev/null \
    || die "the API and pgbench do not send the same statements (see $LOG): $(jq -c '[.[] | {statement, same, problem}]' <<<"$STATEMENT_CHECK")"
  log "[lead-search] pg_stat_activity: both sides send the same search ($(jq .search.comparedCharacters <<<"$STATEMENT_CHECK") characters compared) and candidates ($(jq .candidates.comparedCharacters <<<"$STATEMENT_CHECK")) statements"
}

# candidates_exec [pgbench options] -> pgbench_exec of the candidates script, one client (as the sequential POSTs).
candidates_exec() {
  local script=$SCENARIO_SQL_SCRIPT out
  SCENARIO_SQL_SCRIPT=$CANDIDATES_SCRIPT
  out=$(pgbench_exec -c 1 -j 1 "$@" "${CANDIDATE_D[@]}") || { SCENARIO_SQL_SCRIPT=$script; die "candidates pgbench failed"; }
  SCENARIO_SQL_SCRIPT=$script
  echo "$out"
}

# API side: wrk on the six searches for --duration; $CONFLICT_POSTS sequential conflict-check POSTs; one import.
scenario_api_run() {
  local search conflict import
  search=$(wrk_run "$DURATION_S")
  conflict=$(conflict_series "run-$1" "$CONFLICT_POSTS")
  import=$(import_run "run-$1")
  jq -c --argjson c "$conflict" --argjson i "$import" '. + {conflict: $c, import: $i}' <<<"$search"
}

# SQL side: pgbench on the search statement for --duration at the same concurrency; then the candidates statement
# alone, one client, for --duration.
scenario_sql_run() {
  local search candidates
  search=$(pgbench_exec -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION_S" "${SEARCH_D[@]}")
  candidates=$(candidates_exec -T "$DURATION_S")
  jq -c --argjson c "$candidates" '. + {candidates: $c}' <<<"$search"
}

scenario_settings() {
  jq -cn --argjson leads "$LEADS_TARGET" --argjson posts "$CONFLICT_POSTS" --argjson rows "$IMPORT_ROWS" \
    --arg firm "$MEASURED_FIRM" --argjson variants "$(printf '%s\n' "${SEARCH_VARIANTS[@]}" | jq -R . | jq -s .)" \
    --argjson candidates "$CANDIDATE_VARIANTS" '
    {leadsTarget: $leads, member: {username: "bench-0001", firmId: $firm, roles: ["MEMBER"]},
     searchVariants: $variants,
     conflictCheck: {postsPerRun: $posts, sequential: true, candidatesPgbench: {clients: 1, identities: $candidates}},
     import: {rowsPerRun: $rows, path: "/api/v1/leads/imports?mode=GOOD_ROWS", contentType: "text/csv"}}'
}

scenario_dataset() {
  sql "select json_build_object(
         'leads', (select count(*) from lead),
         'generatedLeads', (select count(*) from lead where $GENERATED),
         'buyers', (select count(*) from buyer),
         'leadCategories', (select count(*) from lead_category),
         'contacts', (select count(*) from lead_contact),
         'heldClaims', (select count(*) from claim_scope where held and during @> now()),
         'visibility', (select json_object_agg(visibility, n) from (select visibility, count(*) n from lead group by 1) v),
         'visibleToMember', (select count(*) from lead l where $(awk '/^\\if :v = 1/ { getline; print; exit }' "$BENCH_DIR/scenarios/$SCENARIO_SQL_SCRIPT" \
                             | sed -E 's/.* from lead l where (.*) and l\.country = .*/\1/' | sed "s/:firm/'$MEASURED_FIRM'/g")),
         'countries', (select count(distinct country) from lead),
         'benchFirms', $LEAD_FIRMS)" \
    | jq -c --argjson g "$GENERATION" --argjson s "$STATEMENT_CHECK" --argjson items "$SEARCH_ITEMS" \
      '. + {generation: $g, searchPages: $items, statementCheck: $s}'
}

SCENARIO_RUN_LOG='"search API \(.api.rps | floor) req/s, p50 \(.api.latencyMs.p50) ms, p99 \(.api.latencyMs.p99) ms, status ≥ 400: \(.api.errors.status); "
  + "SQL \(.sql.tps | floor) tps, p50 \(.sql.latencyMs.p50) ms; "
  + "conflict POST p50 \(.api.conflict.latencyMs.p50) ms, p99 \(.api.conflict.latencyMs.p99) ms, not 201: \(.api.conflict.errors); "
  + "candidates SQL p50 \(.sql.candidates.latencyMs.p50) ms; "
  + "import \(if .api.import.skipped then "skipped" else "\(.api.import.seconds) s (HTTP \(.api.import.status))" end)"'

# shellcheck disable=SC2016  # jq variables, not shell ones
SCENARIO_JSON_EXTRA='
  .api.median += {conflictP50Ms: ([.api.runs[].conflict.latencyMs.p50] | median | r3),
                  conflictP90Ms: ([.api.runs[].conflict.latencyMs.p90] | median | r3),
                  conflictP99Ms: ([.api.runs[].conflict.latencyMs.p99] | median | r3),
                  conflictErrors: ([.api.runs[].conflict.errors] | median),
                  conflictWithBlindSignal: ([.api.runs[].conflict.withBlindSignal] | median),
                  importSeconds: ([.api.runs[].import | select(.ok) | .seconds] | median | r3),
                  importRowsPerSecond: ([.api.runs[].import | select(.ok) | .rowsPerSecond] | median),
                  importsMeasured: ([.api.runs[].import | select(.ok)] | length),
                  importSkipped: ([.api.runs[].import.skipped // empty] | first)}
  | .sql.median += {candidatesTps: ([.sql.runs[].candidates.tps] | median | r3),
                    candidatesP50Ms: ([.sql.runs[].candidates.latencyMs.p50] | median | r3),
                    candidatesP90Ms: ([.sql.runs[].candidates.latencyMs.p90] | median | r3),
                    candidatesP99Ms: ([.sql.runs[].candidates.latencyMs.p99] | median | r3)}
  | .ratio += {conflictPostP50OverCandidatesP50: (.api.median.conflictP50Ms / .sql.median.candidatesP50Ms | r3),
               conflictRuns: [range(.api.runs | length) as $i
                              | .api.runs[$i].conflict.latencyMs.p50 / .sql.runs[$i].candidates.latencyMs.p50 | r3],
               note: "apiRpsOverSqlTps is the search; conflictPostP50OverCandidatesP50 = one POST /api/v1/leads (p50) over one candidates query (p50)"}'

SCENARIO_MD_HEADING='"\(.startedAt), commit \(.commit); \(.dataset.leads) leads (\(.dataset.visibleToMember) visible to bench-0001, a MEMBER), "
      + "\(.dataset.buyers) buyers, \(.dataset.heldClaims) held claims; search: \(.settings.connections) connections, \(.settings.threads) threads, "
      + "\(.settings.repeats) × \(.settings.durationSeconds) s per side after \(.settings.warmupSeconds) s warm-up; conflict check: "
      + "\(.settings.scenario.conflictCheck.postsPerRun) sequential POSTs per run, candidates SQL 1 client × \(.settings.durationSeconds) s; "
      + "\(.machine.cores) cores; other work kept the CPU \(.machine.backgroundCpuBusyPercent.median * 10 | round / 10) % busy (median; "
      + "\(.machine.backgroundCpuBusyPercent.beforeEachRun | map(tostring) | join(", ")) before each run)."
      + (if .dataset.generation.leadsWritten > 0 then " Generated \(.dataset.generation.leadsWritten) leads in \(.dataset.generation.seconds) s, vacuum (analyze) \(.dataset.generation.vacuumAnalyzeSeconds) s." else "" end)'

SCENARIO_MD_ROWS='row("search: API requests/s"; .api.median.rps; [.api.runs[].rps]),
    row("search: API latency p50 (ms)"; .api.median.p50Ms; [.api.runs[].latencyMs.p50]),
    row("search: API latency p90 (ms)"; .api.median.p90Ms; [.api.runs[].latencyMs.p90]),
    row("search: API latency p99 (ms)"; .api.median.p99Ms; [.api.runs[].latencyMs.p99]),
    row("search: API answers with status ≥ 400"; .api.median.httpErrors; [.api.runs[].errors.status]),
    row("search: SQL transactions/s (pgbench)"; .sql.median.tps; [.sql.runs[].tps]),
    row("search: SQL latency p50 (ms)"; .sql.median.p50Ms; [.sql.runs[].latencyMs.p50]),
    row("search: SQL latency p99 (ms)"; .sql.median.p99Ms; [.sql.runs[].latencyMs.p99]),
    row("search: ratio API req/s ÷ SQL tps"; .ratio.apiRpsOverSqlTps; .ratio.runs),
    row("conflict check: POST /api/v1/leads p50 (ms)"; .api.median.conflictP50Ms; [.api.runs[].conflict.latencyMs.p50]),
    row("conflict check: POST /api/v1/leads p90 (ms)"; .api.median.conflictP90Ms; [.api.runs[].conflict.latencyMs.p90]),
    row("conflict check: POST /api/v1/leads p99 (ms)"; .api.median.conflictP99Ms; [.api.runs[].conflict.latencyMs.p99]),
    row("conflict check: POSTs not answered 201"; .api.median.conflictErrors; [.api.runs[].conflict.errors]),
    row("conflict check: answers with a blind signal"; .api.median.conflictWithBlindSignal; [.api.runs[].conflict.withBlindSignal]),
    row("conflict check: candidates SQL p50 (ms, pgbench, 1 client)"; .sql.median.candidatesP50Ms; [.sql.runs[].candidates.latencyMs.p50]),
    row("conflict check: candidates SQL p99 (ms)"; .sql.median.candidatesP99Ms; [.sql.runs[].candidates.latencyMs.p99]),
    row("conflict check: ratio POST p50 ÷ candidates p50"; .ratio.conflictPostP50OverCandidatesP50; .ratio.conflictRuns),
    (if .api.median.importsMeasured > 0 then
       row("import: \(.settings.scenario.import.rowsPerRun) CSV rows, GOOD_ROWS (s)"; .api.median.importSeconds; [.api.runs[].import.seconds]),
       row("import: rows/s"; .api.median.importRowsPerSecond; [.api.runs[].import.rowsPerSecond])
     else "| import: \(.settings.scenario.import.rowsPerRun) CSV rows | – | not measured: \(.api.median.importSkipped // "no import succeeded") |" end)'
