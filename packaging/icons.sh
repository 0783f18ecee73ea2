#!/usr/bin/env bash
# Regenerates packaging/icons/SIZExSIZE/wxsign.png (the hicolor sizes of the Debian package) from
# assets/icon.png, the icon the window itself embeds. Run after changing assets/icon.png and commit
# the result. Needs ImageMagick (Debian: imagemagick).
set -euo pipefail
cd "$(dirname "$0")/.."
for s in 16 24 32 48 64 128 256; do
  mkdir -p "packaging/icons/${s}x${s}"
  convert assets/icon.png -filter Lanczos -resize "${s}x${s}" -depth 8 -strip \
    "PNG32:packaging/icons/${s}x${s}/wxsign.png"
done
