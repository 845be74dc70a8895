"""The archive index: years, then months, each with its page's URL."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby


@dataclass(frozen=True)
class Month:
    label: str
    url: str
    articles: tuple


@dataclass(frozen=True)
class Year:
    year: int
    url: str
    months: tuple


def archive_index(articles, settings: dict) -> tuple[Year, ...]:
    """Group stories (newest first) by year and month, with archive page URLs."""
    year_url = settings.get("YEAR_ARCHIVE_URL") or ""
    month_url = settings.get("MONTH_ARCHIVE_URL") or ""
    ordered = sorted(articles, key=lambda a: (a.date, a.source_path), reverse=True)
    years = []
    for year, in_year in groupby(ordered, key=lambda a: a.date.year):
        in_year = tuple(in_year)
        months = tuple(
            Month(
                label=month_items[0].date.strftime("%B %Y"),
                url=month_url.format(date=month_items[0].date),
                articles=month_items,
            )
            for _month, group in groupby(in_year, key=lambda a: a.date.month)
            for month_items in [tuple(group)]
        )
        years.append(Year(year, year_url.format(date=in_year[0].date), months))
    return tuple(years)
