#!/usr/bin/env bash
# Batch export speed (issue 20): the packaged launcher exports N handout files (the bundled
# templates, over and over) in one run, and one file alone; the cost a handout after start-up is
# (time for N - time for 1) / (N - 1). Medians of R rounds. Needs the app-image (mvn verify).
#
#   bench/batch.sh [N=105] [R=5]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-105}
R=${2:-5}
DIST=${DIST:-target/dist}
LAUNCHER=$DIST/handout-studio/bin/handout-studio
[[ -x $LAUNCHER ]] || { echo "no app-image: run mvn verify first" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/data"   # a data folder of its own: the user's settings do not count
mapfile -t IDS < <("$LAUNCHER" templates | awk '{print $1}')
mkdir -p "$WORK/in" "$WORK/out"
for ((i = 0; i < N; i++)); do
  id=${IDS[$((i % ${#IDS[@]}))]}
  "$LAUNCHER" new --template "$id" -o "$WORK/in/h$(printf %03d $i).handout.json" >/dev/null
done
now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
: >"$WORK/many"; : >"$WORK/one"
for ((r = 0; r < R; r++)); do
  t0=$(now); "$LAUNCHER" export "$WORK"/in/*.handout.json --out-dir "$WORK/out" >/dev/null; t1=$(now)
  echo $(( (t1 - t0) / 1000000 )) >>"$WORK/many"
  t0=$(now); "$LAUNCHER" export "$WORK/in/h000.handout.json" --out-dir "$WORK/out" >/dev/null; t1=$(now)
  echo $(( (t1 - t0) / 1000000 )) >>"$WORK/one"
done
many=$(median <"$WORK/many"); one=$(median <"$WORK/one")
echo "$N handouts: ${many} ms; one handout: ${one} ms (medians of $R)"
awk -v m="$many" -v o="$one" -v n="$N" 'BEGIN {printf "after start-up: %.1f ms a handout\n", (m - o) / (n - 1)}'
