"""This build's time: SOURCE_DATE_EPOCH when set (the reproducible-builds
convention), else the clock. Whatever depends on the day asks here, so a build
can be repeated on a later day as if it were the same one."""

from __future__ import annotations

import datetime as dt
import os

EPOCH_VARIABLE = "SOURCE_DATE_EPOCH"
# The generators' context key under which a plugin whose pages depend on the
# build's time puts the first later time (aware, UTC) at which they would change
# (None: never). A build that finds nothing else changed stops early only before
# then (incremental/uptodate.py).
HOLDS_UNTIL = "CLOCK_HOLDS_UNTIL"


def now() -> dt.datetime:
    """The build's time in UTC, aware, to the second."""
    given = os.environ.get(EPOCH_VARIABLE, "").strip()
    if given:
        try:
            return dt.datetime.fromtimestamp(int(given), dt.UTC)
        except (ValueError, OverflowError, OSError):
            raise ValueError(f"{EPOCH_VARIABLE}={given!r} is not a number of seconds "
                             "since 1970-01-01") from None
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def now_naive() -> dt.datetime:
    """The build's time in UTC without a time zone, to the minute: as article headers
    write dates (the site's TIMEZONE is UTC)."""
    return now().replace(tzinfo=None, second=0)
