#!/usr/bin/env bash
# Regenerates assets/screenshots/: every panel in English (light) and Chinese (dark, bundled
# font), at 1280x800, against a local mock WeChat server (scripts/mock_wechat.py) so the top bar
# and the Log show real fetches. Needs /work/shared/tools/screenshot.sh (Xvfb + xdotool).
# Usage: bash scripts/screenshots.sh [path/to/wxsign]
set -euo pipefail
cd "$(dirname "$0")/.."
# Copy the binary first: other builds sharing the target dir may replace it mid-run.
bin=$(mktemp)
cp "${1:-${CARGO_TARGET_DIR:-target}/debug/wxsign}" "$bin"
chmod +x "$bin"
shot=${SCREENSHOT_TOOL:-../shared/tools/screenshot.sh}
[ -x "$shot" ] || shot=/work/shared/tools/screenshot.sh
out=assets/screenshots
mkdir -p "$out"
cfg=$(mktemp -d)
trap 'kill $mock $fixture 2>/dev/null || true; rm -rf "$cfg" "$bin"' EXIT
python3 scripts/mock_wechat.py --port 18080 &
mock=$!
# The Probe panel probes a local page (a single-page shop driving the jweixin stand-in).
python3 scripts/probe_fixture.py --port 18081 &
fixture=$!
write_profiles() {
  cat > "$cfg/profiles.toml" <<'TOML'
[[profile]]
name = "demo-test"
app_id = "wx0123456789abcdef"
kind = "test_account"
safe_domains = ["mp.weixin.qq.com", "example.com"]
api_base = "http://127.0.0.1:18080"

[[profile]]
name = "shop-prod"
app_id = "wx9876543210fedcba"
kind = "production"
safe_domains = ["shop.example.com"]
TOML
  rm -f "$cfg/gui.toml"
}
# The "Fetch ticket" button of the top bar, found on the first shot of each language.
fetch_en='mousemove 697 17 click 1; sleep 1'
fetch_zh='mousemove 590 17 click 1; sleep 1'
for lang in en zh; do
  if [ $lang = en ]; then theme=light; font=system; else theme=dark; font=bundled; fi
  for panel in sign check verify batch log settings; do
    write_profiles
    fetch_var=fetch_$lang
    actions=${!fetch_var}
    [ $panel = sign ] && actions=""
    env WXSIGN_APP_SECRET=mock-secret WXSIGN_KEYRING=memory WXSIGN_CONFIG_DIR="$cfg" \
      WXSIGN_EXAMPLE=1 WXSIGN_LANG=$lang WXSIGN_THEME=$theme WXSIGN_PANEL=$panel WXSIGN_FONT=$font \
      "$shot" -o "$out/$panel-$lang.png" -s 1280x800 -w 3 ${actions:+-a "$actions"} -- "$bin"
    rm -f "$out/$panel-$lang.log"
  done
done
# The Probe panel with a real result: fetch the ticket, click the URL field, type the fixture
# page's URL, Enter, and wait for both platforms (headless Chromium, about 2 s each here). The page is
# served from 127.0.0.1, so that is one of the profile's safe domains for this shot.
# The Probe panel's URL field (the English intro takes two lines, the Chinese one).
probe_url_en='search --name wxsign windowfocus; mousemove 760 160 click 1; sleep 0.5'
probe_url_zh='search --name wxsign windowfocus; mousemove 760 146 click 1; sleep 0.5'
for lang in en zh; do
  if [ $lang = en ]; then theme=light; font=system; else theme=dark; font=bundled; fi
  write_profiles
  sed -i 's/safe_domains = \["mp.weixin.qq.com", "example.com"\]/safe_domains = ["mp.weixin.qq.com", "example.com", "127.0.0.1"]/' "$cfg/profiles.toml"
  fetch_var=fetch_$lang
  url_var=probe_url_$lang
  actions="${!fetch_var}; ${!url_var}; type http://127.0.0.1:18081/shop/; key Return; sleep 12; mousemove 1275 795"
  env WXSIGN_APP_SECRET=mock-secret WXSIGN_KEYRING=memory WXSIGN_CONFIG_DIR="$cfg" \
    WXSIGN_LANG=$lang WXSIGN_THEME=$theme WXSIGN_PANEL=probe WXSIGN_FONT=$font \
    "$shot" -o "$out/probe-$lang.png" -s 1280x800 -w 2 -a "$actions" -- "$bin"
  rm -f "$out/probe-$lang.log"
done
