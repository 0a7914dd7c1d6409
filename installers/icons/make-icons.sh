#!/usr/bin/env bash
# Renders embedscope.svg into the icons the installers use: embedscope.png (Linux, 256 px),
# embedscope.ico (Windows, 16-256 px) and embedscope.icns (macOS, 128-1024 px, by icns.py). The outputs are committed, so a Windows or
# macOS build needs no ImageMagick; run this again after editing the SVG.
# ImageMagick's internal SVG renderer (MSVG) is asked for by name, so the result does not depend
# on which SVG delegate a machine has.
set -euo pipefail
cd "$(dirname "$0")"
command -v convert >/dev/null || { echo "make-icons.sh: ImageMagick (convert) not found" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# -strip and a fixed date keep the PNG byte-for-byte the same on every run.
render() {
  convert -background none -density "$(( 72 * $1 / 256 ))" "MSVG:embedscope.svg" -resize "${1}x${1}" \
    -strip -define png:exclude-chunks=date,time "$2"
}
render 1024 "$tmp/big.png"
for size in 16 24 32 48 64 128 256 512 1024; do
  convert "$tmp/big.png" -filter Lanczos -resize "${size}x${size}" -strip \
    -define png:exclude-chunks=date,time "$tmp/$size.png"
done
cp "$tmp/256.png" embedscope.png
convert "$tmp"/{16,24,32,48,64,128,256}.png embedscope.ico
python3 icns.py embedscope.icns "$tmp"/{128,256,512,1024}.png
ls -l embedscope.png embedscope.ico embedscope.icns
