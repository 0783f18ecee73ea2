# Sourced by scripts/test-windows.sh and scripts/package-windows.sh: what every Windows build
# of wxsign shares, so the tests' build and the package made from it are one compilation.
# - wxsign's own crates go through clippy with warnings denied (clippy-rustc.sh): the
#   cfg(windows) code is linted by the compilation itself;
# - the mingw linker is the Rust target's default (x86_64-w64-mingw32-gcc), nothing to set.
# shellcheck shell=bash
wxsign_windows_target=x86_64-pc-windows-gnu
RUSTC_WORKSPACE_WRAPPER="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/clippy-rustc.sh"
export RUSTC_WORKSPACE_WRAPPER
