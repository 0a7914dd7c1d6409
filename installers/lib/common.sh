# Shared by build-linux.sh and build-macos.sh (sourced, not run): reads the shared configuration,
# builds the app if needed, stages the jpackage input and links the trimmed runtime.
# build-windows.ps1 does the same steps in PowerShell; keep the two in step.

installers_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo_dir="$(dirname "$installers_dir")"
target_dir="$installers_dir/target"
app_target="$repo_dir/app/target"

die() { echo "${0##*/}: $*" >&2; exit 1; }

# prop KEY: the value of KEY in embedscope.properties
prop() {
  local value
  value="$(sed -n "s/^$1=//p" "$installers_dir/embedscope.properties")"
  [[ -n "$value" ]] || die "no $1= in installers/embedscope.properties"
  printf '%s\n' "$value"
}

# The JDK whose jlink and jpackage build the package, and whose modules become the runtime:
# JPACKAGE_JDK, else JAVA_HOME, else the one on the PATH.
find_jdk() {
  local jdk="${JPACKAGE_JDK:-${JAVA_HOME:-}}"
  if [[ -z "$jdk" ]]; then
    local jpackage_cmd
    jpackage_cmd="$(command -v jpackage)" || die "jpackage not found: install a JDK 17+ (with jpackage) or set JPACKAGE_JDK"
    jdk="$(dirname "$(dirname "$(readlink -f "$jpackage_cmd")")")"
  fi
  for tool in jlink jpackage jdeps; do
    [[ -x "$jdk/bin/$tool" ]] || die "$jdk has no bin/$tool: set JPACKAGE_JDK to a full JDK 17 or newer"
  done
  jdk_home="$jdk"
  jdk_major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")"
  [[ "$jdk_major" -ge 17 ]] || die "$jdk is Java $jdk_major; the app needs 17 or newer"
}

need_tools() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || die "$tool not found; see installers/README.md for the prerequisites"
  done
}

# mvn package (no tests) unless the last one this script ran is newer than every source and pom.
# A stamp, not the jar's time: Maven leaves an unchanged jar alone.
build_app_if_needed() {
  local stamp="$target_dir/app-built.stamp"
  if [[ -f "$stamp" && -f "$app_target/embedscope" && -f "$app_target/jvm.options" ]] \
      && [[ -z "$(find "$repo_dir"/pom.xml "$repo_dir"/{model,render,app,assets} \
                   -path '*/target' -prune -o -newer "$stamp" -type f -print -quit)" ]]; then
    echo "app is up to date: $app_target/lib"
    return
  fi
  need_tools mvn
  echo "building the app (mvn package, no tests)"
  mkdir -p "$target_dir"
  touch "$target_dir/app-built.stamp.new"
  (cd "$repo_dir" && mvn -q -B -DskipTests -Dembedscope.skipStartupArchive=true package)
  mv "$target_dir/app-built.stamp.new" "$stamp"
}

# The package version: the app jar's Implementation-Version without -SNAPSHOT (jpackage wants
# plain numbers, and the Windows and macOS installers refuse anything else).
app_version() {
  unzip -p "$app_target/lib/embedscope.jar" META-INF/MANIFEST.MF \
    | sed -n 's/^Implementation-Version: *\([0-9.]*\).*/\1/p' | tr -d '\r'
}

# jpackage input: the launcher script, its jvm.options and lib/ with every jar, in the layout the
# script expects, so the installed app carries the same script as app/target/embedscope. The
# script's CDS archive is not copied: it belongs to the build's JVM and jar paths.
stage_input() {
  input_dir="$target_dir/input"
  rm -rf "$input_dir"
  mkdir -p "$input_dir/lib"
  cp "$app_target/embedscope" "$app_target/jvm.options" "$input_dir/"
  cp "$app_target"/lib/*.jar "$input_dir/lib/"
}

# A runtime with only the modules the app needs. Linked from the JDK's jmods, or on JDKs built
# without them (JEP 493, some 24+ builds) from the running image. The base CDS archive is not
# only a faster start: the launcher script's per-user archive (-XX:ArchiveClassesAtExit) is
# refused by a JVM that has none, and the JVM then does not start at all.
link_runtime() {
  runtime_dir="$target_dir/runtime"
  rm -rf "$runtime_dir"
  local compress=zip-6
  [[ "$jdk_major" -ge 21 ]] || compress=2
  local module_path=()
  [[ -d "$jdk_home/jmods" ]] && module_path=(--module-path "$jdk_home/jmods")
  "$jdk_home/bin/jlink" "${module_path[@]}" --add-modules "$(prop modules)" \
    --strip-debug --no-man-pages --no-header-files --compress="$compress" --generate-cds-archive \
    --output "$runtime_dir"
}

# --java-options for each line of jvm.options, plus the option the launcher script adds for
# JVMs from 23 on (see app/src/launcher/embedscope): the bundled runtime's version is known here.
java_option_args() {
  java_options=()
  local option
  while IFS= read -r option; do
    [[ -z "$option" || "$option" == \#* ]] || java_options+=(--java-options "$option")
  done < "$app_target/jvm.options"
  if [[ "$jdk_major" -ge 23 ]]; then
    java_options+=(--java-options --sun-misc-unsafe-memory-access=allow)
  fi
}

# The arguments every platform's jpackage call shares.
common_jpackage_args() {
  java_option_args
  common_args=(
    --name "$(prop name)" --app-version "$(app_version)" --vendor "$(prop vendor)"
    --description "$(prop description)" --copyright "$(prop copyright)"
    --input "$input_dir" --main-jar lib/embedscope.jar --main-class "$(prop main_class)"
    --runtime-image "$runtime_dir" "${java_options[@]}"
  )
}
