#!/usr/bin/env python3
"""Sums JFR execution samples by part of a request (inclusive) and lists the hottest methods (self)."""
import collections
import json
import sys

# A sample counts for the part of its innermost frame (nearest the top of the stack) that belongs to
# one of these parts; JDK frames (String, HashMap, crypto...) count for the code that called them.
PARTS = [
    ("signature check (the SDK's RequestValidator)",
     ("com.twilio.security.", "clinic.ivr.web.TwilioRequestFilter.signed")),
    ("form and query parsing (Jetty's FormFields, UrlEncoded)",
     ("org.eclipse.jetty.server.FormFields", "org.eclipse.jetty.util.UrlEncoded", "clinic.ivr.web.Forms",
      "clinic.ivr.line.VoiceRequest")),
    ("TwiML render (FreeMarker templates)", ("freemarker.",)),
    ("TwiML render (our renderer, sentences)", ("clinic.ivr.twiml.", "clinic.ivr.prompts.")),
    ("call decision (flow, listener, understanding speech)", ("clinic.ivr.flow.", "clinic.ivr.understanding.",
                                                              "org.apache.lucene.")),
    ("call log (Logback, asynchronous JSON on stdout)", ("clinic.ivr.web.CallLog", "ch.qos.logback.", "net.logstash.")),
    ("metrics and request recording", ("clinic.ivr.web.RequestRecorder", "clinic.ivr.web.LineMetrics")),
    ("phone line (state, input, answer cache)", ("clinic.ivr.line.",)),
    ("our servlets and filters (other)", ("clinic.ivr.",)),
    ("Jetty (HTTP parsing, I/O, servlet container)", ("org.eclipse.jetty.",)),
]


def frames(event):
    for f in event["values"]["stackTrace"]["frames"]:
        m = f["method"]
        yield m["type"]["name"].replace("/", ".") + "." + m["name"]


def main():
    events = json.load(open(sys.argv[1]))["recording"]["events"]
    parts = collections.Counter()
    top = collections.Counter()
    ours = collections.Counter()
    for e in events:
        stack = list(frames(e))
        if not stack:
            continue
        top[stack[0]] += 1
        part = next((name for f in stack for name, prefixes in PARTS if f.startswith(prefixes)), None)
        parts[part or "other (JVM, GC helpers, JFR)"] += 1
        first_ours = next((f for f in stack if f.startswith("clinic.ivr.")), None)
        if first_ours:
            ours[first_ours] += 1
    total = sum(parts.values())
    print(f"{total} samples\n")
    print("| part of a request | share of samples |")
    print("| --- | --- |")
    for name, n in parts.most_common():
        print(f"| {name} | {100 * n / total:.1f} % |")
    print("\nHottest methods (self time):")
    for name, n in top.most_common(15):
        print(f"  {100 * n / total:5.1f} %  {name}")
    print("\nOur innermost frame on the stack:")
    for name, n in ours.most_common(12):
        print(f"  {100 * n / total:5.1f} %  {name}")


if __name__ == "__main__":
    main()
