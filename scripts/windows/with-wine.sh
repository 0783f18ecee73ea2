#!/usr/bin/env bash
# Runs CMD... with a throwaway 64-bit Wine prefix made for running wxsign's Windows build:
# booted once, with the test-only bcryptprimitives.dll shim in its system32 (see
# bcryptprimitives.c), and one wineserver kept alive for the whole command, so every Windows
# program CMD starts (cargo's test runner, the window, the installer) shares the prefix and
# none pays for a Wine start-up of its own. Nested calls reuse the outer prefix.
#
# Exports: WINEPREFIX, WINEDEBUG, WINEDLLOVERRIDES, PATH (with Wine's loader directory),
# CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER (so `cargo test --target x86_64-pc-windows-gnu`
# runs the test binaries under Wine), DISPLAY (a private Xvfb, started first: Wine picks its
# display driver when the prefix's desktop starts, so a window opened later needs one from the
# beginning) and WXSIGN_WINE=1.
# Needs: wine64, gcc-mingw-w64-x86-64, xvfb (Debian packages; scripts/test-windows.sh installs
# them).
# Usage: bash scripts/windows/with-wine.sh CMD...
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: bash scripts/windows/with-wine.sh CMD..." >&2; exit 2; }
if [ "${WXSIGN_WINE:-}" = 1 ]; then
  exec "$@"
fi
here="$(cd "$(dirname "$0")" && pwd)"
# Debian's wine64 package puts its loader and server outside PATH.
export PATH="/usr/lib/wine:$PATH"
for tool in wine64 wineserver x86_64-w64-mingw32-gcc Xvfb; do
  command -v "$tool" >/dev/null || {
    echo "with-wine.sh: $tool not found: apt-get install wine64 gcc-mingw-w64-x86-64 xvfb" >&2
    exit 127
  }
done

prefix="$(mktemp -d "${TMPDIR:-/tmp}/wxsign-wine.XXXXXX")"
export WINEPREFIX="$prefix" WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko download prompt (wxsign needs neither), and no Linux menu entries or file
# associations made from what the installer puts in the Start menu.
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
xvfb=""
cleanup() {
  wineserver -k 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
  wait 2>/dev/null || true
  rm -rf "$prefix"
}
trap cleanup EXIT

started=$SECONDS
d=90; while [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ]; do d=$((d + 1)); done
Xvfb ":$d" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done
unset WAYLAND_DISPLAY
export DISPLAY=":$d"
# The server first, persistent until `wineserver -k`: the boot and every later program use it.
wineserver -p
wine64 wineboot --init >/dev/null 2>&1
sys32="$prefix/drive_c/windows/system32"
[ -d "$sys32" ] || { echo "with-wine.sh: wineboot did not create $sys32" >&2; exit 1; }
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$sys32/bcryptprimitives.dll" "$here/bcryptprimitives.c" -ladvapi32
echo "with-wine.sh: Wine $(wine64 --version) prefix $prefix ready in $((SECONDS - started)) s" >&2

export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=wine64 WXSIGN_WINE=1
status=0
"$@" || status=$?
exit "$status"
