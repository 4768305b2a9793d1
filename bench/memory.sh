#!/usr/bin/env bash
# Memory (issue 20): the editor's resident size with the largest template open and after 200 and
# 1,200 edits, with the live heap checked for growth between those two (a leak fails the run,
# exit 1; see MemoryProbe), and the command line's peak resident size exporting a 200-item
# handout. The editor runs from target/classes with the packaged launcher's JVM options on the
# JDK the app-image was linked from; the export runs on the packaged launcher itself.
#
#   bench/memory.sh        needs the app-image (mvn verify) and a display: DISPLAY, or xvfb-run
set -euo pipefail
cd "$(dirname "$0")/.."
APP=target/dist/handout-studio
LAUNCHER=$APP/bin/handout-studio
[[ -x $LAUNCHER ]] || { echo "no app-image: run mvn verify first" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time (/usr/bin/time) for the export's peak" >&2; exit 1; }
CP_FILE=target/startup-classpath.txt
[[ -f $CP_FILE ]] || mvn -q -o dependency:build-classpath -Dmdep.outputFile=$CP_FILE >/dev/null
version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' $APP/lib/runtime/release)
jdk=/usr/lib/jvm/temurin-$version-jdk-amd64
[[ -x $jdk/bin/java ]] || jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
options=$(sed -n '/^\[JavaOptions\]/,/^\[CommandLine\]/s/^java-options=//p' $APP/lib/app/handout-studio.cfg | grep -v 'jpackage.app-version\|SharedArchiveFile' | tr '\n' ' ')
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/data"

echo "editor ($jdk/bin/java $options):"
# shellcheck disable=SC2086   # the options are separate words
"$jdk/bin/java" $options -Djava.io.tmpdir="$WORK" -cp "target/test-classes:target/classes:$(cat $CP_FILE)" \
  'org.handoutstudio.bench.MemoryProbe$Main' | sed 's/^/  /'

"$LAUNCHER" new --template acute-low-back-pain -o "$WORK/base.handout.json" >/dev/null
"$LAUNCHER" library --json >"$WORK/library.json"
python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
handout = json.load(open(f"{work}/base.handout.json"))
ids = [item["id"] for item in json.load(open(f"{work}/library.json"))]
handout["items"] = [{"ref": ids[i % len(ids)]} for i in range(200)]
json.dump(handout, open(f"{work}/many.handout.json", "w"), indent=2)
PY
/usr/bin/time -f '%M' -o "$WORK/peak" "$LAUNCHER" export "$WORK/many.handout.json" -o "$WORK/many.pdf" >/dev/null
echo "command line, exporting 200 items: peak resident $(( $(cat "$WORK/peak") / 1024 )) MB ($(( $(stat -c %s "$WORK/many.pdf") / 1024 )) KB PDF)"
