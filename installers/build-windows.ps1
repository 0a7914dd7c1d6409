# Builds the Windows .msi into installers\target\ on Windows (see installers\README.md; it cannot
# be built on Linux: jpackage makes an .msi only on Windows, with WiX). The same steps, runtime,
# JVM options and metadata as build-linux.sh and lib/common.sh, from embedscope.properties and
# app\target\jvm.options; keep them in step.
#   powershell -ExecutionPolicy Bypass -File installers\build-windows.ps1 [-Rebuild]
# $env:JPACKAGE_JDK (default $env:JAVA_HOME) picks the JDK.
param([switch]$Rebuild)
$ErrorActionPreference = 'Stop'

$installers = $PSScriptRoot
$repo = Split-Path $installers -Parent
$target = Join-Path $installers 'target'
$appTarget = Join-Path $repo 'app\target'
function Fail($message) { Write-Error "build-windows: $message"; exit 1 }

# ConvertFrom-StringData treats backslashes as escapes; embedscope.properties has none.
$props = Get-Content (Join-Path $installers 'embedscope.properties') -Raw | ConvertFrom-StringData

$jdk = if ($env:JPACKAGE_JDK) { $env:JPACKAGE_JDK } elseif ($env:JAVA_HOME) { $env:JAVA_HOME } else { Fail 'set JPACKAGE_JDK or JAVA_HOME to a JDK 17+' }
foreach ($tool in 'jlink', 'jpackage') {
  if (-not (Test-Path (Join-Path $jdk "bin\$tool.exe"))) { Fail "$jdk has no bin\$tool.exe: use a full JDK 17 or newer" }
}
# jpackage before 24 needs WiX 3 (candle.exe, light.exe); 24 and newer also take WiX 4 or 5 (wix.exe).
if (-not ((Get-Command candle.exe -ErrorAction SilentlyContinue) -or (Get-Command wix.exe -ErrorAction SilentlyContinue))) {
  Fail 'WiX not found on the PATH: install WiX 3.14 (or 4+ with JDK 24+), see installers\README.md'
}
$jdkMajor = [int]((Select-String -Path (Join-Path $jdk 'release') -Pattern '^JAVA_VERSION="(\d+)').Matches[0].Groups[1].Value)

# On Windows, so Maven picks the Windows JavaFX jars (with their DLLs).
$jar = Join-Path $appTarget 'lib\embedscope.jar'
if ($Rebuild -or -not (Test-Path $jar) -or -not (Test-Path (Join-Path $appTarget 'jvm.options'))) {
  Push-Location $repo
  try { mvn -q -B -DskipTests '-Dembedscope.skipStartupArchive=true' package; if ($LASTEXITCODE) { Fail 'mvn package failed' } }
  finally { Pop-Location }
}

# The version: the jar's Implementation-Version without -SNAPSHOT (an .msi wants plain numbers).
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::OpenRead($jar)
try { $manifest = (New-Object System.IO.StreamReader($zip.GetEntry('META-INF/MANIFEST.MF').Open())).ReadToEnd() }
finally { $zip.Dispose() }
$version = [regex]::Match($manifest, 'Implementation-Version: *([0-9.]+)').Groups[1].Value

# The same input layout as lib/common.sh (lib\*.jar and jvm.options; the bash script is no use here).
$inputDir = Join-Path $target 'input'
$runtime = Join-Path $target 'runtime'
Remove-Item -Recurse -Force $inputDir, $runtime -ErrorAction SilentlyContinue
Get-ChildItem $target -Filter *.msi -ErrorAction SilentlyContinue | Remove-Item -Force
New-Item -ItemType Directory -Force (Join-Path $inputDir 'lib') | Out-Null
Copy-Item (Join-Path $appTarget 'jvm.options') $inputDir
Copy-Item (Join-Path $appTarget 'lib\*.jar') (Join-Path $inputDir 'lib')

$compress = if ($jdkMajor -ge 21) { 'zip-6' } else { '2' }
$modulePath = @()
if (Test-Path (Join-Path $jdk 'jmods')) { $modulePath = @('--module-path', (Join-Path $jdk 'jmods')) }
& (Join-Path $jdk 'bin\jlink.exe') @modulePath --add-modules $props.modules --strip-debug --no-man-pages `
  --no-header-files "--compress=$compress" --generate-cds-archive --output $runtime
if ($LASTEXITCODE) { Fail 'jlink failed' }

# One --java-options per line of jvm.options, plus the option the launcher script adds on 23+.
$javaOptions = @()
foreach ($line in Get-Content (Join-Path $appTarget 'jvm.options')) {
  if ($line -and -not $line.StartsWith('#')) { $javaOptions += @('--java-options', $line) }
}
if ($jdkMajor -ge 23) { $javaOptions += @('--java-options', '--sun-misc-unsafe-memory-access=allow') }

& (Join-Path $jdk 'bin\jpackage.exe') --type msi --dest $target `
  --name $props.name --app-version $version --vendor $props.vendor --description $props.description `
  --copyright $props.copyright --input $inputDir --main-jar lib/embedscope.jar --main-class $props.main_class `
  --runtime-image $runtime @javaOptions --icon (Join-Path $installers 'icons\embedscope.ico') `
  --add-launcher "embedscope-cli=$(Join-Path $installers 'windows\embedscope-cli.properties')" `
  --win-menu --win-menu-group $props.windows_menu_group --win-shortcut --win-dir-chooser `
  --win-upgrade-uuid $props.windows_upgrade_uuid
if ($LASTEXITCODE) { Fail 'jpackage failed' }
Get-ChildItem $target -Filter *.msi | ForEach-Object { "built $($_.FullName)" }
