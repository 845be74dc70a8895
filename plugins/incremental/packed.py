"""Texts a build keeps for every story but reads only now and then, kept
compressed.

A story's HTML is read when its own page, a feed that carries it or a plugin
asks for it, a few times a build, and kept from reading to the end of the build:
in the build's own process, which forks the render workers, every story's HTML
as a Python string (two bytes a character once a story has one character beyond
Latin-1) was the largest thing the archive added to it. Compressed, it is about
a sixth of that; unpacking it again takes tens of microseconds.
"""

from __future__ import annotations

import zlib

# zlib's fastest level: packing runs in the build's own process, one story
# after another while Pelican reads them, and a higher level saves little more
# on prose.
LEVEL = 1


def pack(text):
    """A text as compressed UTF-8; anything else (None) as it is."""
    if type(text) is not str:
        return text
    # surrogatepass: a lone surrogate Pelican kept in a text comes back as it was.
    return zlib.compress(text.encode("utf-8", "surrogatepass"), LEVEL)


def unpack(packed):
    """What pack() was given."""
    if type(packed) is not bytes:
        return packed
    return zlib.decompress(packed).decode("utf-8", "surrogatepass")
