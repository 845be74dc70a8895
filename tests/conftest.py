"""Shared pytest hooks. Site-check fixtures live in tests/site/conftest.py."""

from __future__ import annotations

import pytest


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Say plainly, at the very end (after pytest's own summary), what was skipped and why."""
    result = yield
    skipped = terminalreporter.stats.get("skipped", [])
    if skipped:
        terminalreporter.section("checks skipped", sep="=", yellow=True)
        for report in skipped:
            longrepr = report.longrepr
            reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
            reason = reason.removeprefix("Skipped: ")
            terminalreporter.write_line(f"SKIPPED {report.nodeid}: {reason}")
        terminalreporter.write_line(
            f"{len(skipped)} check(s) did not run. "
            "With NEWS_REQUIRE_ALL_CHECKS=1 (as in CI) a missing tool fails instead."
        )
    return result


@pytest.fixture
def pelicans_translations_back(monkeypatch):
    """Put Pelican's translation finder back after a test that starts a build and
    never finishes it (Build.start installs seam.linear_translations until the
    build ends): the contract tests check the finder is Pelican's own."""
    from pelican import generators

    monkeypatch.setattr(generators, "process_translations", generators.process_translations)
