"""Pelican wiring: register() only connects signals."""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals

from .batch import convert_folder
from .settings import from_pelican

log = logging.getLogger(__name__)


def convert_seeds(pelican) -> None:
    """Convert new and changed seeds into the content folder before it is read."""
    settings = from_pelican(pelican.settings)
    if settings.seed_dir is None:
        return None
    if not settings.seed_dir.is_dir():
        log.warning("seed_converter: seed folder %s not found", settings.seed_dir)
        return None
    summary = convert_folder(settings.seed_dir, Path(pelican.settings["PATH"]), settings)
    log.info("seed_converter: %s", summary.line())
    pelican.settings["SEED_SUMMARY"] = summary
    return None


def register() -> None:
    # get_generators fires at the start of every build, autoreload rebuilds too
    # (`initialized` fires once per process), and before any content is read.
    signals.get_generators.connect(convert_seeds)
