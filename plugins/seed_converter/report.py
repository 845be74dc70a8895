"""The build report: a page in the site that accounts for every seed.

It lists what a person must look at (skipped seeds with their reason, edits kept
over a newer conversion) and counts the rest. It says what the site holds, not
what this run did ("converted" on one build is "unchanged" on the next), so two
builds of the same seeds write the same page.
"""

from __future__ import annotations

from dataclasses import dataclass

from pelican.generators import Generator

from .batch import Status, Summary

REPORT_TEMPLATE = "report"
REPORT_URL = "report/"
REPORT_SAVE_AS = "report/index.html"


@dataclass(frozen=True)
class Entry:
    seed: str
    reason: str


@dataclass(frozen=True)
class Report:
    """What the report page shows; the template only lays it out."""

    seeds: int
    published: int
    skipped: tuple[Entry, ...]
    kept_edits: tuple[Entry, ...]
    ignored: tuple[str, ...]


def build(summary: Summary) -> Report:
    published = sum(
        summary.count(s) for s in (Status.CONVERTED, Status.UNCHANGED, Status.KEPT_EDIT)
    )
    return Report(
        seeds=len(summary.outcomes),
        published=published,
        skipped=tuple(Entry(o.seed, o.reason) for o in summary.skipped),
        kept_edits=tuple(Entry(o.seed, o.reason) for o in summary.kept_edits),
        ignored=summary.ignored,
    )


class ReportGenerator(Generator):
    """Writes report/index.html from the theme's report.html; `summary` is set per build."""

    summary: Summary | None = None

    def generate_output(self, writer) -> None:
        if self.summary is None:
            return
        writer.write_file(
            REPORT_SAVE_AS,
            self.get_template(REPORT_TEMPLATE),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=REPORT_URL,
            seed_report=build(self.summary),
        )


def generator_for(summary: Summary) -> type[ReportGenerator]:
    """A generator class bound to this build's summary (Pelican instantiates it)."""
    return type("SeedReportGenerator", (ReportGenerator,), {"summary": summary})
