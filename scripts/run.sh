#!/usr/bin/env bash
# The run command of README.md: installs the system libraries the window needs, then starts wxsign.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/apt-deps.sh libxkbcommon-x11-0 libgl1 libegl1 libgl1-mesa-dri libxcursor1 libxi6 libxrandr2 fontconfig
exec cargo run --release --locked -- "$@"
