#!/usr/bin/env python3
"""Waits until a starting server answers request 0 of the call path (a signed POST) with 200.

    bench/await-answer.py PORT REQUEST_DIR SERVER_PID

Polls every 5 ms from this one process. A loop of curl processes would start hundreds of processes a
second on the same two cores as the server it times, and the start measured would be theirs as much as
the server's. Exits 1 when the server dies first, or has not answered 200 within a minute.
"""
import http.client
import os
import sys
import time

port, req, pid = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
with open(os.path.join(req, "0.path")) as f:
    path = f.read().strip()
with open(os.path.join(req, "0.sig")) as f:
    signature = f.read().strip()
with open(os.path.join(req, "0.body"), "rb") as f:
    body = f.read()
headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature}
deadline = time.monotonic() + 60
status = None

while time.monotonic() < deadline:
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("POST", path, body, headers)
        status = connection.getresponse().status
        if status == 200:
            sys.exit(0)
    except OSError:
        pass  # not listening yet
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        sys.exit("the server died at start")
    time.sleep(0.005)
sys.exit(f"no 200 within a minute (the last answer: {status})")
