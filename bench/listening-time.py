#!/usr/bin/env python3
"""How long a caller listens to the main menu, in each language, at normal and slow pace.

Asks a running line (local trial mode) for the main menu, takes the words said in the call's
language, and times them with espeak-ng (rendered to a WAV file, measured with sox's soxi),
adding the menu's <break> pauses. Also gives the estimate by word count at 150 words per minute.

    java -jar target/clinic-ivr.jar &        # PORT defaults to 8080
    python3 bench/listening-time.py [http://127.0.0.1:8080]

Needs espeak-ng and sox (Debian packages). Polly's neural voices are a little slower than
espeak-ng's default 175 words per minute, so read the times as a lower bound.
"""
import re
import subprocess
import sys
import tempfile
import urllib.request
import xml.etree.ElementTree as ET

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
VOICES = {"en": "en-us", "es": "es-419"}
NORMAL_WPM = 175


def menu(lang):
    body = b"CallSid=CAlistening&Digits=*"
    with urllib.request.urlopen(f"{BASE}/voice/menu?node=main&lang={lang}", data=body) as r:
        return ET.fromstring(r.read())


def words_and_pauses(root, lang):
    says = [s for s in root.iter("Say") if s.get("language", "").startswith(lang)]
    text = re.sub(r"\s+", " ", " ".join(" ".join(say.itertext()) for say in says)).strip()
    pauses = sum(float(b.get("time", "0ms").rstrip("ms")) / 1000 for say in says for b in say.iter("break"))
    return text, pauses


def espeak_seconds(text, voice, wpm):
    with tempfile.NamedTemporaryFile(suffix=".wav") as wav:
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(wpm), "-w", wav.name, text], check=True)
        return float(subprocess.check_output(["soxi", "-D", wav.name]).decode())


for lang, voice in VOICES.items():
    text, pauses = words_and_pauses(menu(lang), lang)
    words = len(text.split())
    print(f"== main menu, {lang}: {words} words, {pauses:.1f} s of pauses")
    print(f"   {text}")
    for label, factor in (("normal", 1.0), ("slow (85%)", 0.85)):
        speech = espeak_seconds(text, voice, int(NORMAL_WPM * factor))
        estimate = words / (150 * factor) * 60
        print(f"   {label:11} espeak-ng: {speech + pauses:5.1f} s   word count at {int(150 * factor)} wpm: {estimate + pauses:5.1f} s")
