#!/usr/bin/env bash
# Windows on this Linux machine: cross-compiles wxsign for x86_64-pc-windows-gnu with mingw
# (the dev profile of Cargo.toml, like the Linux tests; wxsign's own code through clippy with
# -D warnings, scripts/windows/env.sh) and runs it under Wine, in one throwaway prefix for the
# whole run (scripts/windows/with-wine.sh):
#   1. the CLI integration tests (tests/cli) under Wine, against the same in-process mock
#      servers as on Linux; the few Wine cannot run say why and are listed in docs/guide.md;
#   2. the same tests that go through the real keyring (`--ignored real_keyring`): Windows
#      Credential Manager;
#   3. the window, in Chinese and in English, under Xvfb: it must draw frames, with the
#      bundled Chinese font (Wine has no system one); then the same font installed as a system
#      font of the prefix must be found through DirectWrite (`wxsign doctor`);
#   4. the installer and the zip (scripts/package-windows.sh --from-test-build): installed
#      silently, run, uninstalled.
# Only the GUI test binary, the benches and the library's unit tests are not built for Windows:
# they test no Windows code and would double the compile time.
# Installs on Debian when run as root: the mingw compiler and binutils, wine64, xvfb, nsis, zip,
# and the Rust target. Usage: bash scripts/test-windows.sh [--no-package]
set -euo pipefail
cd "$(dirname "$0")/.."
package=1
for a in "$@"; do
  case $a in
    --no-package) package=0 ;;
    *) sed -n '2,17p' "$0"; exit 2 ;;
  esac
done
# shellcheck source=scripts/windows/env.sh
source scripts/windows/env.sh
target=$wxsign_windows_target
t=${CARGO_TARGET_DIR:-target}
step() { printf '\n== %s (%s s)\n' "$*" "$SECONDS" >&2; }

if [ "${WXSIGN_WINE:-}" != 1 ]; then
  step "tools"
  bash scripts/apt-deps.sh gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 wine64 xvfb nsis zip \
    libgl1 libgl1-mesa-dri
  rustup target list --installed | grep -qx "$target" || rustup target add "$target"
  rustup component add clippy >/dev/null 2>&1 || true
  step "build (tests/cli, wxsign.exe; wxsign's code linted by clippy, -D warnings)"
  cargo test --locked --target "$target" --test cli --no-run
  exec bash scripts/windows/with-wine.sh bash "$0" "$@"
fi

step "tests/cli under Wine"
skip=()
echo "################ SKIPPED under Wine (scripts/windows/wine-skip.txt) ################" >&2
while IFS=$'\t' read -r filter why; do
  case $filter in '#'* | '') continue ;; esac
  skip+=(--skip "$filter")
  printf '  - %s: %s\n' "$filter" "$why" >&2
done < scripts/windows/wine-skip.txt
cargo test --locked --target "$target" --test cli -- "${skip[@]}"
step "tests/cli through Windows Credential Manager"
cargo test --locked --target "$target" --test cli -- --ignored real_keyring "${skip[@]}"

exe="$t/$target/debug/wxsign.exe"
step "the window under Wine"
work=$(mktemp -d)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; rm -rf "$work"' EXIT
for lang in zh en; do
  WXSIGN_PROBE=1 WXSIGN_LANG=$lang WXSIGN_EXAMPLE=1 WXSIGN_CONFIG_DIR="$work/config" \
    WXSIGN_KEYRING=memory wine64 "$exe" >/dev/null 2>"$work/$lang.log" &
  app=$!
  for _ in $(seq 600); do
    grep -q "frame=1 " "$work/$lang.log" && break
    kill -0 $app 2>/dev/null || break
    sleep 0.1
  done
  if ! grep -q "frame=1 " "$work/$lang.log"; then
    cat "$work/$lang.log" >&2
    echo "FAILED: the window ($lang) drew no frames under Wine" >&2
    exit 1
  fi
  # Still running two seconds later: the Chinese font is installed after the first frame.
  sleep 2
  kill -0 $app 2>/dev/null || { cat "$work/$lang.log" >&2; echo "FAILED: the window ($lang) exited" >&2; exit 1; }
  if [ -n "${WXSIGN_WINE_SCREENSHOTS:-}" ]; then
    sleep 2
    import -window root "$WXSIGN_WINE_SCREENSHOTS/wine-$lang.png"
  fi
  kill $app
  wait $app 2>/dev/null || true
  app=""
  echo "window ($lang): $(grep -c 'frame=' "$work/$lang.log") frames drawn under Wine" >&2
done

step "the Chinese system font through DirectWrite"
# The windows above drew Chinese with the bundled subset (Wine has no Chinese font). Installed
# as a system font of this throwaway prefix, the same file must be found through DirectWrite.
font_line() {
  WXSIGN_KEYRING=memory WXSIGN_CONFIG_DIR="$work/config" wine64 "$exe" doctor --json \
    | grep -o '"Chinese font: [^"]*"'
}
line=$(font_line)
grep -q 'bundled' <<<"$line" || { echo "FAILED: a Chinese font before one was installed: $line" >&2; exit 1; }
cp assets/fonts/NotoSansSC-GB2312.otf "$WINEPREFIX/drive_c/windows/Fonts/"
wine64 reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\Fonts' \
  /v 'Noto Sans CJK SC (OpenType)' /d NotoSansSC-GB2312.otf /f >/dev/null
line=$(font_line)
grep -qF 'Noto Sans CJK SC (C:\\windows\\fonts\\NotoSansSC-GB2312.otf)' <<<"$line" \
  || { echo "FAILED: DirectWrite did not find the installed Chinese font: $line" >&2; exit 1; }
echo "font: $line" >&2

if [ $package = 1 ]; then
  step "installer and zip"
  bash scripts/package-windows.sh --from-test-build
fi
step "Windows done"
