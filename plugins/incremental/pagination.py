"""Pages that stay put: list pages numbered from the oldest, so a new story
rewrites only the first page of each list it joins.

Pelican numbers a list's pages from the newest story: every new story shifts
every story one place, and every page of the list changes. Here the newest page
(the list's own URL) holds the newest stories, P to 2P - 1 of them once there
are P (P is the list's page size); the older stories are cut into whole pages
counted from the oldest: page 1 holds the first P stories the list ever had,
and it never changes. When the newest page would hold 2P stories, its older P
become the next numbered page.

URLs published by Pelican's numbering stay valid: its `page/N/` pages that the
new numbering has not reached yet are written as pages that send the reader to
the list's newest page.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PageLink:
    """A neighbouring page, as a template links it."""

    number: int
    url: str
    save_as: str


@dataclass(frozen=True)
class Paginator:
    """The list as a whole (`articles_paginator`). Its count changes with every
    story: an archived page that shows it changes with it, so the theme's do not."""

    count: int
    per_page: int
    num_pages: int


@dataclass(frozen=True)
class StablePage:
    """One page of a list; Pelican's Page in what templates use of it. Pelican's
    "next" page is the older one, "previous" the newer."""

    number: int  # counted from the oldest page; the newest page has the highest
    object_list: tuple  # its stories, in the list's order (newest first)
    url: str
    save_as: str
    newer: PageLink | None
    older: PageLink | None

    @property
    def newest(self) -> bool:
        return self.newer is None

    def has_next(self) -> bool:
        return self.older is not None

    def has_previous(self) -> bool:
        return self.newer is not None

    def has_other_pages(self) -> bool:
        return self.newer is not None or self.older is not None


@dataclass(frozen=True)
class Moved:
    """A page number Pelican's numbering published that this one has not reached."""

    number: int
    url: str
    save_as: str
    to: PageLink


def layout(count: int, per_page: int) -> list[range]:
    """The positions (0 = newest) on each page, oldest page first, newest last."""
    archived = max(0, count // per_page - 1) if per_page else 0
    newest = count - archived * per_page
    pages = [range(count - k * per_page, count - (k - 1) * per_page)
             for k in range(1, archived + 1)]
    return [*pages, range(0, newest)]


def archive_pattern(settings: Mapping[str, Any]) -> tuple[str, str]:
    """The (URL, save_as) pattern of numbered pages: PAGINATION_PATTERNS' rule for
    pages after the first."""
    rules = [r for r in settings["PAGINATION_PATTERNS"] if r[0] >= 2]
    if not rules:
        return ("{name}{number}{extension}", "{name}{number}{extension}")
    rule = max(rules, key=lambda r: r[0])
    return rule[1], rule[2]


def _format(pattern: str, name: str, url: str | None, number: int) -> str:
    """A numbered page's URL or file name, formatted as Pelican formats them."""
    base, extension = os.path.splitext(name)
    folder, file = os.path.split(name)
    base_name = folder if file in ("index.htm", "index.html") else base
    text = pattern.format(save_as=name, url=url, name=base, base_name=base_name,
                          extension=extension, number=number)
    return text[1:] if text.startswith("/") else text


def paginate(settings: Mapping[str, Any], name: str, url: str | None,
             lists: Mapping[str, Sequence], per_page: int) -> tuple[list[tuple[str, dict]],
                                                                    list[Moved]]:
    """(file name, template variables) of each page of a list, newest page last;
    and the pages Pelican's numbering published that now send readers on."""
    count = len(next(iter(lists.values())))
    ranges = layout(count, per_page)
    url_pattern, save_pattern = archive_pattern(settings)
    links = [PageLink(k, _format(url_pattern, name, url, k), _format(save_pattern, name, url, k))
             for k in range(1, len(ranges))]
    links.append(PageLink(len(ranges), url or "", name))
    paginator = Paginator(count, per_page, len(ranges))
    pages = []
    for i, positions in enumerate(ranges):
        link = links[i]
        newer = links[i + 1] if i + 1 < len(links) else None
        older = links[i - 1] if i > 0 else None
        variables = {}
        for key, items in lists.items():
            page = StablePage(link.number, tuple(items[positions.start:positions.stop]),
                              link.url, link.save_as, newer, older)
            variables.update({f"{key}_paginator": paginator, f"{key}_page": page,
                              f"{key}_previous_page": newer, f"{key}_next_page": older})
        pages.append((link.save_as, variables))
    pelicans = math.ceil(max(1, count) / per_page) if per_page else 1
    moved = [Moved(k, _format(url_pattern, name, url, k), _format(save_pattern, name, url, k),
                   links[-1])
             for k in range(max(2, len(ranges)), pelicans + 1)]
    return pages, moved
