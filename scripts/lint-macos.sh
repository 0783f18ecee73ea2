#!/usr/bin/env bash
# Type-checks and lints the macOS build (every cfg(target_os = "macos") line) on Linux:
#   cargo clippy --target aarch64-apple-darwin --all-targets -- -D warnings
# No Mac and no Apple SDK here, so nothing is linked or run: clippy only compiles to metadata,
# and the C that build scripts compile (aws-lc-sys) goes through zig's C compiler (PyPI
# `ziglang`, installed into target/ziglang; scripts/macos/zig-cc.sh). ~2 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
t=${CARGO_TARGET_DIR:-target}
zig_version=0.15.2
bash scripts/apt-deps.sh python3-pip
rustup target add aarch64-apple-darwin >/dev/null 2>&1 || rustup target list --installed | grep -qx aarch64-apple-darwin
zigdir="$PWD/$t/ziglang"
if ! PYTHONPATH="$zigdir" python3 -m ziglang version 2>/dev/null | grep -qx "$zig_version"; then
  rm -rf "$zigdir"
  # --target: a private directory, not the system's Python (which Debian marks as managed).
  python3 -m pip install --quiet --disable-pip-version-check --target "$zigdir" "ziglang==$zig_version"
fi
export PYTHONPATH="$zigdir${PYTHONPATH:+:$PYTHONPATH}"
export CC_aarch64_apple_darwin="$PWD/scripts/macos/zig-cc.sh"
export AR_aarch64_apple_darwin="$PWD/scripts/macos/zig-ar.sh"
cargo clippy --locked --target aarch64-apple-darwin --all-targets -- -D warnings
