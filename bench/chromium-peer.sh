#!/usr/bin/env bash
# Cold command-line export against a peer (issue target: export <= 0.85x Chromium): the packaged
# launcher exports the acute-low-back-pain template to PDF, and headless Chromium prints a
# comparable self-contained A4 handout (bench/peer/handout.html) to PDF; both are new processes
# every time. The two run in turn, R rounds, the order swapped each round so the machine's drift
# falls on both alike, after one untimed run of each (Chromium makes its profile, the launcher its
# data folder). Prints each median, the ratio of the medians, each round's ratio (export /
# Chromium, same round) and their median, and the pages of each PDF when pdfinfo is there.
# Chromium is the system package's (chromium, chromium-browser, google-chrome or
# google-chrome-stable on PATH, or $CHROMIUM); without one the script says so and exits 0.
# Needs the app-image (mvn verify).
#
#   bench/chromium-peer.sh [R=11]          CHROMIUM=/path/to/chrome bench/chromium-peer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
R=${1:-11}
if [[ -n ${CHROMIUM:-} ]]; then
  command -v "$CHROMIUM" >/dev/null || { echo "chromium-peer: CHROMIUM=$CHROMIUM is not a command" >&2; exit 1; }
else
  for c in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$c" >/dev/null; then CHROMIUM=$c; break; fi
  done
  if [[ -z ${CHROMIUM:-} ]]; then
    echo "chromium-peer: no Chromium found (install the distribution's chromium package, or set CHROMIUM); skipped" >&2
    exit 0
  fi
fi
DIST=${DIST:-target/dist}
LAUNCHER=$DIST/handout-studio/bin/handout-studio
[[ -x $LAUNCHER ]] || { echo "no app-image: run mvn verify first" >&2; exit 1; }
PAGE="file://$PWD/bench/peer/handout.html"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/data"   # a data folder of its own: the user's settings do not count
now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# Each run prints its milliseconds; a run that fails or writes no PDF stops the script, so a
# failure never slips into the median as a quick run.
export_once() {
  local t0 t1
  rm -f "$WORK/hs.pdf"
  t0=$(now)
  "$LAUNCHER" export --template acute-low-back-pain -o "$WORK/hs.pdf" >/dev/null || {
    echo "chromium-peer: the export failed" >&2; exit 1; }
  t1=$(now)
  [[ -s $WORK/hs.pdf ]] || { echo "chromium-peer: the export wrote no PDF" >&2; exit 1; }
  echo $(( (t1 - t0) / 1000000 ))
}
# A profile of its own (--user-data-dir), so the user's is never touched.
chromium_once() {
  local t0 t1
  rm -f "$WORK/peer.pdf"
  t0=$(now)
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir="$WORK/profile" --print-to-pdf="$WORK/peer.pdf" "$PAGE" >"$WORK/chromium.log" 2>&1 || {
    echo "chromium-peer: $CHROMIUM failed:" >&2; tail -n 5 "$WORK/chromium.log" >&2; exit 1; }
  t1=$(now)
  # A snap-packaged Chromium has a /tmp of its own and cannot read outside the home folder.
  [[ -s $WORK/peer.pdf ]] || { echo "chromium-peer: $CHROMIUM wrote no PDF (a snap build cannot see $WORK or $PAGE: use TMPDIR and a clone under your home, or another build)" >&2
    tail -n 5 "$WORK/chromium.log" >&2; exit 1; }
  echo $(( (t1 - t0) / 1000000 ))
}

export_once >/dev/null
chromium_once >/dev/null
hs=() peer=()
for ((r = 0; r < R; r++)); do
  if ((r % 2 == 0)); then
    hs+=("$(export_once)"); peer+=("$(chromium_once)")
  else
    peer+=("$(chromium_once)"); hs+=("$(export_once)")
  fi
done
h=$(printf '%s\n' "${hs[@]}" | median)
p=$(printf '%s\n' "${peer[@]}" | median)
ratios=()
for ((r = 0; r < R; r++)); do
  ratios+=("$(awk -v a="${hs[r]}" -v b="${peer[r]}" 'BEGIN {printf "%.2f", a / b}')")
done
echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
echo "export    ms: ${hs[*]}  median $h"
echo "chromium  ms: ${peer[*]}  median $p  (export / chromium of the medians: $(awk -v a="$h" -v b="$p" 'BEGIN {printf "%.2f", a / b}'))"
echo "export / chromium, same round: ${ratios[*]}  median $(printf '%s\n' "${ratios[@]}" | median)"
echo "target: ≤ 0.85"
if command -v pdfinfo >/dev/null; then
  pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
  echo "pages: export $(pages "$WORK/hs.pdf"), chromium $(pages "$WORK/peer.pdf")"
fi
