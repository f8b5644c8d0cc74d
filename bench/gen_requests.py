#!/usr/bin/env python3
"""Signed, Twilio-shaped requests for a whole call path, as a Lua table for wrk.

Usage: gen_requests.py BASE_URL AUTH_TOKEN OUT.lua OUT_DIR
Writes OUT.lua (the requests) and, in OUT_DIR, N.path, N.body and N.sig for request N (used to
wait for the first answer and to capture the answers the floor server replays).

The signature is Twilio's documented one: Base64(HMAC-SHA1(token, url + each POST parameter's
name and value, sorted by name)).
"""
import base64
import hashlib
import hmac
import os
import sys
import urllib.parse

CALL = {
    "AccountSid": "AC0123456789abcdef0123456789abcdef",
    "ApiVersion": "2010-04-01",
    "CallStatus": "in-progress",
    "Called": "+16465550100",
    "Caller": "+12125550147",
    "Direction": "inbound",
    "From": "+12125550147",
    "FromCity": "NEW YORK",
    "FromState": "NY",
    "To": "+16465550100",
}

# A whole call: the answer, a main-menu key, an information answer, a question the caller says
# (so the line's understanding is loaded and used, as on a clinic's line), the FAQ menu, an FAQ
# answer, and the front desk.
PATH = [
    ("/voice", {}),
    ("/voice/menu?node=main&lang=en", {"Digits": "1"}),
    ("/voice/menu?node=what-it-is&lang=en", {"SpeechResult": "what happens during a session", "Confidence": "0.9"}),
    ("/voice/menu?node=what-it-is&lang=en", {"Digits": "#"}),
    ("/voice/menu?node=main&lang=en", {"Digits": "3"}),
    ("/voice/menu?node=faq&lang=en", {"Digits": "2"}),
    ("/voice/menu?node=faq-painful&lang=en", {"Digits": "0"}),
]


def sign(token, url, form):
    data = url + "".join(k + form[k] for k in sorted(form))
    mac = hmac.new(token.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(mac).decode()


def lua_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    base, token, out_lua, out_dir = sys.argv[1:5]
    os.makedirs(out_dir, exist_ok=True)
    entries = []
    for i, (path, extra) in enumerate(PATH):
        form = dict(CALL, CallSid="CA%032d" % i, **extra)
        body = urllib.parse.urlencode(form)
        signature = sign(token, base + path, form)
        entries.append("  {path=%s, body=%s, signature=%s}" % (lua_string(path), lua_string(body), lua_string(signature)))
        for ext, value in (("path", path), ("body", body), ("sig", signature)):
            with open(os.path.join(out_dir, "%d.%s" % (i, ext)), "w") as f:
                f.write(value)
    with open(out_lua, "w") as f:
        f.write("return {\n" + ",\n".join(entries) + "\n}\n")


if __name__ == "__main__":
    main()
