#!/usr/bin/env bash
# RUSTC_WORKSPACE_WRAPPER of the Windows build (scripts/windows/env.sh): wxsign's own crates are
# compiled by clippy-driver, which is rustc plus clippy's lints, with warnings denied. The
# Windows-only code is then linted by the very compilation the tests need (like
# `cargo clippy -- -D warnings` on Linux), without a second pass over the dependencies.
# Cargo calls it as: clippy-rustc.sh RUSTC ARGS...
set -euo pipefail
exec "${CLIPPY_DRIVER:-clippy-driver}" "$@" -D warnings
