"""Texts the build keeps for every story but reads once or twice, kept compressed.

The build's own process holds every story until the last page is written, and
each process it forks to render copies the pages of that memory it touches: a
text kept for the one page that prints it (a story's JSON-LD, its audit) costs
its size in the build and again in every render process. Compressed with zlib's
fastest level, prose and JSON take about a third of their UTF-8 size or less;
unpacking one again takes microseconds. (The incremental plugin packs a story's
HTML the same way, in its own packed.py: Pelican loads this plugin first, and the
site builds without that one.)
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

# zlib's fastest level: packing runs in the build's own process, once a story,
# and a higher level saves little more on prose.
LEVEL = 1


def pack(text: str) -> bytes:
    """A text as compressed UTF-8 (a lone surrogate comes back as it was)."""
    return zlib.compress(text.encode("utf-8", "surrogatepass"), LEVEL)


def unpack(packed: bytes) -> str:
    """What pack() was given."""
    return zlib.decompress(packed).decode("utf-8", "surrogatepass")


@dataclass(frozen=True, slots=True)
class PackedMarkup:
    """Markup kept packed, printed as it was: a template prints it through
    `__html__` (autoescape takes it as markup, as it takes markupsafe.Markup)
    or `__str__` (without autoescape)."""

    packed: bytes

    @classmethod
    def of(cls, markup: str) -> PackedMarkup:
        return cls(pack(markup))

    def __html__(self) -> str:
        return unpack(self.packed)

    def __str__(self) -> str:
        return unpack(self.packed)
