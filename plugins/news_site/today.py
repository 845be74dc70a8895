"""What depends on the day, and the day it depends on.

The day is the build's (seed_converter.clock: SOURCE_DATE_EPOCH when set, else
the clock), so a build repeated with the same SOURCE_DATE_EPOCH is the same site.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from seed_converter.clock import now

__all__ = ["FUTURE_GRACE", "aligned", "is_ahead", "next_change", "now"]

# A story dated up to a day ahead is today's somewhere (time zones, embargoes
# lifting at midnight); one dated further ahead is a mistake or an embargo.
FUTURE_GRACE = dt.timedelta(days=1)


def aligned(at: dt.datetime, date: dt.datetime) -> dt.datetime:
    """`at` (aware, UTC), comparable with `date`: naive too when `date` is naive."""
    return at.replace(tzinfo=None) if date.tzinfo is None else at


def is_ahead(article, at: dt.datetime) -> bool:
    """True when a story is dated more than FUTURE_GRACE after `at`."""
    return article.date > aligned(at, article.date) + FUTURE_GRACE


def next_change(dates: Iterable[dt.datetime], at: dt.datetime,
                news_days: int) -> dt.datetime | None:
    """The first time after `at` (aware, UTC) at which what depends on the build's
    time changes: a story dated ahead stops being ahead (its date less
    FUTURE_GRACE: front.front_page), or enters or leaves the news sitemap's window
    (sitemap.recent: from that time to its date plus `news_days`). None if never.
    A story's naive date is UTC, as aligned() reads it."""
    later = [edge for date in dates
             for edge in (_utc(date - FUTURE_GRACE), _utc(date + dt.timedelta(days=news_days)))
             if edge > at]
    return min(later, default=None)


def _utc(date: dt.datetime) -> dt.datetime:
    return date.replace(tzinfo=dt.UTC) if date.tzinfo is None else date.astimezone(dt.UTC)
