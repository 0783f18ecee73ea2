#!/usr/bin/env bash
# Batch figures: wall time and peak resident memory of `wxsign batch` (release build) against the
# local fake signing endpoint for 100, 1,000 and 10,000 pages, writing all three reports.
# One page in ten is signed wrongly (fragment kept, stale ticket, URL encoded), so the verifier's
# search runs too. Usage: bash scripts/bench-batch.sh [SIZES...]
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}
cargo build --release --locked --bin wxsign --example fake_signing_endpoint >&2
bin="$target/release/wxsign"
tmp=$(mktemp -d)
"$target/release/examples/fake_signing_endpoint" >"$tmp/endpoint" &
ep_pid=$!
trap 'kill "$ep_pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do [ -s "$tmp/endpoint" ] && break; sleep 0.05; done
read -r uri ticket stale app_id <"$tmp/endpoint"

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 10000)
printf '%8s %10s %12s %12s %10s %10s\n' pages wall_s pages_per_s peak_rss_kb pass fail
for n in "${sizes[@]}"; do
  pages="$tmp/pages-$n.txt"
  for i in $(seq 1 "$n"); do
    case $((i % 30)) in
      3) echo "https://m.example.com/fragment/item/$i?from=singlemessage#/detail" ;;
      13) echo "https://m.example.com/stale/item/$i" ;;
      23) echo "https://m.example.com/encoded/item/$i?a=1&b=2" ;;
      *) echo "https://m.example.com/good/item/$i?id=$i#/tab" ;;
    esac
  done >"$pages"
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$bin" batch --pages "$pages" \
    --endpoint-url "$uri/wx/signature" --ticket "$ticket" --ticket "$stale" \
    --app-id "$app_id" --safe-domain example.com \
    --report "$tmp/r.json" --report "$tmp/r.xml" --report "$tmp/r.html" >"$tmp/out" 2>&1 || true
  read -r wall rss < <(tail -n 1 "$tmp/time")
  summary=$(grep -Eo '[0-9]+ pass, [0-9]+ fail' "$tmp/out" || echo "? pass, ? fail")
  pass=${summary%% pass*}
  fail=${summary#*, }; fail=${fail%% fail*}
  rate=$(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%.0f", (w > 0 ? n / w : 0) }')
  printf '%8s %10s %12s %12s %10s %10s\n' "$n" "$wall" "$rate" "$rss" "$pass" "$fail"
done
