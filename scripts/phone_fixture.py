#!/usr/bin/env python3
"""A simulated Android phone for the Phone panel's screenshots, never the internet and no phone.

Plays what the phone mode talks to, on 127.0.0.1 only: a mock adb server (the host protocol:
host:devices, host:transport, shell:cat /proc/net/unix, shell:ps, localabstract:) whose
WeChat web-view socket is a byte pump to a headless Chromium's DevTools port; Chromium shows a
single-page app that routes with pushState, signs its current URL and calls wx.config, and a
fake WeChat client (tests/cli/phone/fake_client.js, written for wxsign's tests) that verifies
the landing URL, as iOS does. The ticket is the official example's (the window's
WXSIGN_EXAMPLE=1 Sign panel), so the verdict and its causes are real.
Usage: phone_fixture.py [--adb-port 18082] [--site-port 18083]  (Ctrl+C or SIGTERM stops it
and Chromium)
"""
import argparse
import glob
import hashlib
import http.server
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import urllib.parse
import urllib.request

TICKET = "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg"
APP_ID = "wx0123456789abcdef"
NONCE = "Wm3WZYTPz0wzccnW"
TIMESTAMP = "1414587457"
SERIAL = "SIM0PHONE1"
PID = 24242
SOCKET = "webview_devtools_remote_%d" % PID
UA = ("Mozilla/5.0 (Linux; Android 14; 23049RAD8C Build/UKQ1.230804.001; wv) AppleWebKit/537.36 "
      "(KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.188 Mobile Safari/537.36 XWEB/1260117 "
      "MMWEBSDK/20240404 MMWEBID/2307 MicroMessenger/8.0.50.2701(0x2800325B) WeChat/arm64 Weixin "
      "NetType/WIFI Language/zh_CN ABI/arm64")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STANDIN = os.path.join(ROOT, "tests", "fixtures", "probe", "wx-standin.js")
CLIENT = os.path.join(ROOT, "tests", "cli", "phone", "fake_client.js")

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>春季特卖</title>
<script src="/client.js?policy=landing&when=early"></script>
<script src="/wx-standin.js"></script></head><body><p>shop</p><script>
if (location.pathname === '/shop/') history.pushState({}, '', '/shop/list?page=2');
fetch('/api/sign?' + new URLSearchParams({url: location.href.split('#')[0]}))
  .then(function (r) { return r.json(); })
  .then(function (s) {
    wx.config({debug: false, appId: s.appId, timestamp: s.timestamp, nonceStr: s.nonceStr,
      signature: s.signature, jsApiList: ['updateAppMessageShareData']});
  });
</script></body></html>"""


class Site(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, ctype, body):
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        u = urllib.parse.urlparse(self.path)
        if u.path == "/wx-standin.js":
            self.send("application/javascript", open(STANDIN).read())
        elif u.path == "/client.js":
            self.send("application/javascript", open(CLIENT).read().replace("__TICKET__", TICKET))
        elif u.path == "/api/sign":
            url = urllib.parse.parse_qs(u.query).get("url", [""])[0]
            s1 = "jsapi_ticket=%s&noncestr=%s&timestamp=%s&url=%s" % (TICKET, NONCE, TIMESTAMP, url)
            sig = hashlib.sha1(s1.encode()).hexdigest()
            self.send("application/json", '{"appId":"%s","timestamp":"%s","nonceStr":"%s","signature":"%s"}'
                      % (APP_ID, TIMESTAMP, NONCE, sig))
        else:
            self.send("text/html; charset=utf-8", PAGE)


def read_exact(s, n):
    buf = b""
    while len(buf) < n:
        chunk = s.recv(n - len(buf))
        if not chunk:
            raise EOFError
        buf += chunk
    return buf


def request(s):
    n = int(read_exact(s, 4), 16)
    return read_exact(s, n).decode()


def okay(s, body=None):
    if body is None:
        s.sendall(b"OKAY")
    else:
        s.sendall(b"OKAY%04x%s" % (len(body.encode()), body.encode()))


def pump(a, b):
    def one(x, y):
        try:
            while True:
                d = x.recv(65536)
                if not d:
                    break
                y.sendall(d)
        except OSError:
            pass
        for z in (x, y):
            try:
                z.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
    t = threading.Thread(target=one, args=(b, a), daemon=True)
    t.start()
    one(a, b)
    t.join()


def serve_adb(conn, devtools_port):
    try:
        svc = request(conn)
        if svc == "host:devices":
            okay(conn, "%s\tdevice\n" % SERIAL)
            return
        if svc != "host:transport:" + SERIAL:
            conn.sendall(b"FAIL0010device not found")
            return
        okay(conn)
        svc = request(conn)
        if svc == "shell:cat /proc/net/unix":
            okay(conn)
            conn.sendall(("Num       RefCount Protocol Flags    Type St Inode Path\n"
                          "0000000000000000: 00000002 00000000 00010000 0001 01 331814 @jdwp-control\n"
                          "0000000000000000: 00000002 00000000 00010000 0001 01 424242 @%s\n" % SOCKET).encode())
        elif svc.startswith("shell:ps"):
            okay(conn)
            conn.sendall(("USER PID PPID VSZ RSS WCHAN ADDR S NAME\n"
                          "root 1 0 1 1 0 0 S init\n"
                          "u0_a123 %d 700 1 1 0 0 S com.tencent.mm:tools\n" % PID).encode())
        elif svc == "localabstract:" + SOCKET:
            okay(conn)
            pump(conn, socket.create_connection(("127.0.0.1", devtools_port)))
        else:
            conn.sendall(b"FAIL0006closed")
    except (EOFError, OSError, ValueError):
        pass
    finally:
        conn.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--adb-port", type=int, default=18082)
    ap.add_argument("--site-port", type=int, default=18083)
    args = ap.parse_args()
    site = http.server.ThreadingHTTPServer(("127.0.0.1", args.site_port), Site)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    browser = shutil.which("chromium-headless-shell") or (glob.glob("/usr/lib/chromium/chromium-headless-shell") or ["chromium"])[0]
    profile = tempfile.mkdtemp()
    chrome = subprocess.Popen([browser, "--headless", "--remote-debugging-port=0", "--no-sandbox",
                               "--user-data-dir=" + profile, "--user-agent=" + UA, "about:blank"],
                              stderr=subprocess.PIPE, text=True, start_new_session=True)
    # SIGTERM (kill from a script) stops it as Ctrl+C does, Chromium's process group with it.
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    port = None
    for line in chrome.stderr:
        m = re.search(r"DevTools listening on ws://127.0.0.1:(\d+)/", line)
        if m:
            port = int(m.group(1))
            break
    threading.Thread(target=lambda: [None for _ in chrome.stderr], daemon=True).start()
    url = "http://127.0.0.1:%d/shop/" % args.site_port
    req = urllib.request.Request("http://127.0.0.1:%d/json/new?%s" % (port, urllib.parse.quote(url, safe=":/")), method="PUT")
    urllib.request.urlopen(req).read()
    # One page on the phone: the blank tab Chromium starts with goes.
    for t in json.loads(urllib.request.urlopen("http://127.0.0.1:%d/json/list" % port).read()):
        if t.get("url") == "about:blank":
            urllib.request.urlopen("http://127.0.0.1:%d/json/close/%s" % (port, t["id"])).read()
    adb = socket.socket()
    adb.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    adb.bind(("127.0.0.1", args.adb_port))
    adb.listen()
    print("simulated phone: adb on 127.0.0.1:%d, page %s" % (args.adb_port, url), flush=True)
    try:
        while True:
            conn, _ = adb.accept()
            threading.Thread(target=serve_adb, args=(conn, port), daemon=True).start()
    except KeyboardInterrupt:
        pass
    finally:
        os.killpg(chrome.pid, signal.SIGKILL)
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
