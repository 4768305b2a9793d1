#!/usr/bin/env bash
# Cold command-line export (issue 20): the packaged launcher exports the 12-page
# acute-low-back-pain template, a fresh JVM each time, R rounds. Each round also runs the same
# export with the background warm-up turned off (-Dhandoutstudio.noWarmUp=true), and, when BEFORE
# names another app-image's dist folder (e.g. an older build), that build too, all interleaved so
# the machine's drift falls on every variant alike. Prints medians and paired ratios.
#
#   bench/cold-export.sh [R=11]        BEFORE=/path/to/dist bench/cold-export.sh 21
set -euo pipefail
cd "$(dirname "$0")/.."
R=${1:-11}
DIST=${DIST:-target/dist}
LAUNCHER=$DIST/handout-studio/bin/handout-studio
[[ -x $LAUNCHER ]] || { echo "no app-image: run mvn verify first" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/data"
now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
variants=(now no-warm-up)
[[ -n ${BEFORE:-} ]] && variants+=(before)
run() {
  local launcher=$LAUNCHER options=
  case $1 in
    no-warm-up) options=-Dhandoutstudio.noWarmUp=true ;;
    before) launcher=$BEFORE/handout-studio/bin/handout-studio ;;
  esac
  JAVA_TOOL_OPTIONS=$options "$launcher" export --template acute-low-back-pain -o "$WORK/$1.pdf" >/dev/null 2>"$WORK/err" \
    || { cat "$WORK/err" >&2; exit 1; }
}
for v in "${variants[@]}"; do run "$v"; : >"$WORK/$v.ms"; done   # untimed: first-run disk caches
for ((r = 0; r < R; r++)); do
  for v in "${variants[@]}"; do
    t0=$(now); run "$v"; t1=$(now)
    echo $(( (t1 - t0) / 1000000 )) >>"$WORK/$v.ms"
  done
done
for v in "${variants[@]}"; do printf '%-11s median %5s ms   (%s)\n' "$v" "$(median <"$WORK/$v.ms")" "$(sort -n "$WORK/$v.ms" | tr '\n' ' ')"; done
for v in "${variants[@]:1}"; do
  paste "$WORK/now.ms" "$WORK/$v.ms" | awk '{print $1 / $2}' | median | xargs printf "now / $v, same round: median %.3f\n"
done
