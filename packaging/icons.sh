#!/usr/bin/env bash
# Regenerates packaging/icons/SIZExSIZE/wxsign.png (the hicolor sizes of the Debian package) and
# packaging/windows/wxsign.ico from assets/icon.png, the icon the window itself embeds. Run after
# changing assets/icon.png and commit the result. Needs ImageMagick (Debian: imagemagick), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
for s in 16 24 32 48 64 128 256; do
  mkdir -p "packaging/icons/${s}x${s}"
  convert assets/icon.png -filter Lanczos -resize "${s}x${s}" -depth 8 -strip \
    "PNG32:packaging/icons/${s}x${s}/wxsign.png"
done
# The Windows icon (the .exe's and the installer's, embedded by build.rs and makensis): every
# size above in one .ico, each entry a PNG (read by Windows since Vista).
mkdir -p packaging/windows
python3 - <<'PY'
import struct
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [open(f"packaging/icons/{s}x{s}/wxsign.png", "rb").read() for s in sizes]
offset = 6 + 16 * len(sizes)
head = struct.pack("<HHH", 0, 1, len(sizes))
for s, data in zip(sizes, images):
    # width/height 0 means 256; 0 colours, 1 plane, 32 bits per pixel
    head += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open("packaging/windows/wxsign.ico", "wb") as f:
    f.write(head + b"".join(images))
PY
