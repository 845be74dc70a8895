"""The converter's audit files as pages: what was left out of each story, and why.

Beside each converted article the converter writes `<article>.audit.txt`: the
seed, the repairs made reading it, and each dropped line with the rule that
dropped it. Each becomes a page in the site's style at report/<slug>/,
linked from the story's row in the editor's report.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path

from pelican.generators import Generator
from seed_converter import rules

AUDIT_SUFFIX = ".audit.txt"
AUDIT_TEMPLATE = "audit"
AUDIT_URL = "report/{slug}/"
AUDIT_SAVE_AS = "report/{slug}/index.html"
_HEAD = re.compile(r"^(Seed|Seed digest|Article|Reading|Kept): (.*)$")
_DROPPED = re.compile(r"^line (\d+): ([\w.-]+)(.*)$")


@dataclass(frozen=True)
class Dropped:
    line: int
    rule: str
    reason: str
    text: str


@dataclass(frozen=True)
class Lines:
    """What an audit page shows, read from the audit file."""

    seed: str
    repairs: str
    kept: str
    dropped: tuple[Dropped, ...]


@dataclass(frozen=True)
class Audit:
    """An audit file, known by its stat and read when its page is rendered.

    A build asks for every story's audit page and renders only those whose
    inputs changed (the incremental plugin): the stat (size, times, inode) tells
    a rewritten file from the same one, as the converter's file memory does for
    seeds and articles, so an unchanged audit is never read, and the build holds
    no audit's text."""

    path: str
    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int

    @classmethod
    def at(cls, path: Path) -> Audit:
        """The audit file at path (OSError when there is none)."""
        st = os.stat(path)
        return cls(str(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)

    @property
    def text(self) -> str:
        return Path(self.path).read_text(encoding="utf-8")

    @property
    def lines(self) -> Lines:
        return _lines_of_recent(self)

    @property
    def seed(self) -> str:
        return self.lines.seed

    @property
    def repairs(self) -> str:
        return self.lines.repairs

    @property
    def kept(self) -> str:
        return self.lines.kept

    @property
    def dropped(self) -> tuple[Dropped, ...]:
        return self.lines.dropped


def audit_file(article) -> Path:
    source = Path(article.source_path)
    return source.with_name(source.name.removesuffix(".md") + AUDIT_SUFFIX)


# A page reads its audit's lines several times while it renders, and never
# after: the last few are kept, not every audit a render process has shown.
@functools.lru_cache(maxsize=4)
def _lines_of_recent(audit: Audit) -> Lines:
    return read_lines(audit.text)


def read_lines(text: str) -> Lines:
    """Read an audit file's head and dropped lines."""
    head: dict[str, str] = {}
    dropped = []
    for line in text.splitlines():
        if found := _DROPPED.match(line):
            number, rule, rest = found.groups()
            reason = rules.reason(rule)
            # "rule (reason): text", or "rule: text" for a rule without a reason.
            prefix = f" ({reason}): " if reason else ": "
            if not rest.startswith(prefix):
                prefix = ": "
            dropped.append(Dropped(int(number), rule, reason, rest.removeprefix(prefix)))
        elif found := _HEAD.match(line):
            head[found.group(1)] = found.group(2)
    return Lines(head.get("Seed", ""), head.get("Reading", ""), head.get("Kept", ""),
                 tuple(dropped))


def audit_pages(articles) -> dict[str, tuple]:
    """Each story with an audit file: {audit file: (story, audit, url, save_as)}."""
    pages = {}
    for article in articles:
        path = audit_file(article)
        try:
            audit = Audit.at(path)
        except OSError:
            continue  # a story written by hand has no audit
        slug = article.slug
        pages[str(path)] = (article, audit, AUDIT_URL.format(slug=slug),
                            AUDIT_SAVE_AS.format(slug=slug))
    return pages


def _relative(path: str, content: Path, folders: dict[str, str]) -> str:
    """The path relative to the content folder, symbolic links followed (as
    Path.resolve does), or the path itself outside it; each folder resolved once
    (in `folders`), the file itself only when it is a link."""
    folder, name = os.path.split(path)
    real = folders.get(folder)
    if real is None:
        real = folders[folder] = os.path.realpath(folder)
    resolved = os.path.realpath(path) if os.path.islink(path) else os.path.join(real, name)
    inside = os.path.join(str(content), "")
    return resolved.removeprefix(inside) if resolved.startswith(inside) else path


class AuditPageGenerator(Generator):
    """A Pelican generator writing one audit page per converted story."""

    def generate_context(self):
        """The pages are known once the stories are: the report links them."""
        pages = audit_pages(self.context.get("articles", ()))
        self.context["audit_pages"] = pages
        # The report's links, by the audit file's path relative to the content
        # folder (as the report names it): (the story's URL, its audit page's URL).
        content = Path(self.settings["PATH"]).resolve()
        folders: dict[str, str] = {}
        self.context["report_links"] = {
            _relative(path, content, folders): (story.url, url)
            for path, (story, _audit, url, _save_as) in pages.items()
        }

    def generate_output(self, writer):
        template = self.get_template(AUDIT_TEMPLATE)
        for story, audit, url, save_as in self.context["audit_pages"].values():
            writer.write_file(save_as, template, self.context,
                              relative_urls=self.settings["RELATIVE_URLS"], url=url,
                              story=story, audit=audit)
