#!/usr/bin/env bash
# Checks the Linux installer built by `mvn -Pinstaller package`: unpacks the .deb into a
# temporary folder (nothing is installed), runs its launcher headless (--version, and an export
# of one template), checks the PDF, the package's declared dependencies and its desktop entry.
# Needs dpkg-deb and pdftotext/pdffonts (Debian: dpkg, poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "test-deb: $*" >&2; exit 1; }
for tool in dpkg-deb pdftotext pdffonts; do
  command -v "$tool" >/dev/null || fail "needs $tool (apt-get install dpkg poppler-utils)"
done
deb=$(ls target/dist/handout-studio_*.deb 2>/dev/null | head -n 1 || true)
[ -n "$deb" ] || fail "no .deb in target/dist; run mvn -Pinstaller package first"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The tester's own settings and library must not affect the check.
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
dpkg-deb -x "$deb" "$work/root"
launcher="$work/root/opt/handout-studio/bin/handout-studio"
[ -x "$launcher" ] || fail "no launcher at /opt/handout-studio/bin/handout-studio in the package"

# The start-up cache: postinst makes it usable where the package installs the app (JDK 25: sets
# the jars' time back; older runtimes: rewrites the archive). Run that step against the unpacked
# tree, then insist the cache maps and the app's own classes come from it.
dpkg-deb -e "$deb" "$work/scripts"
for script in "$work"/scripts/{preinst,postinst,prerm,postrm}; do
  [ -f "$script" ] || continue
  sh -n "$script" || fail "$(basename "$script") is not a valid shell script"
  ! grep -nE '^[A-Z_]{8,}$' "$script" || fail "$(basename "$script") has a placeholder jpackage did not fill in"
done
step=$(sed -n '/^app=\/opt\/handout-studio\/lib\/app$/,/^fi$/p' "$work/scripts/postinst")
[ -n "$step" ] || fail "postinst does not prepare the start-up cache"
sh -ec "${step//\/opt\/handout-studio/$work/root/opt/handout-studio}"
app="$work/root/opt/handout-studio/lib/app"
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$work/root/opt/handout-studio/lib/runtime/release")
if ((major >= 25)); then
  [ -f "$app/handout-studio.aot" ] || fail "a JDK $major runtime but no ahead-of-time cache in the package"
  # The time the cache was written for (pom.xml): JDK 25.0.3 does not check it yet (JDK-8377932).
  expected=$(sed -n 's:.*<startup.jar.time>\([0-9]*\)</startup.jar.time>.*:\1:p' pom.xml)
  for jar in "$app"/*.jar; do
    [ "$(stat -c %Y "$jar")" = "$expected" ] || fail "postinst left $(basename "$jar") at another time than the cache's ($expected)"
  done
fi
# The JVM refuses to start with -Xshare:on unless the cache maps.
JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>"$work/cds.txt" \
  || fail "the start-up cache does not map in the installed location: $(cat "$work/cds.txt")"
# And the app's own classes come from it (the JVM drops the part for jars it no longer trusts).
JAVA_TOOL_OPTIONS=-Xlog:class+load=info:stderr "$launcher" --version >/dev/null 2>"$work/cds.txt" \
  || fail "the launcher failed: $(tail -n 3 "$work/cds.txt")"
grep -q 'org.handoutstudio.Launcher source: shared objects file' "$work/cds.txt" \
  || fail "the app's classes do not come from the start-up cache in the installed location"
# --version is a command line, with a cache of its own. The editor's is checked by the build's
# training run, started as the editor is (no arguments), which opens it headless and exits.
JAVA_TOOL_OPTIONS="-Xshare:on -Dhandoutstudio.training= -Xlog:class+load=info:stderr" DISPLAY= "$launcher" \
  >/dev/null 2>"$work/cds.txt" || fail "the editor's start-up cache does not map in the installed location: $(tail -n 3 "$work/cds.txt")"
grep -q 'org.handoutstudio.ui.EditorApp source: shared objects file' "$work/cds.txt" \
  || fail "the editor's classes do not come from its start-up cache in the installed location"

version=$(dpkg-deb -f "$deb" Version)
printed=$("$launcher" --version)
grep -q "^Handout Studio ${version%-*} (commit " <<<"$printed" || fail "--version does not print the version and commit: $printed"

"$launcher" export --template acute-low-back-pain -o "$work/out.pdf" --date 2026-11-22 >/dev/null 2>"$work/err.txt" \
  || fail "export failed: $(cat "$work/err.txt")"
[ ! -s "$work/err.txt" ] || fail "export wrote to stderr: $(cat "$work/err.txt")"
# Captured first: with pipefail, grep -q closing the pipe early would fail the producer.
text=$(pdftotext "$work/out.pdf" -)
fonts=$(pdffonts "$work/out.pdf")
grep -q "Back pain" <<<"$text" || fail "the exported PDF lacks the handout's text"
grep -q "AtkinsonHyperlegible.*yes *yes" <<<"$fonts" || fail "the font is not embedded and subset"

depends=$(dpkg-deb -f "$deb" Depends)
for dep in libgtk-3-0 libgl1 libxtst6 libfreetype6; do
  grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
for field in Maintainer Description; do
  [ -n "$(dpkg-deb -f "$deb" "$field")" ] || fail "the package has no $field"
done

desktop=$(find "$work/root" -type f -name '*.desktop' | head -n 1)
[ -n "$desktop" ] || fail "no desktop entry in the package"
grep -q '^Categories=Office;' "$desktop" || fail "desktop entry is not in the Office category"
grep -q '^MimeType=application/x-handout-studio;' "$desktop" || fail "desktop entry has no handout MIME type"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$work/root$icon" ] || fail "desktop entry icon $icon is not in the package"
dpkg-deb -e "$deb" "$work/control"
grep -rqs "handout.json" "$work/control" "$work/root/opt/handout-studio/lib" || fail "no file association for .handout.json"

size=$(du -k "$deb" | cut -f1)
echo "test-deb: OK: $(basename "$deb") (${size} KB), launcher, export, dependencies and desktop entry checked"
