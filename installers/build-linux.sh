#!/usr/bin/env bash
# Builds the Linux app image and .deb into installers/target/ (see installers/README.md):
#   installers/build-linux.sh            JPACKAGE_JDK=/path/to/jdk picks the JDK (default JAVA_HOME)
# Safe to rerun: every output is rebuilt from scratch, the app only when its sources changed.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

need_tools dpkg-deb fakeroot unzip
find_jdk
echo "JDK $jdk_major: $jdk_home"
build_app_if_needed
stage_input
link_runtime
common_jpackage_args

rm -rf "$target_dir/image" "$target_dir"/*.deb
# JavaFX stays on the class path, as in app/target/embedscope: Maven's JavaFX jars carry their
# native libraries inside and the runtime is linked from JDK modules only, so one runtime serves
# whatever JavaFX version the build used, and the installed app runs the very script and class
# path the tests exercise.
"$jdk_home/bin/jpackage" --type app-image --dest "$target_dir/image" "${common_args[@]}" \
  --icon "$installers_dir/icons/embedscope.png"

# The native launcher (bin/Embedscope) opens the window from the menu; bin/embedscope is the
# command line, the launcher script with its stderr filter and class-data-sharing cache.
image="$target_dir/image/$(prop name)"
install -m 755 "$installers_dir/linux/embedscope-cli" "$image/bin/embedscope"

# jpackage 25 packs its default 32 px icon from an app image despite --icon, unless the icon is
# also in the resource directory under the app's name; 17 takes --icon. So both get both.
resources="$target_dir/resources"
rm -rf "$resources"
mkdir -p "$resources"
cp "$installers_dir"/linux/{postinst,prerm} "$resources/"
cp "$installers_dir/icons/embedscope.png" "$resources/$(prop name).png"

"$jdk_home/bin/jpackage" --type deb --dest "$target_dir" --app-image "$image" \
  --name "$(prop name)" --app-version "$(app_version)" --vendor "$(prop vendor)" \
  --description "$(prop description)" --copyright "$(prop copyright)" \
  --icon "$installers_dir/icons/embedscope.png" --resource-dir "$resources" \
  --linux-package-name "$(prop linux_package)" --linux-app-category "$(prop linux_section)" \
  --linux-menu-group "$(prop linux_category)" --linux-shortcut \
  --linux-package-deps "$(prop linux_deps)"

deb="$(ls "$target_dir"/*.deb)"
echo "built $deb ($(du -h "$deb" | cut -f1)); image $image ($(du -sh "$image" | cut -f1))"
