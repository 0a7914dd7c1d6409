#!/usr/bin/env bash
# Checks the built .deb without installing it: unpacks it into a scratch root (dpkg-deb -x, no
# root needed), checks the desktop entry, icon and declared dependencies, then runs the unpacked
# launchers: --help, a command on the bundled dataset, and the window under Xvfb, whose screenshot
# must show a drawn map. Slow (a minute or two), so not part of `mvn test`; CI runs it through
# .ci/installers. Leaves its scratch root and screenshots in installers/target/test-deb/.
#   installers/test-deb.sh [PACKAGE.deb]       default: the one in installers/target/
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$here/target/test-deb"

fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }
ok() { echo "test-deb: ok: $*"; }

for tool in dpkg-deb xvfb-run identify convert timeout; do
  command -v "$tool" >/dev/null || fail "$tool not found (dpkg, xvfb and imagemagick packages)"
done
if [[ $# -gt 0 ]]; then
  deb="$1"
else
  debs=("$here"/target/*.deb)
  [[ ${#debs[@]} -eq 1 && -f "${debs[0]}" ]] || fail "expected one .deb in installers/target/ (run installers/build-linux.sh), found: ${debs[*]}"
  deb="${debs[0]}"
fi
[[ -f "$deb" ]] || fail "no such package: $deb"

rm -rf "$work"
root="$work/root"
mkdir -p "$root" "$work/home"
dpkg-deb -x "$deb" "$root"
package="$(dpkg-deb -f "$deb" Package)"
app="$root/opt/$package"
ok "unpacked $(basename "$deb") ($(du -h "$deb" | cut -f1)) into $root"

depends="$(dpkg-deb -f "$deb" Depends)"
for dep in libgtk-3-0 libxtst6 libasound2 libgl1 libfreetype6; do
  grep -Eq "(^|[ ,])$dep([ ,(]|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
ok "Depends names libgtk-3-0, libxtst6, libasound2, libgl1, libfreetype6"

desktop="$(find "$app" -name '*.desktop' -type f -not -path '*/runtime/*' | head -1)"
[[ -n "$desktop" ]] || fail "no desktop entry under /opt/$package"
entry() { sed -n "s/^$1=//p" "$desktop"; }
grep -q "Education" <<<"$(entry Categories)" || fail "desktop entry categories are '$(entry Categories)'"
exec_path="$(entry Exec | cut -d' ' -f1)"
[[ -x "$root$exec_path" ]] || fail "desktop entry runs $exec_path, which is not in the package"
icon="$(entry Icon)"
[[ -f "$root$icon" ]] || fail "desktop entry icon $icon is not in the package"
[[ "$(identify -format '%m %w' "$root$icon")" == "PNG 256" ]] || fail "icon $icon is not a 256 px PNG"
ok "desktop entry $(basename "$desktop"): Exec=$exec_path, Icon=$icon, Categories=$(entry Categories)"

# Nothing leaks into the caller's home: JavaFX's unpacked natives, the vector and CDS caches.
export HOME="$work/home" XDG_CACHE_HOME="$work/home/.cache" XDG_CONFIG_HOME="$work/home/.config"
unset JAVA_HOME EMBEDSCOPE_JAVA_OPTS EMBEDSCOPE_CACHE_DIR
cli="$app/bin/embedscope"

"$cli" --help >"$work/help.txt" 2>&1 || fail "embedscope --help exited $? ($(head -3 "$work/help.txt"))"
grep -q "neighbors" "$work/help.txt" || fail "embedscope --help does not list the commands: $(head -5 "$work/help.txt")"
ok "embedscope --help"

"$cli" neighbors king -k 10 >"$work/neighbors.txt" 2>"$work/neighbors.err" \
  || fail "embedscope neighbors king exited $?: $(cat "$work/neighbors.err")"
grep -q "^queen " "$work/neighbors.txt" || fail "neighbors of king lack queen: $(cat "$work/neighbors.txt")"
[[ ! -s "$work/neighbors.err" ]] || fail "embedscope neighbors wrote to stderr: $(cat "$work/neighbors.err")"
ok "embedscope neighbors king: $(awk '{print $1}' "$work/neighbors.txt" | head -5 | paste -sd' ')"

"$app/bin/$(basename "$exec_path")" --help >"$work/native-help.txt" 2>&1 \
  || fail "the native launcher's --help exited $?: $(head -3 "$work/native-help.txt")"
ok "native launcher $exec_path --help"

# The map is drawn if its part of the window (right of the side panel) shows thousands of
# colours: the bundled map's points and labels give about 7,700, the side panel alone about 500,
# and a blank window or an error dialog a handful.
check_screenshot() {
  local shot="$1" what="$2" width height colours
  [[ -s "$shot" ]] || fail "$what wrote no screenshot"
  read -r width height <<<"$(identify -format '%w %h' "$shot")"
  (( width >= 800 && height >= 500 )) || fail "$what screenshot is only ${width}x${height}"
  colours="$(convert "$shot" -crop "60%x70%+$(( width * 2 / 5 ))+$(( height / 7 ))" +repage -format '%k' info:)"
  (( colours >= 2000 )) || fail "$what screenshot's map area has only $colours colours: no map drawn? see $shot"
  ok "$what screenshot ${width}x${height}, $colours colours in the map area: $shot"
}
screen=(-s "-screen 0 1600x1000x24")
timeout 300 xvfb-run -a "${screen[@]}" "$cli" gui --screenshot "$work/cli-gui.png" >"$work/cli-gui.log" 2>&1 \
  || fail "embedscope gui --screenshot exited $?: $(tail -5 "$work/cli-gui.log")"
check_screenshot "$work/cli-gui.png" "embedscope gui"
timeout 300 xvfb-run -a "${screen[@]}" "$root$exec_path" gui --screenshot "$work/native-gui.png" >"$work/native-gui.log" 2>&1 \
  || fail "the desktop entry's launcher exited $?: $(tail -5 "$work/native-gui.log")"
check_screenshot "$work/native-gui.png" "desktop launcher"
echo "test-deb: all checks passed"
