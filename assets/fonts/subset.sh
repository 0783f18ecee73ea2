#!/usr/bin/env bash
# Rebuilds NotoSansSC-GB2312.otf: Noto Sans CJK SC (Debian's fonts-noto-cjk, SIL OFL 1.1) cut down
# to the 7,445 characters of GB2312 plus CJK punctuation and fullwidth forms, so Chinese renders on
# a machine without any CJK font while the binary stays small (~1.5 MB instead of ~20 MB).
# Needs: apt-get install fonts-noto-cjk; pip install fonttools.
set -euo pipefail
cd "$(dirname "$0")"
chars=$(mktemp)
python3 - "$chars" <<'PY'
import sys
chars = set()
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
extra = [chr(c) for c in range(0x3000, 0x3040)] + [chr(c) for c in range(0xFF00, 0xFFF0)]
extra += list("—…‘’“”·•、。《》「」『』【】〔〕￥")
open(sys.argv[1], "w").write("".join(sorted(chars | set(extra))))
PY
# Font number 2 of the collection is "Noto Sans CJK SC".
pyftsubset /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc --font-number=2 \
  --text-file="$chars" --layout-features='' --no-hinting --name-IDs='*' \
  --output-file=NotoSansSC-GB2312.otf
rm -f "$chars"
