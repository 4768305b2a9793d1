#!/usr/bin/env bash
# The classes a start loads on a real desktop (GTK windows, OpenGL pipeline) but not in the build's
# headless training run, which uses Monocle. The build adds them to the start-up archive's class
# list. Regenerate after a JavaFX upgrade, on a display (or under Xvfb), after `mvn package`:
#
#   DISPLAY=:0 jpackage/desktop-classlist.sh
set -euo pipefail
cd "$(dirname "$0")/.."
APP=target/dist/handout-studio
LIST=$(mktemp)
DATA=$(mktemp -d)
trap 'rm -rf "$LIST" "$DATA"' EXIT
JAVA_TOOL_OPTIONS="-Dhandoutstudio.startupProbe=true -Dhandoutstudio.dataDir=$DATA -XX:DumpLoadedClassList=$LIST" \
  "$APP/bin/handout-studio" > /dev/null
python3 - "$LIST" target/startup-training.classlist jpackage/desktop.classlist <<'PY'
import sys
desktop, training, out = sys.argv[1:]
def classes(path):
    return {line.split()[0] for line in open(path) if line.strip() and line[0] not in '#@'}
trained = classes(training)
# Only what the training run's own list lacks: names without ids (the dump assigns them).
extra = sorted(c for c in classes(desktop) - trained if '$$' not in c)
lambdas = [line for line in open(desktop) if line.startswith('@lambda-proxy ') and line.split()[1] in set(extra)]
with open(out, 'w') as f:
    f.write('# Classes a desktop start loads beyond the headless training run (jpackage/desktop-classlist.sh).\n')
    f.writelines(c + '\n' for c in extra)
    f.writelines(lambdas)
print(len(extra), 'classes,', len(lambdas), 'lambdas ->', out)
PY
