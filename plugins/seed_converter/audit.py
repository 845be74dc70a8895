"""The audit trail: beside each article, what was left out of it and why.

`<article>.audit.txt` sits next to `<article>.md` in the content folder, where
Pelican reads only the Markdown; a person reads the audit to check the converter.
"""

from __future__ import annotations

from pathlib import Path

from . import rules
from .model import Article
from .naming import display
from .store import write_if_changed

# A dropped line is quoted up to this many characters; the rest is counted.
QUOTE_CHARS = 300


def audit_path(article_path: Path) -> Path:
    return Path(audit_file(str(article_path)))


def audit_file(article_path: str) -> str:
    """audit_path as a string, from one (a pass works it out for every story)."""
    return article_path.removesuffix(".md") + ".audit.txt"


def render(article: Article, article_path: Path) -> str:
    """Return the audit text: the seed, the reading repairs, each dropped line."""
    seed = article.seed
    out = [
        f"Seed: {display(seed.relpath)}",
        f"Seed digest: sha256:{seed.digest}",
        f"Article: {display(article_path.name)}",
        "Reading: " + ("; ".join(seed.modified_repairs) or "no repairs"),
        f"Kept: {len(article.body)} blocks. Dropped: {len(article.dropped)} lines.",
        "",
    ]
    for d in article.dropped:
        reason = rules.reason(d.rule)
        why = f"{d.rule} ({reason})" if reason else d.rule
        out.append(f"line {d.line}: {why}: {_quote(d.text)}")
    return "\n".join(out) + "\n"


def write(article: Article, article_path: Path) -> Path:
    """Write the audit beside the article, leaving an identical one untouched."""
    path = audit_path(article_path)
    write_if_changed(path, render(article, article_path))
    return path


def _quote(text: str) -> str:
    if len(text) <= QUOTE_CHARS:
        return text
    return f"{text[:QUOTE_CHARS]}… [{len(text) - QUOTE_CHARS:,} more characters]"
