#!/usr/bin/env bash
# The classes a start loads on a real desktop (GTK windows, OpenGL pipeline) but not in the build's
# headless training run, which uses Monocle (jpackage/desktop.classlist). The build's training run
# loads these classes by name, so the JDK 25 start-up cache holds them too (not their lambdas:
# only older runtimes' archive gets those, from the whole file appended to its class list).
# Regenerate after upgrading JavaFX or the bundled JDK, on a display (or under Xvfb with OpenGL),
# after `mvn package`, with the pointer off the window:
#
#   DISPLAY=:0 jpackage/desktop-classlist.sh
set -euo pipefail
cd "$(dirname "$0")/.."
APP=target/dist/handout-studio
if [[ ! -x $APP/bin/handout-studio ]]; then
  echo "desktop-classlist: run 'mvn package' on Linux first (needs $APP)" >&2
  exit 1
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# Both runs list what they load from a copy without the start-up cache: the JVM lists nothing
# while one is in use.
cp -a "$APP" "$WORK/app"
sed -i '/AOTCache\|SharedArchiveFile/d' "$WORK/app/lib/app/handout-studio.cfg"
TRAINED=$WORK/training.classlist
LIST=$WORK/desktop.classlist
if ! env -u DISPLAY JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$TRAINED -Dhandoutstudio.training=" \
    "$WORK/app/bin/handout-studio" >/dev/null 2>&1; then
  echo "desktop-classlist: the headless training run failed" >&2
  exit 1
fi
if ! JAVA_TOOL_OPTIONS="-Dhandoutstudio.startupProbe=true -Dhandoutstudio.dataDir=$WORK/data -XX:DumpLoadedClassList=$LIST" \
    "$WORK/app/bin/handout-studio" 2>/dev/null | grep -q '^first-frame-at '; then
  echo "desktop-classlist: the editor showed no window (is DISPLAY set?)" >&2
  exit 1
fi
versions="JavaFX $(ls target/jpackage-input | sed -n 's/^javafx-base-\([0-9.]*\)\.jar$/\1/p'),"
versions+=" JDK $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' $APP/lib/runtime/release)"
python3 - "$LIST" "$TRAINED" jpackage/desktop.classlist "$versions" <<'PY'
import sys
desktop, training, out, versions = sys.argv[1:]
def classes(path):
    return {line.split()[0] for line in open(path) if line.strip() and line[0] not in '#@'}
# Only what the training run's own list lacks: names without ids (the dump assigns them).
extra = sorted(c for c in classes(desktop) - classes(training) if '$$' not in c)
for needed in ('com/sun/glass/ui/gtk/GtkApplication', 'com/sun/prism/es2/ES2Pipeline'):
    if needed not in extra:
        sys.exit(f'desktop-classlist: {needed} was not loaded: not a GTK desktop with OpenGL? Nothing written.')
lambdas = [line for line in open(desktop) if line.startswith('@lambda-proxy ') and line.split()[1] in set(extra)]
with open(out, 'w') as f:
    f.write(f'# Classes a desktop start loads beyond the headless training run ({versions};\n')
    f.write('# jpackage/desktop-classlist.sh).\n')
    f.writelines(c + '\n' for c in extra)
    f.writelines(lambdas)
print(len(extra), 'classes,', len(lambdas), 'lambdas ->', out)
PY
