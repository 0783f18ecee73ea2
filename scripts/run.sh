#!/usr/bin/env bash
# The run command of README.md: installs the system libraries the window needs, then starts wxsign.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  pkgs=(pkg-config libxkbcommon-x11-0 libgl1 libegl1 libxcursor1 libxi6 libxrandr2)
  missing=()
  for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
exec cargo run --release --locked -- "$@"
