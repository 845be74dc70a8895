"""The plugin's receivers: one registration serves one Pelican, and a Pelican the
fast paths were not written for gets one warning and Pelican's own code paths."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest
from helpers import REPO
from incremental import plugin, seam
from pelican.settings import read_settings

# Builds here start and are left unfinished.
pytestmark = pytest.mark.usefixtures("pelicans_translations_back")


def pelican_for(tmp_path):
    settings = read_settings(str(REPO / "pelicanconf.py"), override={
        "OUTPUT_PATH": str(tmp_path / "output"), "CACHE_PATH": None})
    return SimpleNamespace(settings=settings, output_path=str(tmp_path / "output"))


def test_another_pelican_turns_the_fast_paths_off_with_one_warning(tmp_path, monkeypatch,
                                                                    caplog):
    monkeypatch.setattr(seam, "mismatch", lambda: "pelican 9.9 (written for 4.12.0)")
    site = pelican_for(tmp_path)
    receivers = plugin.Incremental()
    with caplog.at_level(logging.WARNING):
        receivers.initialized(site)
        receivers.initialized(site)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == ["incremental: fast paths off, pelican 9.9 (written for 4.12.0); the "
                        "site is built by Pelican's own code paths (slower, same pages)"]
    assert receivers.site.fast is False
    assert site.settings["TYPOGRIFY"] is True, "Pelican typogrifies, as it would alone"
    receivers.build_starts(site)
    assert receivers.writer(site).build.fast is False, "pages go through Pelican's write_file"


def test_the_pinned_pelican_gets_the_fast_paths(tmp_path):
    site = pelican_for(tmp_path)
    receivers = plugin.Incremental()
    receivers.initialized(site)
    assert receivers.site.fast is True
    assert site.settings["TYPOGRIFY"] is False, "the readers typogrify"
    assert receivers.site.typogrify is True
    assert site.settings["CACHE_PATH"] == str(tmp_path / ".pelican-cache" / "output")


def test_a_registration_serves_only_the_pelican_it_was_set_up_with(tmp_path):
    first, second = pelican_for(tmp_path), pelican_for(tmp_path / "other")
    receivers = plugin.Incremental()
    receivers.initialized(first)
    receivers.initialized(second)
    assert receivers.site.settings is first.settings
    receivers.build_starts(second)
    assert receivers.build is None
    receivers.build_starts(first)
    assert receivers.build is not None
