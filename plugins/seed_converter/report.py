"""The build report: a page in the site that accounts for every seed and story.

It has a row per seed (headline, status, section, date and where it came from,
words kept and dropped, the audit file), lists what a person must look at
(skipped seeds, edits kept over a newer conversion, stories kept though their
seed is gone), and counts the stories the site really publishes, from Pelican's
own list. It says what the site holds, not what this run did ("converted" on one
build is "unchanged" on the next), so two builds of the same seeds write the
same page.
"""

from __future__ import annotations

from dataclasses import dataclass

from pelican.generators import Generator

from .outcome import Status, Story, Summary

REPORT_TEMPLATE = "report"
REPORT_URL = "report/"
REPORT_SAVE_AS = "report/index.html"
# A seed's state as the site holds it: a conversion is "published" whichever run made it.
SHOWN_STATUS = {
    Status.CONVERTED: "published",
    Status.UNCHANGED: "published",
    Status.KEPT_EDIT: "published, edit kept",
    Status.SKIPPED: "skipped",
    Status.KEPT_ORPHAN: "published, seed deleted",
}


@dataclass(frozen=True)
class Entry:
    seed: str
    reason: str


@dataclass(frozen=True)
class Row:
    """One seed's line in the report's table."""

    seed: str
    status: str
    story: Story | None  # None: the seed never became a story
    note: str = ""


@dataclass(frozen=True)
class Report:
    """What the report page shows; the template only lays it out."""

    seeds: int
    published: int  # seeds whose story is on the site
    skipped: tuple[Entry, ...]
    kept_edits: tuple[Entry, ...]
    ignored: tuple[str, ...]
    rows: tuple[Row, ...] = ()
    kept_orphans: tuple[Entry, ...] = ()
    stories: int = 0  # stories the site publishes, as Pelican counts them
    from_seeds: int = 0
    hand_written: int = 0


def build(summary: Summary, articles=()) -> Report:
    """The report of a run's summary and the stories Pelican publishes."""
    seeds = summary.seeds
    published = sum(1 for o in seeds if o.article is not None)
    rows = tuple(
        Row(o.seed, SHOWN_STATUS[o.status], o.story, _note(o.status, o.reason))
        for o in summary.outcomes if o.status in SHOWN_STATUS
    )
    from_seeds = sum(1 for a in articles if getattr(a, "seed", None))
    return Report(
        seeds=len(seeds),
        published=published,
        skipped=tuple(Entry(o.seed, o.reason) for o in summary.skipped),
        kept_edits=tuple(Entry(o.seed, o.reason) for o in summary.kept_edits),
        ignored=summary.ignored,
        rows=rows,
        kept_orphans=tuple(Entry(o.seed, o.reason) for o in summary.kept_orphans),
        stories=len(articles),
        from_seeds=from_seeds,
        hand_written=len(articles) - from_seeds,
    )


def _note(status: Status, reason: str) -> str:
    # A conversion's "renamed from …" is what this run did; the page says what is.
    return "" if status in (Status.CONVERTED, Status.UNCHANGED) else reason


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
            seed_report=build(self.summary, self.context.get("articles", ())),
        )


def generator_for(summary: Summary) -> type[ReportGenerator]:
    """A generator class bound to this build's summary (Pelican instantiates it)."""
    return type("SeedReportGenerator", (ReportGenerator,), {"summary": summary})
