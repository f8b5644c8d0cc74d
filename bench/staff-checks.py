#!/usr/bin/env python3
"""Staff pressing Check on new words over and over, as the staff page posts it, while calls go on.

    bench/staff-checks.py BASE_URL STAFF_PASSWORD [SECONDS=30] [STAFF=4]

Each of STAFF workers reads /staff/prompts once, then posts the whole words form again and again with a
changed emergency sentence and the Check button, for SECONDS. Prints one JSON line: checks answered,
their statuses and times. Run it beside bench/run.sh's wrk load (see bench/RESULTS.md) to see what the
heap does when staff check words during calls.
"""
import base64
import html.parser
import json
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request


class WordsForm(html.parser.HTMLParser):
    """The fields of the form with id "words", as a browser would post them (the Check button's action)."""

    def __init__(self):
        super().__init__()
        self.fields, self.inside, self.textarea = [], False, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("id") == "words"
        elif self.inside and tag == "input" and a.get("name") and a.get("type") not in ("submit", "button"):
            if a.get("type") not in ("checkbox", "radio") or "checked" in a:
                self.fields.append([a["name"], a.get("value", "")])
        elif self.inside and tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
            self.fields.append(self.textarea)

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None
        elif tag == "form":
            self.inside = False


def main():
    base, password = sys.argv[1].rstrip("/"), sys.argv[2]
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 30
    staff = int(sys.argv[4]) if len(sys.argv) > 4 else 4
    auth = {"Authorization": "Basic " + base64.b64encode(f"staff:{password}".encode()).decode()}
    page = urllib.request.urlopen(urllib.request.Request(base + "/staff/prompts", headers=auth)).read().decode()
    form = WordsForm()
    form.feed(page)
    if not any(name == "w.en.emergency" for name, _ in form.fields):
        sys.exit("no words form at " + base + "/staff/prompts")
    posted = dict(auth, Origin=base)  # a form posted from the line's own page, as a browser sends it
    statuses, times, lock = {}, [], threading.Lock()
    end = time.monotonic() + seconds

    def press_check(worker):
        n = 0
        while time.monotonic() < end:
            n += 1
            fields = [(k, v + f" Check {worker}.{n}." if k == "w.en.emergency" else v) for k, v in form.fields]
            body = urllib.parse.urlencode(fields + [("action", "check")]).encode()
            request = urllib.request.Request(base + "/staff/prompts", data=body, headers=posted)
            t0 = time.monotonic()
            try:
                status = urllib.request.urlopen(request, timeout=60).status
            except urllib.error.HTTPError as e:
                status = e.code
            except OSError as e:
                status = type(e).__name__
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                times.append(time.monotonic() - t0)

    workers = [threading.Thread(target=press_check, args=(w,)) for w in range(staff)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(json.dumps({"staff": staff, "seconds": seconds, "checks": len(times), "statuses": statuses,
                      "median_s": round(statistics.median(times), 2) if times else None,
                      "max_s": round(max(times), 2) if times else None}))


if __name__ == "__main__":
    main()
