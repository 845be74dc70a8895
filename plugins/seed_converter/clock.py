"""This build's time: SOURCE_DATE_EPOCH when set (the reproducible-builds
convention), else the clock. Whatever depends on the day asks here, so a build
can be repeated on a later day as if it were the same one."""

from __future__ import annotations

import datetime as dt
import os

EPOCH_VARIABLE = "SOURCE_DATE_EPOCH"


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
