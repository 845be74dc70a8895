"""Stage 2, split: clean text becomes lines, each knowing the gap above it."""

from __future__ import annotations

from .model import Line


def split_lines(text: str) -> tuple[Line, ...]:
    """Return the non-empty lines, trimmed, with the count of blank lines before each."""
    lines: list[Line] = []
    blanks = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if not stripped:
            blanks += 1
            continue
        lines.append(Line(index=len(lines), number=number, text=stripped, blank_before=blanks))
        blanks = 0
    return tuple(lines)
