"""One tag, section and author object per name for the whole build, and one
copy of each short text stories repeat.

Pelican's readers make a new Tag, Category and Author for every name in every
story's header (readers.METADATA_PROCESSORS): a name that three thousand stories
carry is three thousand objects, each with its attribute dict, its own copy of
the name and, once asked, of its slug. They live to the end of the build, and
each process forked to render copies the memory of every one it touches. Pelican
compares them by slug and prints them by name, so one object per kind and name
(with the same settings, its slug made from its name) is the same value to every
template, feed and fingerprint; seam.share_labels puts it in the story's place.

The same goes for the short texts of a header that repeat from story to story,
each read into a string of its own: the language, the reader's name, the status,
the converter's word counts and date source, the date as printed.
"""

from __future__ import annotations

from pelican.urlwrappers import URLWrapper

# Texts up to this long are shared: the repeated ones ("en", "published", a word
# count, a date) are short; a title, slug or path is rarely repeated, and would
# only fill the table.
SHORT_TEXT = 16


class Labels:
    """The first label of each kind and name a build met."""

    def __init__(self) -> None:
        self._known: dict[tuple[type, str], URLWrapper] = {}
        self._texts: dict[str, str] = {}

    def one(self, label: URLWrapper) -> URLWrapper:
        """The build's label of this one's kind, name and settings (this one,
        when it is the first). Only for labels whose slug is made from their
        name (seam.share_labels passes no other)."""
        key = (type(label), label.name)
        known = self._known.setdefault(key, label)
        return known if known.settings is label.settings else label

    def text(self, text: str) -> str:
        """The build's copy of a short text equal to this one (this one, when it
        is the first); a longer text as it is."""
        if len(text) > SHORT_TEXT:
            return text
        return self._texts.setdefault(text, text)
