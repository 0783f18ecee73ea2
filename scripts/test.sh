#!/usr/bin/env bash
# The test command of README.md: runs every test of the crate.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --locked --all-targets
