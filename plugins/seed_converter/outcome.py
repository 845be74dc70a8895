"""What a conversion run did with each seed, and what the site holds afterwards."""

from __future__ import annotations

import enum
import html
from dataclasses import dataclass
from pathlib import Path


class Status(enum.Enum):
    CONVERTED = "converted"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    KEPT_EDIT = "kept edit"
    # The seed was deleted: its article is taken down with it…
    REMOVED = "removed"
    # …unless a person edited the article: then it stays, and is reported.
    KEPT_ORPHAN = "kept orphan"


# Statuses of a file in the seed folder (the others are of seeds no longer there).
SEED_STATUSES = (Status.CONVERTED, Status.UNCHANGED, Status.SKIPPED, Status.KEPT_EDIT)


@dataclass(frozen=True)
class Story:
    """A seed's story as the build report shows it (from the article's header)."""

    title: str
    section: str
    date: str
    date_source: str  # where the date came from: "date line", "file name", "first conversion"…
    words: int | None  # words kept in the story
    dropped_words: int | None  # words left out as page furniture
    audit: str  # the audit file, relative to the content folder

    @classmethod
    def from_header(cls, header: dict[str, str], audit: str) -> Story:
        return cls(
            title=html.unescape(header.get("title", "")),
            section=header.get("category", ""),
            date=header.get("date", ""),
            date_source=header.get("date_source", ""),
            words=_number(header.get("words")),
            dropped_words=_number(header.get("dropped_words")),
            audit=audit,
        )


def _number(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


@dataclass(frozen=True)
class Outcome:
    seed: str  # the seed's path relative to the seed folder, as a person reads it
    status: Status
    reason: str = ""
    article: Path | None = None  # the article the seed's story lives in, if any
    story: Story | None = None


@dataclass(frozen=True)
class Summary:
    outcomes: tuple[Outcome, ...]
    ignored: tuple[str, ...] = ()  # files in the seed folder that are not seeds
    hand_written: int = 0  # articles in the article folder that no seed made

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    @property
    def seeds(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.status in SEED_STATUSES)

    @property
    def skipped(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.status is Status.SKIPPED)

    @property
    def kept_edits(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.status is Status.KEPT_EDIT)

    @property
    def removed(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.status is Status.REMOVED)

    @property
    def kept_orphans(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.status is Status.KEPT_ORPHAN)

    @property
    def live_from_seeds(self) -> int:
        """Seed-made articles in the content folder after the run."""
        return sum(1 for o in self.outcomes if o.article is not None
                   and o.status is not Status.REMOVED)

    def line(self) -> str:
        """The one-line summary a run ends with."""
        parts = [f"{self.count(s)} {s.value}" for s in SEED_STATUSES]
        text = f"seeds: {', '.join(parts)}"
        if self.skipped:
            text += " (" + "; ".join(f"{o.seed}: {o.reason}" for o in self.skipped) + ")"
        live = self.live_from_seeds + self.hand_written
        text += (f"; stories: {live} live ({self.live_from_seeds} from seeds, "
                 f"{self.hand_written} written by hand)")
        if self.removed:
            text += f", {len(self.removed)} removed with their seeds (" + ", ".join(
                o.seed for o in self.removed) + ")"
        if self.kept_orphans:
            text += f", {len(self.kept_orphans)} kept though their seeds are gone (" + ", ".join(
                o.seed for o in self.kept_orphans) + ")"
        return text
