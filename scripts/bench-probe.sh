#!/usr/bin/env bash
# Figures of the page probe (issue 9), printed, never asserted: the bare browser start and stop,
# one probe of a static local page per platform, `batch --probe` of 20 local pages at
# concurrency 2, and the peak resident memory of the whole process tree (wxsign and every
# browser process). Pages come from a throwaway local server with the tests' jweixin stand-in.
# Usage: bash scripts/bench-probe.sh [--browser PATH] [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
browser=""
runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --browser) browser="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: bash scripts/bench-probe.sh [--browser PATH] [--runs N]" >&2; exit 2 ;;
  esac
done
cargo build --quiet --bin wxsign
exec python3 - "$PWD/target/debug/wxsign" "$browser" "$runs" <<'PY'
import http.server, json, os, shutil, socketserver, statistics, subprocess, sys, tempfile, threading, time

wxsign, browser, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
TICKET = "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg"
NONCE, TS = "Wm3WZYTPz0wzccnW", "1414587457"
if not browser:
    for p in ["/usr/lib/chromium/chromium-headless-shell", shutil.which("chromium-headless-shell") or "",
              shutil.which("chromium") or "", shutil.which("google-chrome") or ""]:
        if p and os.access(p, os.X_OK):
            browser = p
            break
if not browser:
    sys.exit("no browser: apt-get install chromium-headless-shell, or pass --browser PATH")

site = tempfile.mkdtemp(prefix="wxsign-bench-site-")
tmp = tempfile.mkdtemp(prefix="wxsign-bench-tmp-")
shutil.copy("tests/fixtures/probe/wx-standin.js", os.path.join(site, "wx.js"))

class Quiet(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *a, **k):
        super().__init__(*a, directory=site, **k)
    def log_message(self, *a):
        pass

server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Quiet)
server.daemon_threads = True
port = server.server_address[1]
threading.Thread(target=server.serve_forever, daemon=True).start()

def signature(url):
    out = subprocess.run([wxsign, "sign", "--ticket", TICKET, "--noncestr", NONCE, "--timestamp", TS,
                          "--url", url, "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)["signature"]

def page(n):
    url = f"http://127.0.0.1:{port}/p{n}.html"
    html = f"""<!doctype html><html><head><meta charset="utf-8"><title>Page {n}</title>
<script src="/wx.js"></script></head><body><p>page {n}</p><script>
wx.config({{appId: 'wx0123456789abcdef', timestamp: '{TS}', nonceStr: '{NONCE}', signature: '{signature(url)}',
  jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData', 'onMenuShareAppMessage']}});
wx.ready(function () {{
  var img = location.origin + '/share.png';
  wx.updateAppMessageShareData({{title: 'Page {n}', desc: 'bench', link: location.href, imgUrl: img}});
  wx.updateTimelineShareData({{title: 'Page {n}', link: location.href, imgUrl: img}});
  wx.onMenuShareAppMessage({{title: 'Page {n}', desc: 'bench', link: location.href, imgUrl: img}});
}});
</script></body></html>"""
    with open(os.path.join(site, f"p{n}.html"), "w") as f:
        f.write(html)
    return url

urls = [page(n) for n in range(1, 21)]

def tree(root):
    """(kind, RSS kB, PSS kB) of root and every descendant. RSS counts a page shared by several
    processes (the browser binary, fonts, shared memory) once per process; PSS divides it among
    them, so the PSS sum is the tree's real share of the machine's memory."""
    kids = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            kids.setdefault(ppid, []).append(int(pid))
        except (OSError, IndexError, ValueError):
            pass
    out, todo = [], [root]
    while todo:
        p = todo.pop()
        todo.extend(kids.get(p, []))
        try:
            with open(f"/proc/{p}/cmdline") as f:
                argv = f.read().split("\0")
            if len(argv) <= 2:
                # Chromium rewrites its children's command line into one space-separated title.
                argv = argv[0].split()
            kind = next((a.split("=", 1)[1] for a in argv if a.startswith("--type=")),
                        os.path.basename(argv[0]))
            sub = next((a.split("=", 1)[1].rsplit(".", 1)[-1] for a in argv
                        if a.startswith("--utility-sub-type=")), "")
            rss = pss = 0
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss = int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss = int(line.split()[1])
            out.append((f"{kind}:{sub}" if sub else kind, rss, pss))
        except (OSError, IndexError, ValueError):
            pass
    return out

def timed(cmd, env=None):
    """Wall time (s), exit code, peak summed RSS (MB), peak summed PSS (MB) of a command's tree,
    and the processes at the PSS peak."""
    start = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak_rss = peak_pss = 0
    at_peak = []
    while p.poll() is None:
        procs = tree(p.pid)
        peak_rss = max(peak_rss, sum(r for _, r, _ in procs))
        pss = sum(q for _, _, q in procs)
        if pss > peak_pss:
            peak_pss, at_peak = pss, procs
        time.sleep(0.02)
    return time.monotonic() - start, p.returncode, peak_rss / 1024, peak_pss / 1024, at_peak

env = dict(os.environ, TMPDIR=tmp)

def bare():
    """Start the browser as the probe does, wait for its DevTools address, stop it."""
    prof = tempfile.mkdtemp(dir=tmp)
    flags = ["--remote-debugging-port=0", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--disable-gpu", "--in-process-gpu",
             "--enable-features=NetworkServiceInProcess2", f"--user-data-dir={prof}"]
    if "headless" not in os.path.basename(browser):
        flags.insert(0, "--headless")
    if os.geteuid() == 0:
        flags.append("--no-sandbox")
    start = time.monotonic()
    p = subprocess.Popen([browser, *flags], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True, start_new_session=True)
    for line in p.stderr:
        if "DevTools listening" in line:
            break
    os.killpg(p.pid, 15)
    p.wait()
    took = time.monotonic() - start
    shutil.rmtree(prof, ignore_errors=True)
    return took

med = lambda xs: statistics.median(xs)
print(f"browser: {subprocess.run([browser, '--version'], capture_output=True, text=True).stdout.strip()}")
print(f"machine: {os.cpu_count()} cores; median of {runs} runs; debug build of wxsign")
b = [bare() for _ in range(runs)]
print(f"bare browser start + stop            {med(b):6.2f} s")
peak_rss = peak_pss = 0
biggest = []
for platform in ["android", "ios"]:
    t = []
    for _ in range(runs):
        took, code, rss, pss, _ = timed([wxsign, "probe", urls[0], "--ticket", TICKET,
                                         "--platform", platform, "--json", "--browser", browser], env)
        assert code == 0, f"probe exited {code}"
        t.append(took)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
    print(f"probe of a static page ({platform:7})    {med(t):6.2f} s   (+{med(t) - med(b):.2f} s over the bare browser)")
pages = os.path.join(tmp, "pages.txt")
with open(pages, "w") as f:
    f.write("\n".join(urls) + "\n")
for platforms, label in [("android", "one platform"), ("both", "both platforms")]:
    took, code, rss, pss, procs = timed([wxsign, "batch", "--probe", "--pages", pages, "--ticket",
                                         TICKET, "--platform", platforms, "--browser", browser], env)
    assert code == 0, f"batch exited {code}"
    if pss > peak_pss:
        biggest = procs
    peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
    print(f"batch --probe, 20 pages, {label:14} {took:6.2f} s   (concurrency 2, peak PSS {pss:.0f} MB,"
          f" summed RSS {rss:.0f} MB)")
print(f"peak memory of the process tree: {peak_pss:.0f} MB PSS ({peak_rss:.0f} MB summed RSS, which"
      " counts shared pages once per process)")
kinds = {}
for kind, rss, pss in biggest:
    n, r, q = kinds.get(kind, (0, 0, 0))
    kinds[kind] = (n + 1, r + rss, q + pss)
for kind, (n, r, q) in sorted(kinds.items(), key=lambda kv: -kv[1][2]):
    print(f"  at the peak: {n} x {kind:28} PSS {q / 1024:5.0f} MB   RSS {r / 1024:5.0f} MB")
left = [n for n in os.listdir(tmp) if n.startswith("wxsign-probe-")]
print(f"profiles left behind: {len(left)}")
server.shutdown()
shutil.rmtree(site, ignore_errors=True)
shutil.rmtree(tmp, ignore_errors=True)
PY
