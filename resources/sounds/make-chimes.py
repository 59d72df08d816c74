#!/usr/bin/env python3
"""Generates Gavel's two timer alert sounds, next to this script.

    python3 resources/sounds/make-chimes.py

warning.wav  one soft chime (A5), played when an item reaches its warning threshold
timeup.wav   two chimes falling a fifth (G5, then C5), played when an item's time is up

Both are 16-bit PCM, mono, 44.1 kHz and shorter than a second. Each chime is a few
harmonic partials (the higher ones fading sooner, as on a struck bell) with a 15 ms
raised-cosine attack, an exponential decay and a final fade to silence, so neither
start nor end clicks. The peak is -6 dBFS: a gentle cue, not an alarm. The output is
deterministic (no randomness), so running the script again yields identical files.
Only the Python standard library is used (math, struct, wave).
"""

import math
import os
import struct
import wave

RATE = 44100
PEAK = 0.5  # -6 dBFS
ATTACK = 0.015  # seconds
FADE_OUT = 0.08  # seconds, at the very end of the file

# (multiple of the fundamental, relative amplitude, decay time constant in seconds)
PARTIALS = [
    (1.0, 1.00, 0.26),
    (2.0, 0.30, 0.14),
    (3.0, 0.10, 0.09),
]


def chime(frequency, t):
    """One chime struck at t = 0; silent before it."""
    if t < 0:
        return 0.0
    value = 0.0
    for multiple, amplitude, tau in PARTIALS:
        value += amplitude * math.exp(-t / tau) * math.sin(2 * math.pi * frequency * multiple * t)
    if t < ATTACK:
        value *= 0.5 - 0.5 * math.cos(math.pi * t / ATTACK)
    return value


def render(notes, duration):
    """notes: (start in seconds, frequency in Hz); returns samples in -1..1 at PEAK."""
    count = int(RATE * duration)
    samples = []
    for i in range(count):
        t = i / RATE
        samples.append(sum(chime(frequency, t - start) for start, frequency in notes))
    fade = int(RATE * FADE_OUT)
    for i in range(fade):
        samples[count - fade + i] *= 0.5 + 0.5 * math.cos(math.pi * (i + 1) / fade)
    loudest = max(abs(s) for s in samples)
    return [s * PEAK / loudest for s in samples]


def write(path, samples):
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", round(s * 32767)) for s in samples))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    write(os.path.join(here, "warning.wav"), render([(0.0, 880.0)], 0.8))
    write(os.path.join(here, "timeup.wav"), render([(0.0, 783.99), (0.32, 523.25)], 0.95))


if __name__ == "__main__":
    main()
