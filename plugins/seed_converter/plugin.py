"""Pelican wiring: register() only connects signals; the receivers share one
Conversion object per Pelican instance."""

from __future__ import annotations

import logging
from pathlib import Path

from blinker import signal
from pelican import signals

from .batch import convert_folder, warn_about
from .file_memory import FileMemory, kept_in
from .report import generator_for
from .settings import ConverterSettings, from_pelican

log = logging.getLogger(__name__)

# Sent by `make devserver` with the Pelican instance, to convert between builds
# with what this registration remembers. Named, so the devserver sends it without
# importing this plugin.
CONVERT = signal("seed_converter.convert")


class Conversion:
    """The receivers of one registration, and what they keep between builds: the
    converter's memory of the files it read (file_memory.py), so a process that
    builds again and again (`make devserver`, autoreload) reads only what changed.
    Pelican registers plugins once per Pelican instance and blinker sends every
    signal to every registration: each converts only for the Pelican it was set
    up with, known by its settings dict."""

    def __init__(self) -> None:
        self.settings: dict | None = None
        self.memory: FileMemory | None = None

    def initialized(self, pelican) -> None:
        if self.settings is None:
            self.settings = pelican.settings

    def convert_seeds(self, pelican):
        """The converter plugin's step of a build, for this registration's Pelican."""
        if pelican.settings is not self.settings:
            return None
        # In Pelican's cache: per site (the incremental plugin puts it beside the
        # output), never in content/ or seeds/, and losing it costs only time.
        kept = kept_in(Path(pelican.settings.get("CACHE_PATH") or "cache"))
        if self.memory is None or self.memory.path != kept:
            self.memory = FileMemory(kept)
        settings = from_pelican(pelican.settings)
        report = convert_seeds(pelican, settings, self.memory)
        if not settings.keep_read_files:
            self.memory = None
        return report


def convert_seeds(pelican, settings: ConverterSettings, memory: FileMemory | None = None):
    """Convert new and changed seeds into the content folder before it is read.

    Returns the generator that writes the build report for this build's seeds.
    """
    if settings.seed_dir is None:
        return None
    if not settings.seed_dir.is_dir():
        log.warning("seed_converter: seed folder %s not found", settings.seed_dir)
        return None
    summary = convert_folder(
        settings.seed_dir, Path(pelican.settings["PATH"]), settings, warn=False, memory=memory
    )
    log.info("seed_converter: %s", summary.line())
    # Warnings last: under --fatal warnings (STRICT=1) the first one ends the build,
    # after every seed was converted and the summary above named each skipped one.
    warn_about(summary)
    return generator_for(summary)


def register() -> None:
    conversion = Conversion()
    # Held strongly: blinker would drop a bound method's object otherwise.
    # initialized: once per Pelican instance, before any build; it says whose
    # registration this is.
    signals.initialized.connect(conversion.initialized, weak=False)
    # get_generators fires at the start of every build, autoreload rebuilds too,
    # and before any content is read.
    signals.get_generators.connect(conversion.convert_seeds, weak=False)
    CONVERT.connect(conversion.convert_seeds, weak=False)
