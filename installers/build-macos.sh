#!/usr/bin/env bash
# Builds the macOS .dmg into installers/target/ on a Mac (see installers/README.md; it cannot be
# built on Linux: jpackage makes a .dmg only on macOS, with hdiutil). Same runtime, JVM options
# and metadata as build-linux.sh, from lib/common.sh and embedscope.properties.
#   installers/build-macos.sh            JPACKAGE_JDK=/path/to/jdk picks the JDK (default JAVA_HOME)
# Unsigned: add --mac-sign --mac-signing-key-user-name "..." to the jpackage call to sign.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

[[ "$(uname -s)" == Darwin ]] || die "a .dmg can only be built on macOS"
need_tools unzip hdiutil
icns="$installers_dir/icons/embedscope.icns"
[[ -f "$icns" ]] || die "no $icns: run installers/icons/make-icons.sh (or iconutil, see installers/README.md)"
find_jdk
build_app_if_needed   # on the Mac, so Maven picks the macOS JavaFX jars (with their natives)
stage_input
link_runtime
common_jpackage_args

rm -rf "$target_dir"/*.dmg
# The native launcher, Embedscope.app/Contents/MacOS/Embedscope, takes the same commands as
# app/target/embedscope; the launcher script itself is in Contents/app for those who want its
# class-data-sharing cache (README: "the command line on macOS").
"$jdk_home/bin/jpackage" --type dmg --dest "$target_dir" "${common_args[@]}" --icon "$icns" \
  --mac-package-identifier "$(prop mac_package_identifier)" --mac-package-name "$(prop name)" \
  --mac-app-category "$(prop mac_category)"
echo "built $(ls "$target_dir"/*.dmg)"
