#!/usr/bin/env bash
# How long POST /api/v1/tokens takes for an unknown name and for a wrong password of a real account
# (issue 13, defect 8: both must cost one hash check, so the two medians must be close). Not part of bench/run:
# it has no SQL side, and it needs sign-in limits loosened on the portal it measures, e.g.
#
#   java -jar target/export-alliance-portal-*.jar --server.port=8090 \
#        --portal.embedded.directory=some/scratch/dir --portal.embedded.port=15490 \
#        --portal.sign-in.address-failures=100000
#   bench/sign-in-timing.sh http://localhost:8090 member demo1234 [rounds]
#
# Each round sends four wrong passwords for the account and four unknown names, interleaved, then the right
# password once, which ends the run of failures before the account's lock (5 in a row) would answer instead.
set -euo pipefail
url="${1:-http://localhost:8080}"; user="${2:-member}"; password="${3:-demo1234}"; rounds="${4:-25}"
command -v curl >/dev/null || { echo "sign-in-timing: curl is needed" >&2; exit 1; }

time_of() { # username password -> seconds
  curl -s -o /dev/null -w '%{time_total}\n' -X POST -u "$1:$2" "$url/api/v1/tokens"
}
median_ms() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f ms (n=%d)\n", m*1000, NR}'; }

wrong=$(mktemp); unknown=$(mktemp); trap 'rm -f "$wrong" "$unknown"' EXIT
for ((r = 0; r < rounds; r++)); do
  for i in 1 2 3 4; do
    time_of "$user" "wrong-$r-$i" >>"$wrong"
    time_of "nobody-$r-$i-$RANDOM" "wrong" >>"$unknown"
  done
  curl -s -o /dev/null -X POST -u "$user:$password" "$url/api/v1/tokens"
done
echo "wrong password for '$user': $(median_ms <"$wrong")"
echo "unknown name:              $(median_ms <"$unknown")"
