"""Pelican wiring: register() only connects signals."""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals

from .batch import convert_folder, warn_about
from .report import generator_for
from .settings import from_pelican

log = logging.getLogger(__name__)


def convert_seeds(pelican):
    """Convert new and changed seeds into the content folder before it is read.

    Returns the generator that writes the build report for this build's seeds.
    """
    settings = from_pelican(pelican.settings)
    if settings.seed_dir is None:
        return None
    if not settings.seed_dir.is_dir():
        log.warning("seed_converter: seed folder %s not found", settings.seed_dir)
        return None
    summary = convert_folder(
        settings.seed_dir, Path(pelican.settings["PATH"]), settings, warn=False
    )
    log.info("seed_converter: %s", summary.line())
    # Warnings last: under --fatal warnings (STRICT=1) the first one ends the build,
    # after every seed was converted and the summary above named each skipped one.
    warn_about(summary)
    return generator_for(summary)


def register() -> None:
    # get_generators fires at the start of every build, autoreload rebuilds too
    # (`initialized` fires once per process), and before any content is read.
    signals.get_generators.connect(convert_seeds)
