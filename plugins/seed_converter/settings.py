"""The converter's settings: one prefix (SEED_), defaults in this one place."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

# Sections a general news site files stories under, each with the words that
# point to it. A story goes to the section whose words it uses most.
DEFAULT_SECTIONS: dict[str, tuple[str, ...]] = {
    "Politics": ("government", "minister", "president", "parliament", "election",
                 "senate", "congress", "party", "vote", "governor", "policy", "law"),
    "Business": ("market", "company", "companies", "economy", "tax", "bank", "shares",
                 "investment", "investor", "price", "trade", "billion", "million",
                 "corp", "revenue", "profit", "mining", "miners", "mines"),
    "Technology": ("technology", "software", "internet", "crypto", "cryptocurrency",
                   "bitcoin", "computer", "computers", "app", "data", "digital", "ai"),
    "Science": ("scientists", "research", "study", "researchers", "space", "nasa",
                "species", "university"),
    "Health": ("health", "hospital", "doctors", "patients", "disease", "vaccine",
               "drug", "drugs", "medical", "virus"),
    "Sport": ("match", "team", "season", "league", "coach", "players", "championship",
              "goal", "cup", "tournament"),
    # Reviews of games, books and films are culture, whatever sport words they use.
    "Culture": ("film", "films", "movie", "music", "book", "books", "novel", "art", "album",
                "festival", "theatre", "museum", "artist", "review", "reviews", "gameplay",
                "console", "playstation", "xbox", "nintendo", "episode", "director", "actor",
                "band", "song"),
    "Environment": ("climate", "energy", "emissions", "electricity", "pollution",
                    "environmental", "weather", "carbon"),
}


@dataclass(frozen=True)
class ConverterSettings:
    """Settings as the converter uses them; built once from Pelican's or the CLI's."""

    seed_dir: Path | None = None
    # Converted articles go in this folder under Pelican's content PATH.
    article_dir: str = "articles"
    # A seed above this size is skipped: no real article page is bigger.
    max_bytes: int = 8 * 1024 * 1024
    # Files with these endings are seeds; anything else (images, .DS_Store) is ignored.
    extensions: tuple[str, ...] = (".txt", ".text", "")
    sections: Mapping[str, tuple[str, ...]] = None  # type: ignore[assignment]
    default_section: str = "News"
    max_tags: int = 6
    # Worker processes for converting many seeds; 0 means one per core.
    workers: int = 0
    # The trained line labeller (`make train`); None means the one shipped with the code.
    labeller_model: Path | None = None
    # Keep what was learnt from the files read (file_memory.py) in this process for
    # its next build (`make devserver`, Pelican's autoreload); a process that builds
    # once (`make html`) lets it go after converting: it is saved in the cache for
    # the next run, and held it only added to the build's memory peak.
    keep_read_files: bool = True

    def __post_init__(self) -> None:
        if self.sections is None:
            object.__setattr__(self, "sections", DEFAULT_SECTIONS)


PREFIX = "SEED_"


def from_pelican(settings: Mapping[str, Any]) -> ConverterSettings:
    """Merge SEED_* entries of Pelican's settings over the defaults, once."""
    given = {}
    for f in fields(ConverterSettings):
        # seed_dir is SEED_DIR, not SEED_SEED_DIR: the prefix is not doubled.
        key = PREFIX + f.name.upper().removeprefix(PREFIX)
        if key in settings and settings[key] is not None:
            given[f.name] = settings[key]
    for key in ("seed_dir", "labeller_model"):
        if given.get(key) is not None:
            given[key] = Path(given[key])
    if "extensions" in given:
        given["extensions"] = tuple(given["extensions"])
    return ConverterSettings(**given)
