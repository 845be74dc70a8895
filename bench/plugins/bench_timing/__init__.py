"""Bench-only Pelican plugin: stamp the start of each build phase into a JSON file.

`make bench` lists it first in PLUGINS (so its receivers run before the site's on
the same signal) and names the file in BENCH_TIMING_FILE. The runner turns the
stamps into the breakdown: convert, read, write, finalize.
"""

from __future__ import annotations

import atexit
import json
import os
import time

from pelican import signals

STAMPS: dict[str, float] = {}


def _stamp(name: str, last: bool = False):
    def receiver(*_args, **_kwargs):
        if last or name not in STAMPS:
            STAMPS[name] = time.time()
    receiver.__name__ = f"stamp_{name}"
    return receiver


# Kept in a list: blinker holds receivers weakly.
RECEIVERS = {
    # Fires before the seed converter's receiver on the same signal: conversion starts.
    "get_generators": _stamp("convert"),
    # The articles generator is built right after every get_generators receiver ran.
    "article_generator_init": _stamp("read"),
    # Everything is read: pages, feeds and files are asked for, then rendered by
    # worker processes, while share cards are drawn and the search index is built.
    "all_generators_finalized": _stamp("write"),
    "finalized": _stamp("finalize"),
}


def _dump() -> None:
    path = os.environ.get("BENCH_TIMING_FILE")
    if path:
        STAMPS["end"] = time.time()
        with open(path, "w", encoding="utf-8") as f:
            json.dump(STAMPS, f)


def register() -> None:
    for name, receiver in RECEIVERS.items():
        getattr(signals, name).connect(receiver)
    atexit.register(_dump)
