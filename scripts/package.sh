#!/usr/bin/env bash
# Builds the Debian package with cargo-deb, installs it with apt, and checks the installed
# result the way a user meets it: `wxsign --version`, `man -w wxsign`, the bash completion
# loads and completes a subcommand, `desktop-file-validate` passes, the icons are in hicolor, and
# the window starts from the desktop entry's Exec line under Xvfb (software GL, no GPU).
#
# Usage: bash scripts/package.sh [--from-test-build] [--no-install]
#   (default)          the optimised package: release profile (thin LTO, stripped);
#                      a release build takes ~8 minutes on 2 cores.
#   --from-test-build  package the debug binary `cargo test` already built (what CI does: no
#                      second compilation); same files, same Depends, a slower and bigger binary.
#   --no-install       build target/debian/wxsign_*.deb and stop.
# Installs on Debian when run as root (sudo otherwise): cargo-deb (pinned, cargo install), xvfb,
# desktop-file-utils, man-db.
set -euo pipefail
cd "$(dirname "$0")/.."

from_test_build=0 install=1
for a in "$@"; do
  case $a in
    --from-test-build) from_test_build=1 ;;
    --no-install) install=0 ;;
    *) sed -n '2,15p' "$0"; exit 2 ;;
  esac
done

cargo_deb_version=3.8.0
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
t=${CARGO_TARGET_DIR:-target}

step() { printf '\n== %s\n' "$*" >&2; }

step "tools"
bash scripts/apt-deps.sh xvfb desktop-file-utils man-db
if [ "$(cargo deb --version 2>/dev/null)" != "cargo-deb $cargo_deb_version" ]; then
  # ~1.5 minutes on 2 cores; pinned so the package does not change with a cargo-deb release.
  cargo install cargo-deb --version "$cargo_deb_version" --locked
fi

step "build"
if [ $from_test_build = 1 ]; then
  # A no-op after scripts/test.sh: its `cargo test --all-targets` builds this very binary for the
  # integration tests (with the dev-dependencies' features, so a plain `cargo build` here would
  # compile half the dependency tree a second time).
  cargo test --locked --all-targets --no-run
  profile=(--profile dev)
  bin=$t/debug/wxsign
else
  cargo build --locked --release --bin wxsign
  profile=()
  bin=$t/release/wxsign
fi

step "man pages and completions from $bin"
gen=target/package-assets  # the asset paths in Cargo.toml's [package.metadata.deb]
rm -rf "$gen"
mkdir -p "$gen/completions"
"$bin" man --dir "$gen/man"
"$bin" completions bash > "$gen/completions/wxsign.bash"
"$bin" completions zsh > "$gen/completions/_wxsign"
"$bin" completions fish > "$gen/completions/wxsign.fish"

step "cargo deb"
rm -f "$t"/debian/wxsign_*.deb
# cargo-deb warns that the dev profile is meant for debugging, not releases: for CI that is the
# point (it checks the packaging, not the optimiser).
cargo deb --no-build "${profile[@]}" --output "$t/debian/"
deb=$(ls "$t"/debian/wxsign_*.deb)
stripped=$(mktemp)
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/bin/wxsign > "$stripped"
echo "package: $deb ($(du -k "$deb" | cut -f1) kB), /usr/bin/wxsign $(( $(stat -c %s "$stripped") / 1024 / 1024 )) MB stripped" >&2
rm -f "$stripped"
dpkg-deb --field "$deb" Depends >&2
[ $install = 1 ] || exit 0

step "apt install $deb"
# --reinstall: the same version built again must replace the installed files.
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "./$deb" >/dev/null

step "checks"
fail() { echo "FAILED: $*" >&2; exit 1; }
[ "$(command -v wxsign)" = /usr/bin/wxsign ] || fail "wxsign on PATH is $(command -v wxsign), not /usr/bin/wxsign"
/usr/bin/wxsign --version | grep -qx "wxsign $(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)" \
  || fail "wxsign --version"
man -w wxsign | grep -q '^/usr/share/man/man1/wxsign.1.gz$' || fail "man -w wxsign"
man -w wxsign-verify >/dev/null || fail "man -w wxsign-verify"
# The completion loads in a clean bash and completes `wxsign ver<TAB>` to verify.
bash --norc --noprofile -c '
  source /usr/share/bash-completion/completions/wxsign
  complete -p wxsign >/dev/null
  COMP_WORDS=(wxsign ver); COMP_CWORD=1; COMP_LINE="wxsign ver"; COMP_POINT=${#COMP_LINE}
  _wxsign wxsign ver wxsign
  [[ " ${COMPREPLY[*]} " == *" verify "* ]]' || fail "bash completion"
[ -s /usr/share/zsh/vendor-completions/_wxsign ] || fail "zsh completion"
[ -s /usr/share/fish/vendor_completions.d/wxsign.fish ] || fail "fish completion"
desktop-file-validate /usr/share/applications/wxsign.desktop || fail "desktop-file-validate"
for s in 16 24 32 48 64 128 256; do
  [ -s "/usr/share/icons/hicolor/${s}x${s}/apps/wxsign.png" ] || fail "icon ${s}x${s}"
done
[ -s /usr/share/doc/wxsign/copyright ] && [ -s /usr/share/doc/wxsign/LICENSE-APACHE ] || fail "licences"

# The window, started the way a launcher starts it: the Exec line, field codes (%U, %f) dropped.
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/wxsign.desktop | head -1 | sed 's/ *%[A-Za-z]//g')
work=$(mktemp -d)
d=90; while [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ]; do d=$((d + 1)); done
Xvfb ":$d" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
trap '[ -n "$app" ] && kill $app 2>/dev/null; kill $xvfb 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done
(
  cd "$work"
  unset WAYLAND_DISPLAY
  export DISPLAY=":$d" WINIT_UNIX_BACKEND=x11 LIBGL_ALWAYS_SOFTWARE=1 WXSIGN_PROBE=1 \
    WXSIGN_CONFIG_DIR="$work/config" WXSIGN_KEYRING=memory WXSIGN_LANG=zh
  # shellcheck disable=SC2086 # the Exec line is split like a launcher splits it
  exec $exec_line
) >/dev/null 2>"$work/stderr" &
app=$!
for _ in $(seq 600); do
  grep -q "frame=1 " "$work/stderr" && break
  kill -0 $app 2>/dev/null || { cat "$work/stderr" >&2; fail "the window exited"; }
  sleep 0.1
done
grep -q "frame=1 " "$work/stderr" || { cat "$work/stderr" >&2; fail "no frame in 60 s"; }
echo "window: '$exec_line' drew its first frames under Xvfb" >&2
echo "package checks passed: $deb" >&2
