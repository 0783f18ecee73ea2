#!/usr/bin/env bash
# The C compiler for aarch64-apple-darwin on Linux (CC_aarch64_apple_darwin, set by
# scripts/lint-macos.sh): zig's clang with its bundled macOS headers, so the C parts of crates
# (aws-lc-sys) compile for the type check. The cc crate adds flags for Apple's clang that zig
# refuses or sets itself: --target=…, -arch arm64, -mmacosx-version-min=…; they are dropped.
set -euo pipefail
args=()
skip=0
for a in "$@"; do
  if [ $skip = 1 ]; then skip=0; continue; fi
  case $a in
    --target=* | -mmacosx-version-min=*) ;;
    -arch) skip=1 ;;
    *) args+=("$a") ;;
  esac
done
exec python3 -m ziglang cc -target aarch64-macos "${args[@]}"
