#!/usr/bin/env bash
# Start-up and idle figures of the wxsign window against a bare eframe window, in the same run,
# under a virtual X display (Xvfb, software GL):
#   - time to first frame: from exec to the end of the first `ui` pass (WXSIGN_PROBE output),
#   - resident memory 3 s after start (ps rss),
#   - idle CPU and repaints over 65 s with the ticket countdown visible (wxsign fetches
#     a ticket from scripts/mock_wechat.py first) and for the bare window.
# Usage: bash scripts/measure.sh [wxsign-binary] [bare_window-binary]   (release builds)
# Needs: xvfb, xdotool, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
t=${CARGO_TARGET_DIR:-target}
wx=$(mktemp); bare=$(mktemp)
cp "${1:-$t/release/wxsign}" "$wx"; cp "${2:-$t/release/examples/bare_window}" "$bare"
chmod +x "$wx" "$bare"
runs=${RUNS:-5}
work=$(mktemp -d)
d=97; while [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ]; do d=$((d + 1)); done
Xvfb ":$d" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
python3 scripts/mock_wechat.py --port 18081 &
mock=$!
trap 'kill $xvfb $mock 2>/dev/null || true; rm -rf "$work" "$wx" "$bare"' EXIT
export DISPLAY=":$d"
sleep 1
cat > "$work/profiles.toml" <<'TOML'
[[profile]]
name = "demo-test"
app_id = "wx0123456789abcdef"
kind = "test_account"
api_base = "http://127.0.0.1:18081"
TOML
export WXSIGN_KEYRING=memory WXSIGN_APP_SECRET=mock-secret WXSIGN_CONFIG_DIR="$work" WXSIGN_LANG=en

# Prints "first_frame_ms rss_kb" for one start of $1.
start_once() {
  local log="$work/probe.log" t0 pid ns
  : > "$log"
  t0=$(date +%s%N)
  WXSIGN_PROBE=1 "$1" 2>"$log" >/dev/null &
  pid=$!
  for _ in $(seq 2000); do grep -q "frame=1 " "$log" && break; sleep 0.01; done
  ns=$(grep -m1 "frame=1 " "$log" | sed 's/.*unix_ns=\([0-9]*\).*/\1/')
  sleep 3
  echo "$(( (ns - t0) / 1000000 )) $(ps -o rss= -p $pid | tr -d ' ')"
  kill $pid; wait $pid 2>/dev/null || true
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for name in bare wxsign; do
  bin=$bare; [ $name = wxsign ] && bin=$wx
  : > "$work/$name.txt"
  for _ in $(seq "$runs"); do start_once "$bin" >> "$work/$name.txt"; done
  echo "$name: first frame ms: $(cut -d' ' -f1 "$work/$name.txt" | tr '\n' ' ') | rss kB: $(cut -d' ' -f2 "$work/$name.txt" | tr '\n' ' ')"
done
bf=$(cut -d' ' -f1 "$work/bare.txt" | median); wf=$(cut -d' ' -f1 "$work/wxsign.txt" | median)
br=$(cut -d' ' -f2 "$work/bare.txt" | median); wr=$(cut -d' ' -f2 "$work/wxsign.txt" | median)
echo "median first frame: bare ${bf} ms, wxsign ${wf} ms, ratio $(awk "BEGIN{printf \"%.2f\", $wf/$bf}") (target <= 1.3)"
echo "median rss: bare ${br} kB, wxsign ${wr} kB, ratio $(awk "BEGIN{printf \"%.2f\", $wr/$br}") (target <= 1.5)"

# Idle: CPU seconds and frames over IDLE_S seconds (default 65, so a minute tick is included).
IDLE_S=${IDLE_S:-65}
idle() {
  local bin=$1 fetch=$2 log="$work/idle.log" pid w f0 f1 c0 c1
  : > "$log"
  WXSIGN_PROBE=1 "$bin" 2>"$log" >/dev/null &
  pid=$!
  w=$(xdotool search --sync --pid $pid 2>/dev/null | tail -1)
  sleep 2
  if [ "$fetch" = 1 ]; then
    xdotool mousemove --window "$w" 697 17 click 1
    sleep 3
    grep -q "valid" "$log" 2>/dev/null || true
  fi
  xdotool mousemove 1279 799  # park the pointer outside the widgets
  sleep 2
  f0=$(grep -c "wxsign-probe" "$log"); c0=$(awk '{print $14+$15}' /proc/$pid/stat)
  sleep "$IDLE_S"
  f1=$(grep -c "wxsign-probe" "$log"); c1=$(awk '{print $14+$15}' /proc/$pid/stat)
  [ "$fetch" = 1 ] && import -window root "${IDLE_SHOT:-/dev/null}" 2>/dev/null || true
  kill $pid; wait $pid 2>/dev/null || true
  echo "$((f1 - f0)) frames in ${IDLE_S} s, cpu $(awk "BEGIN{printf \"%.2f\", ($c1-$c0)/$(getconf CLK_TCK)/$IDLE_S*100}")%"
}
echo "idle bare window: $(idle "$bare" 0)"
echo "idle wxsign, countdown visible: $(idle "$wx" 1)"
