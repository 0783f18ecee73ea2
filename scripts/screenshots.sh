#!/usr/bin/env bash
# Regenerates assets/screenshots/: every panel in English (light) and Chinese (dark, bundled
# font), at 1280x800, against a local mock WeChat server (scripts/mock_wechat.py) so the top bar
# and the Log show real fetches. Needs /work/shared/tools/screenshot.sh (Xvfb + xdotool).
# Usage: bash scripts/screenshots.sh [path/to/wxsign]
# SHOTS=wecom makes only the WeCom images (the corp with two apps), SHOTS=all (default) every one.
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
shots=${SHOTS:-all}
for lang in en zh; do
  [ "$shots" = all ] || break
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
  [ "$shots" = all ] || break
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
# The Phone panel against a simulated phone (scripts/phone_fixture.py: a mock adb server and a
# headless Chromium playing WeChat's web-view): Find phones, then Attach; the bundled font keeps
# the buttons where these clicks expect them.
if [ "$shots" = all ]; then
  python3 scripts/phone_fixture.py --adb-port 18082 --site-port 18083 &
  phone=$!
  sleep 4
  phone_en='mousemove 281 186 click 1; sleep 2; mousemove 297 323 click 1; sleep 7'
  phone_zh='mousemove 272 171 click 1; sleep 2; mousemove 270 308 click 1; sleep 7'
  for lang in en zh; do
    if [ $lang = en ]; then theme=light; else theme=dark; fi
    write_profiles
    actions_var=phone_$lang
    env ANDROID_ADB_SERVER_PORT=18082 WXSIGN_KEYRING=memory WXSIGN_CONFIG_DIR="$cfg" \
      WXSIGN_EXAMPLE=1 WXSIGN_LANG=$lang WXSIGN_THEME=$theme WXSIGN_PANEL=phone WXSIGN_FONT=bundled \
      "$shot" -o "$out/phone-$lang.png" -s 1280x800 -w 3 -a "${!actions_var}" -- "$bin"
    rm -f "$out/phone-$lang.log"
  done
  kill $phone
fi
# WeCom: a corp with two apps against the mock's WeCom answers. Sign after "Fetch ticket" (both
# tickets and their countdowns, the App picker); Verify on a pasted wx.config + wx.agentConfig
# whose agentConfig was signed with the corp ticket (the mix-up the panel names); the profile
# editor with the app list.
write_wecom() {
  cat > "$cfg/profiles.toml" <<'TOML'
[[profile]]
name = "corp"
platform = "wecom"
app_id = "ww0123456789abcdef"
safe_domains = ["mp.weixin.qq.com"]
api_base = "http://127.0.0.1:18080"

[[profile.apps]]
agent_id = 1000002
name = "approvals"

[[profile.apps]]
agent_id = 1000003
name = "crm"
TOML
  rm -f "$cfg/gui.toml"
}
# The example's ticket signs wx.config; the agentConfig is signed with it too (the mix-up). The
# URL is the example's phone URL as the browser sees it (Verify's URL field keeps it).
example_ticket=sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg
wecom_url='http://mp.weixin.qq.com/?params=value'
sig() { printf 'jsapi_ticket=%s&noncestr=%s&timestamp=1414587457&url=%s' "$example_ticket" "$1" "$wecom_url" | sha1sum | cut -d' ' -f1; }
# No spaces or semicolons: screenshot.sh splits its actions at ';' and xdotool's words at spaces.
wecom_paste="wx.config({beta:true,appId:'ww0123456789abcdef',timestamp:1414587457,nonceStr:'cfgNonce',signature:'$(sig cfgNonce)',jsApiList:['selectEnterpriseContact']})wx.agentConfig({corpid:'ww0123456789abcdef',agentid:1000002,timestamp:1414587457,nonceStr:'agentNonce',signature:'$(sig agentNonce)',jsApiList:['selectEnterpriseContact']})"
wecom_fetch_en='mousemove 1119 17 click 1; sleep 1'
wecom_fetch_zh='mousemove 931 17 click 1; sleep 1'
wecom_edit_en='mousemove 45 240 click 1; sleep 1'
wecom_edit_zh='mousemove 47 197 click 1; sleep 1'
for lang in en zh; do
  if [ $lang = en ]; then theme=light; font=system; else theme=dark; font=bundled; fi
  fetch_var=wecom_fetch_$lang
  edit_var=wecom_edit_$lang
  for panel in sign verify profile; do
    write_wecom
    case $panel in
      sign) actions=${!fetch_var} ;;
      verify) actions="search --name wxsign windowfocus; mousemove 760 215 click 1; key ctrl+a; type --delay 2 $wecom_paste; key ctrl+Return; sleep 1; mousemove 1275 795" ;;
      profile) actions=${!edit_var} ;;
    esac
    env WXSIGN_APP_SECRET=mock-secret WXSIGN_KEYRING=memory WXSIGN_CONFIG_DIR="$cfg" \
      WXSIGN_EXAMPLE=1 WXSIGN_LANG=$lang WXSIGN_THEME=$theme WXSIGN_FONT=$font \
      WXSIGN_PANEL=$([ $panel = verify ] && echo verify || echo sign) \
      "$shot" -o "$out/wecom-$panel-$lang.png" -s 1280x800 -w 3 -a "$actions" -- "$bin"
    rm -f "$out/wecom-$panel-$lang.log"
  done
done
