#!/usr/bin/env bash
# The archiver for aarch64-apple-darwin on Linux (AR_aarch64_apple_darwin): zig's llvm-ar, which
# writes the Darwin archive format the C compiler's objects go into.
set -euo pipefail
exec python3 -m ziglang ar "$@"
