#!/usr/bin/env bash
# Installs the named Debian packages that are missing (as root, with apt-get); does nothing
# elsewhere, so the scripts also run on a machine where the packages came another way.
# Usage: bash scripts/apt-deps.sh PKG...
set -euo pipefail
[ $# -gt 0 ] || exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  exit 0
fi
missing=()
for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
