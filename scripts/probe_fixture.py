#!/usr/bin/env python3
"""A local page for the Probe panel's screenshots (scripts/screenshots.sh), never the internet.

Serves a single-page shop on 127.0.0.1 that loads the jweixin stand-in written for wxsign's
tests (tests/fixtures/probe/wx-standin.js, not Tencent's file), routes with history.pushState,
asks its own /api/sign for a signature of location.href (signed with the ticket of
scripts/mock_wechat.py), calls wx.config and sets its share card. Android passes, iOS fails on
the landing URL, as a real SPA that signs after routing does. One failing request
(/api/user → 500) shows up in the timeline. Usage: probe_fixture.py [--port 18081]
"""
import argparse
import hashlib
import http.server
import os
import struct
import urllib.parse
import zlib

# The ticket scripts/mock_wechat.py hands out, so the panel's verdict is real.
TICKET = "bxLdikRXVbTPdHSM05e5u5sUoXNKd8-41ZO3MhKoyN5OfkWITDGgnr2fwJ0m9E8NYzWKVZvdVtaUgWvsdshFKA"
APP_ID = "wx0123456789abcdef"
NONCE = "Wm3WZYTPz0wzccnW"
TIMESTAMP = "1414587457"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STANDIN = os.path.join(ROOT, "tests", "fixtures", "probe", "wx-standin.js")

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>春季特卖</title>
<script src="/wx.js"></script></head><body><p>shop</p><script>
history.pushState({}, '', '/shop/list?page=2');
fetch('/api/user').catch(function () {});
fetch('/api/sign?' + new URLSearchParams({url: location.href.split('#')[0]}))
  .then(function (r) { return r.json(); })
  .then(function (s) {
    wx.config({debug: false, appId: s.appId, timestamp: s.timestamp, nonceStr: s.nonceStr,
      signature: s.signature,
      jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData']});
    wx.ready(function () {
      var img = location.origin + '/share.png', link = location.origin + '/shop/';
      wx.updateAppMessageShareData({title: '春季特卖：全场五折，仅限三天',
        desc: '在每家门店和小程序均可使用，点开看看离你最近的门店', link: link, imgUrl: img});
      wx.updateTimelineShareData({title: '春季特卖：全场五折', link: link, imgUrl: img});
    });
  });
</script></body></html>"""


def share_png(size=120):
    """A green square with a white stripe: a stand-in product picture."""
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            stripe = size // 3 < y < size // 3 + size // 6 or size // 3 < x < size // 3 + size // 6
            row += bytes((255, 255, 255) if stripe else (46, 160, 90))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


class Handler(http.server.BaseHTTPRequestHandler):
    def send(self, status, content_type, body):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/shop/", "/shop/list"):
            self.send(200, "text/html; charset=utf-8", PAGE.encode())
        elif url.path == "/wx.js":
            with open(STANDIN, "rb") as f:
                self.send(200, "application/javascript; charset=utf-8", f.read())
        elif url.path == "/share.png":
            self.send(200, "image/png", share_png())
        elif url.path == "/api/sign":
            page = urllib.parse.parse_qs(url.query).get("url", [""])[0]
            string1 = f"jsapi_ticket={TICKET}&noncestr={NONCE}&timestamp={TIMESTAMP}&url={page}"
            body = ('{"appId":"%s","timestamp":"%s","nonceStr":"%s","signature":"%s"}' % (
                APP_ID, TIMESTAMP, NONCE, hashlib.sha1(string1.encode()).hexdigest()))
            self.send(200, "application/json", body.encode())
        elif url.path == "/api/user":
            self.send(500, "application/json", b'{"error":"session expired"}')
        else:
            self.send(404, "text/plain", b"not found")

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=18081)
    args = parser.parse_args()
    http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()
