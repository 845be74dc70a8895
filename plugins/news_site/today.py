"""What depends on the day, and the day it depends on.

The day is the build's (seed_converter.clock: SOURCE_DATE_EPOCH when set, else
the clock), so a build repeated with the same SOURCE_DATE_EPOCH is the same site.
"""

from __future__ import annotations

import datetime as dt

from seed_converter.clock import now

__all__ = ["FUTURE_GRACE", "aligned", "is_ahead", "now"]

# A story dated up to a day ahead is today's somewhere (time zones, embargoes
# lifting at midnight); one dated further ahead is a mistake or an embargo.
FUTURE_GRACE = dt.timedelta(days=1)


def aligned(at: dt.datetime, date: dt.datetime) -> dt.datetime:
    """`at` (aware, UTC), comparable with `date`: naive too when `date` is naive."""
    return at.replace(tzinfo=None) if date.tzinfo is None else at


def is_ahead(article, at: dt.datetime) -> bool:
    """True when a story is dated more than FUTURE_GRACE after `at`."""
    return article.date > aligned(at, article.date) + FUTURE_GRACE
