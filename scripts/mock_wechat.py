#!/usr/bin/env python3
"""A stand-in for api.weixin.qq.com on 127.0.0.1, for screenshots and manual tries of the window.

Answers stable_token, cgi-bin/token and ticket/getticket with fixed test credentials, and as
qyapi.weixin.qq.com WeCom's gettoken, get_jsapi_ticket (the corp ticket) and
ticket/get?type=agent_config (the agent ticket); with `--deny-ip` every call fails with errcode
40164 like a caller outside the IP whitelist.
Usage: python3 scripts/mock_wechat.py [--port 18080] [--deny-ip]
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

PORT = int(sys.argv[sys.argv.index("--port") + 1]) if "--port" in sys.argv else 18080
DENY = "--deny-ip" in sys.argv


class Handler(BaseHTTPRequestHandler):
    def answer(self, body):
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def route(self):
        if DENY:
            return {"errcode": 40164, "errmsg": "invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 6540a1b2-0f1e2d3c"}
        if self.path.startswith("/cgi-bin/stable_token") or self.path.startswith("/cgi-bin/token"):
            return {"access_token": "MOCK_ACCESS_TOKEN_" + "x" * 100, "expires_in": 7200}
        if self.path.startswith("/cgi-bin/gettoken"):
            return {"errcode": 0, "errmsg": "ok", "access_token": "MOCK_WECOM_TOKEN_" + "y" * 80, "expires_in": 7200}
        if self.path.startswith("/cgi-bin/get_jsapi_ticket"):
            return {"errcode": 0, "errmsg": "ok", "expires_in": 7200,
                    "ticket": "HoagFKDcsGMVCIY2vOjf9nGrQ2Y8ybOYwzU6KIjKlkzKQ5pmVRiNdtvUsAbuJn9hFmm1xRuZ-SUnbLc1pO4HPQ"}
        if self.path.startswith("/cgi-bin/ticket/get?") and "type=agent_config" in self.path:
            return {"errcode": 0, "errmsg": "ok", "expires_in": 5400,
                    "ticket": "9KwiourQPRN3vx3Nn1c_iX9qqGXumXiL9ZRxMcCOvTJsnRfB8dNBa1wGzVmdo_8ApBSbyamvQsJ4vGZF8e2o-w"}
        if self.path.startswith("/cgi-bin/ticket/getticket"):
            return {"errcode": 0, "errmsg": "ok", "expires_in": 7200,
                    "ticket": "bxLdikRXVbTPdHSM05e5u5sUoXNKd8-41ZO3MhKoyN5OfkWITDGgnr2fwJ0m9E8NYzWKVZvdVtaUgWvsdshFKA"}
        return {"errcode": 40001, "errmsg": "unknown path in the mock"}

    def do_GET(self):
        self.answer(self.route())

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.answer(self.route())

    def log_message(self, *args):
        pass


HTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
