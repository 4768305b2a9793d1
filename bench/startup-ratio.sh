#!/usr/bin/env bash
# Start-up target of the editor (issue 6): time from process start to the first frame of the
# editor's window, against a bare JavaFX "hello" window on the same machine, started the same way.
# Runs both alternately RUNS times and prints each median and the ratio.
#
#   bench/startup-ratio.sh [RUNS]          needs a display: DISPLAY, or run it under xvfb-run
#
# After `mvn verify` it also times the packaged launcher (target/dist), which is what users start.
# With BEFORE=/path/to/dist (the dist folder of another build) each round also starts that build's
# editor, and the script gives the same-round ratio of this build to it.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
CP_FILE=target/startup-classpath.txt
[[ -f $CP_FILE ]] || mvn -q -o dependency:build-classpath -Dmdep.outputFile=$CP_FILE >/dev/null
CP=$(cat $CP_FILE)
DATA=$(mktemp -d)
STEPS=$(mktemp)
trap 'rm -rf "$DATA" "$STEPS"' EXIT

# Milliseconds from launching the command to the first frame it reports; stops the script if the
# command never reports one (a crash must not slip into the median as a huge negative number).
# Start-up steps the command traces ("startup <step> <epoch ms> <thread>") are added to $STEPS.
probe() {
  local launched out frame
  launched=$(date +%s%3N)
  out=$("$@" 2>/dev/null)
  frame=$(sed -n 's/^first-frame-at //p' <<< "$out")
  if [[ -z $frame ]]; then
    echo "startup-ratio: no first frame from: $*" >&2
    kill -TERM $$
  fi
  awk -v t0="$launched" '/^startup / {print $2, $3 - t0}' <<< "$out" >> "$STEPS"
  echo $((frame - launched))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# The packaged editor is compared with a hello window packaged the same way: a runtime of the same
# JDK and modules, the same launcher (on Linux the app's own, jpackage/linux/launcher.c; jpackage's
# asks rpm and dpkg about itself, ~0.2 s) and JVM options. The hello runtime gets the JDK's own
# class-data-sharing archive; the editor's start-up cache of its own classes is the editor's work,
# so hello has no such thing.
APP=target/dist/handout-studio
HELLO_APP=target/bench/hello
JPACKAGE_HELLO_APP=target/bench/hello-jpackage
if [[ -x $APP/bin/handout-studio && ( ! -x $HELLO_APP/bin/hello || ( -x target/linux-launcher && ! -x $JPACKAGE_HELLO_APP/bin/hello ) ) ]]; then
  rm -rf target/bench && mkdir -p target/bench/input
  jar --create --file target/bench/input/hello.jar -C target/test-classes org/handoutstudio/bench/HelloWindow.class \
    -C target/test-classes 'org/handoutstudio/bench/HelloWindow$Main.class' \
    -C target/classes org/handoutstudio/ui/FirstFrame.class
  cp target/jpackage-input/javafx-*.jar target/bench/input/
  version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' $APP/lib/runtime/release)
  jdk=/usr/lib/jvm/temurin-$version-jdk-amd64   # as the pom's runtime-jdk-25 profile picks it
  [[ -x $jdk/bin/jlink ]] || jdk=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  modules=$(sed -n 's/^MODULES="\(.*\)"/\1/p' $APP/lib/runtime/release | tr ' ' ',')
  "$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
    --generate-cds-archive --output target/bench/hello-runtime
  options=$(sed -n '/^\[JavaOptions\]/,/^\[CommandLine\]/s/^java-options=//p' $APP/lib/app/handout-studio.cfg | grep -v 'jpackage.app-version\|SharedArchiveFile' | tr '\n' ' ')
  jpackage --type app-image --name hello --dest target/bench --input target/bench/input --main-jar hello.jar \
    --main-class 'org.handoutstudio.bench.HelloWindow$Main' --runtime-image target/bench/hello-runtime --java-options "$options"
  if [[ -x target/linux-launcher ]]; then   # the app's own Linux launcher (jpackage/linux/launcher.c)
    cp -a $HELLO_APP $JPACKAGE_HELLO_APP     # and the same hello as jpackage launches it
    cp target/linux-launcher $HELLO_APP/bin/hello
    rm -f $HELLO_APP/lib/libapplauncher.so
  fi
fi

hello=() editor=() packaged=() packaged_hello=() jpackage_hello=() before=()
for ((i = 0; i < RUNS; i++)); do
  hello+=("$(probe java -cp target/test-classes:target/classes:$CP 'org.handoutstudio.bench.HelloWindow$Main')")
  editor+=("$(probe java -Dhandoutstudio.startupProbe=true -Dhandoutstudio.dataDir=$DATA -cp target/classes:$CP org.handoutstudio.Launcher)")
  if [[ -x $HELLO_APP/bin/hello ]]; then
    packaged_hello+=("$(probe $HELLO_APP/bin/hello)")
    [[ -x $JPACKAGE_HELLO_APP/bin/hello ]] && jpackage_hello+=("$(probe $JPACKAGE_HELLO_APP/bin/hello)")
    packaged+=("$(JAVA_TOOL_OPTIONS="-Dhandoutstudio.startupProbe=true -Dhandoutstudio.startupTrace=true -Dhandoutstudio.dataDir=$DATA" \
      probe $APP/bin/handout-studio)")
    if [[ -n ${BEFORE:-} ]]; then
      before+=("$(JAVA_TOOL_OPTIONS="-Dhandoutstudio.startupProbe=true -Dhandoutstudio.dataDir=$DATA" \
        probe "$BEFORE/handout-studio/bin/handout-studio")")
    fi
  fi
done
h=$(printf '%s\n' "${hello[@]}" | median)
e=$(printf '%s\n' "${editor[@]}" | median)
echo "hello            ms: ${hello[*]}  median $h"
echo "editor           ms: ${editor[*]}  median $e  ratio $(awk -v a="$e" -v b="$h" 'BEGIN {printf "%.2f", a / b}')"
if ((${#packaged[@]})); then
  ph=$(printf '%s\n' "${packaged_hello[@]}" | median)
  p=$(printf '%s\n' "${packaged[@]}" | median)
  echo "packaged hello   ms: ${packaged_hello[*]}  median $ph"
  echo "packaged editor  ms: ${packaged[*]}  median $p  ratio $(awk -v a="$p" -v b="$ph" 'BEGIN {printf "%.2f", a / b}')" \
    "(to the bare hello: $(awk -v a="$p" -v b="$h" 'BEGIN {printf "%.2f", a / b}'))"
  # The machine's speed drifts within a set by more than the difference being measured, so each
  # editor run is also divided by the hello run just before it (same round, same moment) and the
  # median of those ratios is given with a 90% bootstrap interval: a single set's ratio of medians
  # moves by +-0.05 from set to set.
  if ((${#jpackage_hello[@]})); then
    echo "jpackage's hello ms: ${jpackage_hello[*]}  median $(printf '%s\n' "${jpackage_hello[@]}" | median)" \
      "(the hello with jpackage's launcher)"
  fi
  echo "packaged editor / hello of the same round: $(python3 - "${packaged_hello[*]}" "${packaged[*]}" "${hello[*]}" "${jpackage_hello[*]}" <<'PY'
import random, statistics, sys
def paired(base, editor):
    ratios = [e / b for b, e in zip(map(int, base.split()), map(int, editor.split()))]
    rng = random.Random(1)
    boot = sorted(statistics.median(rng.choices(ratios, k=len(ratios))) for _ in range(2000))
    return f'{statistics.median(ratios):.2f} (90% interval {boot[100]:.2f}-{boot[1899]:.2f})'
line = f'packaged hello {paired(sys.argv[1], sys.argv[2])}, bare hello {paired(sys.argv[3], sys.argv[2])}'
if sys.argv[4]:
    line += f", jpackage's hello {paired(sys.argv[4], sys.argv[2])}"
print(line)
PY
)"
fi
if ((${#before[@]})); then
  echo "before           ms: ${before[*]}  median $(printf '%s\n' "${before[@]}" | median)"
  echo "packaged editor / before of the same round: $(python3 - "${before[*]}" "${packaged[*]}" <<'PY'
import random, statistics, sys
ratios = [e / b for b, e in zip(map(int, sys.argv[1].split()), map(int, sys.argv[2].split()))]
rng = random.Random(1)
boot = sorted(statistics.median(rng.choices(ratios, k=len(ratios))) for _ in range(2000))
print(f'{statistics.median(ratios):.3f} (90% interval {boot[100]:.3f}-{boot[1899]:.3f})')
PY
)"
fi
if [[ -s $STEPS ]]; then
  # Where the packaged editor's time goes: each step's median time from launch, earliest first.
  echo "packaged editor steps (median ms from launch): $(python3 - "$STEPS" <<'PY'
import statistics, sys
steps = {}
for line in open(sys.argv[1]):
    name, ms = line.split()
    steps.setdefault(name, []).append(int(ms))
print('  '.join(f'{name} {statistics.median(v):.0f}' for name, v in sorted(steps.items(), key=lambda s: statistics.median(s[1]))))
PY
)"
fi
