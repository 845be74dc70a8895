"""Stories' save_as and url kept from the last build.

A story works its save_as and url out once a build (seam.LocatedOnce): Pelican
formats the URL settings from a copy of its metadata, 40 microseconds a story,
all of it again on every build for stories whose file did not change. What the
last build worked out is kept here with each file's size and modification time,
under the build digest (settings, theme, plugin code, Pelican's version: any
change and nothing kept is used), and handed to the story when it is made; the
story still works them out again if its status or language is not the one they
were worked out for (a story dated ahead becomes a draft after it is made).
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any

from . import seam

FILE = "locations.pickle"
FORMAT = 1


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, TypeError, ValueError):
        return None
    return st.st_size, st.st_mtime_ns


class KeptLocations:
    """The last build's locations, by source file; and this build's, as stories are made."""

    def __init__(self, path: Path, build: str) -> None:
        self.path, self.build = path, build
        self.known: dict[str, tuple[tuple[int, int], Any]] = {}
        self.made: list[tuple[str, tuple[int, int], Any]] = []
        try:
            with open(path, "rb") as f:
                stored = pickle.load(f)
            if stored.get("format") == FORMAT and stored.get("build") == build:
                self.known = stored["stories"]
        except (OSError, ValueError, EOFError, pickle.UnpicklingError, AttributeError,
                KeyError, TypeError):
            self.known = {}

    def seed(self, content) -> None:
        """Hand a story made from an unchanged file the locations it had."""
        source = getattr(content, "source_path", None)
        stamp = _stamp(source) if source else None
        if stamp is None:
            return
        found = self.known.get(source)
        if found is not None and found[0] == stamp:
            seam.take_located(content, found[1])
        self.made.append((source, stamp, content))

    def save(self) -> None:
        """Keep this build's locations for the next (written only when they changed)."""
        stories = {}
        for source, stamp, content in self.made:
            located = seam.located(content)
            if located is not None:
                stories[source] = (stamp, located)
        if stories == self.known:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        with open(tmp, "wb") as f:
            pickle.dump({"format": FORMAT, "build": self.build, "stories": stories}, f,
                        protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.path)
