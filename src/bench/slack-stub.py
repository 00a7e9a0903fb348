#!/usr/bin/env python3
"""A stub of the Slack Web API for start-up timing only: auth.test says ok, everything else says ok too.
Usage: python3 src/bench/slack-stub.py PORT   (loopback; stop it with Ctrl+C or kill)."""
import http.server
import sys

AUTH = b'{"ok":true,"url":"https://bench.slack.com/","team":"Bench","user":"mentorbot","team_id":"T0BENCH","user_id":"U0BOT","bot_id":"B0BOT"}'


class Stub(http.server.BaseHTTPRequestHandler):
    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        body = AUTH if self.path.endswith("auth.test") else b'{"ok":true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = answer
    do_POST = answer

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Stub).serve_forever()
