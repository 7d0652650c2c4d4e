#!/usr/bin/env bash
# Start-up of the production jar to healthy, against an existing database, with and without the JDK 25 AOT cache
# (issue 17). Not a bench/run scenario: it starts the portal itself instead of measuring a running one.
#
#   ./mvnw -q -o -DskipTests package
#   bench/startup.sh [--runs 5] [--jar target/export-alliance-portal-*.jar] [--db embedded|external] [--demo on|off]
#                    [--spring-aot on|off] [--out DIR]
#
# What it does:
#   1. extracts the jar (java -Djarmode=tools -jar ... extract) into a scratch directory and builds the AOT cache with
#      deploy/aot-cache.sh, the script the Dockerfile runs;
#   2. creates the database once, by one start that is not measured (Flyway migrations, demo data);
#   3. starts the extracted jar --runs times with the cache and --runs times without, taking turns, each time until
#      GET /actuator/health/readiness on the management port answers UP, then stops it with SIGTERM.
# Per start: wall time from launching java to readiness UP; the JVM's CPU time (user + system) by then, which other
# work on the machine changes far less than the wall time; RSS at that moment; and the machine's busy share over the
# 3 s before the start (other sessions' work). The report gives medians and every run, in
# bench/results/<timestamp>-startup.{json,md}.
#
# --db embedded (default): the portal's own embedded PostgreSQL in a kept directory, as `java -jar` runs it by default;
#   its start (2-4 s on a quiet machine) is part of every measured start.
# --db external: one PostgreSQL (the jar's StandalonePostgres) started before the runs and kept running; the portal
#   gets SPRING_R2DBC_URL, as in the Docker image and on Kubernetes. Demo mode stays on, so both modes run the same
#   beans and the demo keys come from the kept directory.
# --demo off (with --db external only): the production configuration. The database is still created with demo data
#   by the unmeasured start (existing data), then the measured starts run with PORTAL_DEMO_ENABLED=false and the
#   three keys an operator sets (fresh random ones here), so no demo seeder checks its data before readiness.
# The AOT cache is trained with a throw-away embedded PostgreSQL in both modes, as in the Docker build.
# --spring-aot on (default): every start, the training run included, has -Dspring.aot.enabled=true, as the Docker
#   image's ENTRYPOINT: the bean definitions Spring AOT generated at build time (process-aot) are used. off: without
#   it, for a jar built before process-aot was added (or to see what Spring AOT alone brings).
# Environment: JAVA_HOME (a JDK 25), BENCH_PORT (8190), BENCH_MANAGEMENT_PORT (9190), BENCH_DB_PORT (15590).
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
log() { printf 'startup: %s\n' "$*" >&2; }
die() { printf 'startup: error: %s\n' "$*" >&2; exit 1; }

runs=5 db=embedded demo=on spring_aot=on out="$BENCH_DIR/results" jar=
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --demo) demo=$2; shift 2 ;;
    --spring-aot) spring_aot=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) die "unknown option $1 (see the header of $0)" ;;
  esac
done
case $db in embedded | external) ;; *) die "--db is embedded or external" ;; esac
case $demo in on) ;; off) [ "$db" = external ] || die "--demo off needs --db external" ;; *) die "--demo is on or off" ;; esac
case $spring_aot in on | off) ;; *) die "--spring-aot is on or off" ;; esac
if [ -z "$jar" ]; then
  jar=$(ls "$ROOT"/target/export-alliance-portal-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1 || true)
fi
[ -f "$jar" ] || die "no jar; run ./mvnw -q -o -DskipTests package first"
java=${JAVA_HOME:+$JAVA_HOME/bin/java}
java=${java:-java}
"$java" -version 2>&1 | grep -q 'version "25' || die "needs a JDK 25 (set JAVA_HOME)"
command -v curl >/dev/null && command -v jq >/dev/null || die "needs curl and jq"
port=${BENCH_PORT:-8190} mport=${BENCH_MANAGEMENT_PORT:-9190} dbport=${BENCH_DB_PORT:-15590}
# The flags of the Dockerfile's ENTRYPOINT; the cache must be built and used with the same ones.
flags=(--enable-native-access=ALL-UNNAMED -XX:MaxRAMPercentage=60 -Dspring.aot.enabled=true)
if [ "$spring_aot" = off ]; then # a jar without Spring AOT's generated code refuses to start with the flag
  kept=()
  for f in "${flags[@]}"; do [ "$f" = -Dspring.aot.enabled=true ] || kept+=("$f"); done
  flags=("${kept[@]}")
fi

work=$(mktemp -d -t portal-startup.XXXXXX)
dbpid=
cleanup() {
  [ -z "$dbpid" ] || { kill -TERM "$dbpid" 2>/dev/null || true; wait "$dbpid" 2>/dev/null || true; }
  rm -rf "$work"
}
trap cleanup EXIT

log "extracting $jar into $work/app"
cp "$jar" "$work/portal.jar"
"$java" -Djarmode=tools -jar "$work/portal.jar" extract --destination "$work/app" >/dev/null
app="$work/app/portal.jar"
log "training the AOT cache (deploy/aot-cache.sh)"
started=$SECONDS
AOT_PORT=$port AOT_MANAGEMENT_PORT=$mport JAVA="$java" "$ROOT/deploy/aot-cache.sh" "$app" "${flags[@]}"
training_s=$((SECONDS - started))

dbargs=(--portal.embedded.directory="$work/data" --portal.embedded.port="$dbport")
if [ "$db" = external ]; then
  log "starting PostgreSQL on port $dbport (StandalonePostgres from the jar)"
  "$java" -Dloader.main=org.exportalliance.portal.platform.db.StandalonePostgres -cp "$work/portal.jar" \
    org.springframework.boot.loader.launch.PropertiesLauncher "$dbport" "$work/pgdata" >"$work/postgres.log" 2>&1 &
  dbpid=$!
  until grep -q 'PostgreSQL ready' "$work/postgres.log"; do
    kill -0 "$dbpid" 2>/dev/null || die "PostgreSQL did not start: $(tail -3 "$work/postgres.log")"
    sleep 0.5
  done
  export SPRING_R2DBC_URL="r2dbc:postgresql://localhost:$dbport/postgres" SPRING_R2DBC_USERNAME=postgres \
    SPRING_R2DBC_PASSWORD=postgres PORTAL_DEMO_ENABLED=true
  dbargs=(--portal.embedded.directory="$work/data")
fi

busy() { # per cent of all cores busy over $1 s
  local a b
  a=$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)
  sleep "$1"
  b=$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)
  awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " "); t = y[2] - x[2];
    printf "%.1f\n", (t > 0 ? 100 * (y[1] - x[1]) / t : 0) }'
}

# start VARIANT: one start to readiness UP and a graceful stop; prints a JSON object.
start() {
  local variant=$1 extra=() bg t0 t1 pid rss cpu tck
  [ "$variant" = aot ] && extra=(-XX:AOTCache="${app%.jar}.aot")
  bg=$(busy 3)
  t0=$(date +%s%N)
  "$java" "${flags[@]}" "${extra[@]}" -jar "$app" --server.port="$port" --management.server.port="$mport" \
    "${dbargs[@]}" >"$work/run.log" 2>&1 &
  pid=$!
  until curl -sf -m 1 "http://127.0.0.1:$mport/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$work/run.log" >&2; die "the portal ended before it was ready"; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  tck=$(getconf CLK_TCK)
  cpu=$(awk -v t="$tck" '{print ($14 + $15) / t}' "/proc/$pid/stat")
  # A cache that does not fit is only logged ("[error][aot] ... Unable to map shared spaces"); the JVM starts anyway.
  if grep -q '\[error *\]\[aot\]' "$work/run.log"; then
    grep '\[aot\]' "$work/run.log" >&2
    die "the AOT cache was not used"
  fi
  kill -TERM "$pid"
  wait "$pid" || true
  jq -n --arg v "$variant" --argjson ms $(((t1 - t0) / 1000000)) --argjson cpu "$cpu" --argjson rss "$rss" \
    --argjson bg "$bg" '{variant: $v, readyMs: $ms, cpuSeconds: $cpu, rssMiB: ($rss / 1024 | floor),
      backgroundCpuBusyPercent: $bg}'
}

log "creating the database (one start, not measured)"
start plain >/dev/null
if [ "$demo" = off ]; then
  key() { head -c 32 /dev/urandom | base64; }
  export PORTAL_DEMO_ENABLED=false PORTAL_PASSPORT_KEY=$(key) PORTAL_CHANNELS_KEY=$(key) PORTAL_WEBHOOKS_KEY=$(key)
fi
results=()
for ((i = 1; i <= runs; i++)); do
  for variant in aot plain; do
    r=$(start "$variant")
    log "run $i $variant: $(jq -c . <<<"$r")"
    results+=("$r")
  done
done

stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
printf '%s\n' "${results[@]}" | jq -s --arg stamp "$stamp" --arg commit "$commit" --arg db "$db" --arg demo "$demo" --arg springAot "$spring_aot" \
  --arg jdk "$("$java" -version 2>&1 | head -1)" --argjson cores "$(nproc)" --argjson training "$training_s" '
  def median: sort | if length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end;
  def summary(v): map(select(.variant == v)) | {
    readyMs: (map(.readyMs) | median), cpuSeconds: (map(.cpuSeconds) | median), rssMiB: (map(.rssMiB) | median),
    backgroundCpuBusyPercent: (map(.backgroundCpuBusyPercent) | median), runs: map(del(.variant))};
  {scenario: "startup", timestamp: $stamp, commit: $commit, database: $db, demo: $demo, springAot: $springAot,
   jdk: $jdk, cores: $cores,
   aotTrainingSeconds: $training, withAotCache: summary("aot"), withoutAotCache: summary("plain")}
  | .ratio = {readyMs: ((.withAotCache.readyMs / .withoutAotCache.readyMs) * 100 | round / 100),
              cpuSeconds: ((.withAotCache.cpuSeconds / .withoutAotCache.cpuSeconds) * 100 | round / 100)}' \
  >"$out/$stamp-startup.json"
jq -r '
  def runs(f): [.runs[] | f | tostring] | join(", ");
  "# startup: production jar to readiness UP, existing data (\(.database) database, demo mode \(.demo // "on"), Spring AOT \(.springAot // "off"))\n",
  "\(.timestamp), commit \(.commit), \(.jdk), \(.cores) cores; AOT cache trained in \(.aotTrainingSeconds) s.",
  "Medians of \(.withAotCache.runs | length) starts each, taking turns; background CPU busy before the starts:",
  "\(.withAotCache.backgroundCpuBusyPercent) % (with the cache), \(.withoutAotCache.backgroundCpuBusyPercent) % (without).\n",
  "| metric | with AOT cache | without | ratio | runs with / without |", "|---|---|---|---|---|",
  "| time to readiness UP (s) | \(.withAotCache.readyMs / 1000) | \(.withoutAotCache.readyMs / 1000) | \(.ratio.readyMs) | \(.withAotCache | runs(.readyMs / 1000)) / \(.withoutAotCache | runs(.readyMs / 1000)) |",
  "| CPU time by then (s) | \(.withAotCache.cpuSeconds) | \(.withoutAotCache.cpuSeconds) | \(.ratio.cpuSeconds) | \(.withAotCache | runs(.cpuSeconds)) / \(.withoutAotCache | runs(.cpuSeconds)) |",
  "| RSS at readiness (MiB) | \(.withAotCache.rssMiB) | \(.withoutAotCache.rssMiB) | | \(.withAotCache | runs(.rssMiB)) / \(.withoutAotCache | runs(.rssMiB)) |",
  "| background CPU busy (%) | \(.withAotCache.backgroundCpuBusyPercent) | \(.withoutAotCache.backgroundCpuBusyPercent) | | \(.withAotCache | runs(.backgroundCpuBusyPercent)) / \(.withoutAotCache | runs(.backgroundCpuBusyPercent)) |"
' "$out/$stamp-startup.json" >"$out/$stamp-startup.md"
cat "$out/$stamp-startup.md"
