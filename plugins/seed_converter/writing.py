"""Stage 7, write: an Article becomes Markdown text with Pelican's metadata header."""

from __future__ import annotations

import datetime as dt
import hashlib

from .markup import code_block, escape_html, escape_markdown, header_list, header_value
from .model import Article, Block, Label
from .naming import encode_seed_path

# The header line holding the digest of the generated text, so a later run can
# tell an untouched article from one a person has edited.
DIGEST_KEY = "Generated"
DATE_FORMAT = "%Y-%m-%d %H:%M"


def render(article: Article, slug: str, date: dt.datetime,
           modified: dt.datetime | None = None, date_source: str | None = None) -> str:
    """Return the article file's text: header, blank line, body, digest line.

    `date` and `slug` are the story's for good (kept from its first conversion);
    `modified` is the day it was last updated, if after `date`.
    """
    m = article.meta
    header = [
        ("Title", escape_html(header_value(m.title))),
        ("Date", date.strftime(DATE_FORMAT)),
        ("Modified", modified.strftime(DATE_FORMAT) if modified and modified > date else ""),
        ("Category", header_value(m.category)),
        ("Tags", header_list(m.tags)),
        ("Summary", escape_markdown(m.summary)),
        ("Authors", header_list(m.authors)),
        ("Slug", slug),
        ("Lang", m.lang),
        ("Words", str(m.words)),
        ("Seed", encode_seed_path(article.seed.relpath)),
        ("Seed_digest", f"sha256:{article.seed.digest}"),
        # For the build report: where the date came from, what was left out.
        ("Date_source", header_value(m.date_source if date_source is None else date_source)),
        ("Dropped_words", str(sum(len(d.text.split()) for d in article.dropped))),
    ]
    # An empty value is left out: Pelican reads "Tags:" as a list of nothing to discard.
    head = "\n".join(f"{key}: {value}" for key, value in header if value.strip())
    body = _join(article.body)
    text = f"{head}\n\n{body}\n"
    return with_digest(text)


def _join(blocks: tuple[Block, ...]) -> str:
    """Blank lines between blocks; list items of one list stay on adjacent lines."""
    out: list[str] = []
    for i, block in enumerate(blocks):
        previous = blocks[i - 1].label if i else None
        if previous is None:
            out.append(_block(block))
        elif block.label is previous is Label.LIST_ITEM:
            out.append("\n" + _block(block))
        elif block.label is Label.QUOTE_SOURCE and previous is Label.QUOTE:
            # The source stays inside its quotation's blockquote, as its last paragraph.
            out.append("\n>\n" + _block(block))
        else:
            out.append("\n\n" + _block(block))
    return "".join(out)


def _block(block: Block) -> str:
    if block.label is Label.CODE:
        return code_block(block.text)
    text = escape_markdown(block.text)
    if block.label is Label.HEADING:
        return f"## {text}"
    if block.label is Label.LIST_ITEM:
        return f"- {text}"
    if block.label in (Label.QUOTE, Label.QUOTE_SOURCE):
        return f"> {text}"
    if block.label is Label.DECK:
        # attr_list marks the standfirst so the theme can set it apart.
        return f"{text}\n{{: .deck }}"
    return text


def body_digest(text: str) -> str:
    """The digest of an article's whole text but its header's own digest line.

    Only that one line is left out: a body line that happens to start with
    "Generated: " is text like any other, and an edit to it is an edit.
    """
    head, sep, body = text.partition("\n\n")
    lines = head.split("\n")
    mark = f"{DIGEST_KEY}: "
    own = next((i for i, ln in enumerate(lines) if ln.startswith(mark)), None)
    if own is not None:
        del lines[own]
    return hashlib.sha256(("\n".join(lines) + sep + body).encode("utf-8")).hexdigest()[:16]


# Header lines that say where a story came from, not what it says: a new seed
# version that gives the same story changes only these.
PROVENANCE_KEYS = (DIGEST_KEY, "Modified", "Seed", "Seed_digest", "Date_source", "Dropped_words")


def story_digest(text: str) -> str:
    """The digest of what an article says: its text but its provenance lines."""
    head, sep, body = text.partition("\n\n")
    kept = [ln for ln in head.split("\n") if not ln.startswith(
        tuple(f"{key}: " for key in PROVENANCE_KEYS))]
    return hashlib.sha256(("\n".join(kept) + sep + body).encode("utf-8")).hexdigest()[:16]


def with_digest(text: str) -> str:
    """Insert the digest line as the header's last line."""
    head, sep, body = text.partition("\n\n")
    return f"{head}\n{DIGEST_KEY}: {body_digest(text)}{sep}{body}"
