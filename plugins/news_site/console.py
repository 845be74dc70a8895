"""What a build says on the terminal: a few whole lines, and a progress bar on a
terminal only.

Warnings and errors are printed whole, one line each ("WARNING: …"), never
wrapped into the middle of a file name, and each once (Pelican's own filter
drops repeats). Other messages show with --verbose (`make html V=1`). The
seeds summary line is held back and printed last, so a build ends with it.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from typing import TextIO

# The converter's one-line account of the seeds ("seeds: 3 converted, …").
SUMMARY_PREFIX = "seeds: "
# A bar appears only when the work lasts longer than this: short builds stay quiet.
BAR_DELAY_S = 1.5
BAR_WIDTH = 28
# Redrawn at most this often: a terminal is slow next to a build.
BAR_INTERVAL_S = 0.1


def interactive(stream: TextIO) -> bool:
    """A person is watching: a terminal, not a pipe, a file or a CI log."""
    return (stream.isatty() and os.environ.get("TERM") != "dumb"
            and not os.environ.get("CI"))


class Progress:
    """One line that redraws itself: '  Writing pages  [#####     ] 1,200/5,000'."""

    def __init__(self, stream: TextIO, enabled: bool) -> None:
        self.stream, self.enabled = stream, enabled
        self.label, self.done, self.total = "", 0, 0
        self.started = 0.0
        self.drawn_at = 0.0
        self.shown = False

    def start(self, label: str, total: int) -> None:
        self.label, self.done, self.total = label, 0, total
        self.started = time.monotonic()
        self.drawn_at = 0.0

    def advance(self, by: int = 1) -> None:
        self.done += by
        if not self.enabled or not self.total:
            return
        now = time.monotonic()
        if now - self.started < BAR_DELAY_S or now - self.drawn_at < BAR_INTERVAL_S:
            return
        self.drawn_at = now
        self._draw()

    def _draw(self) -> None:
        share = min(1.0, self.done / self.total)
        filled = round(share * BAR_WIDTH)
        bar = "#" * filled + " " * (BAR_WIDTH - filled)
        self.stream.write(f"\r  {self.label} [{bar}] {self.done:,}/{self.total:,}\x1b[K")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Take the bar off the screen (before a message, or when the work ends)."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False

    def redraw(self) -> None:
        if self.enabled and self.total and self.drawn_at:
            self._draw()


class ConsoleHandler(logging.Handler):
    """Whole lines on stderr; the seeds summary kept for the end."""

    def __init__(self, progress: Progress, verbose: bool, stream: TextIO = sys.stderr) -> None:
        super().__init__(logging.DEBUG)
        self.progress, self.verbose, self.stream = progress, verbose, stream
        self.summary: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
            text = message.split(": ", 1)[1] if ": " in message else message
            if record.levelno == logging.INFO and text.startswith(SUMMARY_PREFIX):
                self.summary = text
                return
            if record.levelno < logging.WARNING and not self.verbose:
                return
            line = message if record.levelno < logging.WARNING else (
                f"{record.levelname}: {message}")
            if record.exc_info and self.verbose:
                line += "\n" + self.format(record).split("\n", 1)[-1]
            self.progress.clear()
            self.stream.write(line + "\n")
            self.stream.flush()
            self.progress.redraw()
        except Exception:
            self.handleError(record)
