"""The converter's driver: one seed's bytes in, one Article out."""

from __future__ import annotations

import datetime as dt
from pathlib import PurePosixPath

from .code_boxes import put_back, set_apart
from .errors import SeedSkipped
from .labeller import LABELLER_MODEL, label_lines, load
from .language import guess_language
from .metadata import extract
from .model import Article
from .reading import read_seed
from .revising import STORY_LABELS, revise
from .settings import ConverterSettings
from .splitting import split_lines
from .structure import assemble

# With no headline found, the first words of the text stand in for one.
FALLBACK_TITLE_WORDS = 12


def convert(
    relpath: str, data: bytes, settings: ConverterSettings, reference: dt.datetime | None = None
) -> Article:
    """Read → split → set code boxes apart → label → revise → put the boxes back →
    structure → metadata; raise SeedError if no article.

    `reference` (the seed file's time, if the caller knows it) resolves relative
    dates such as "3 hours ago".
    """
    seed = read_seed(relpath, data, settings.max_bytes)
    boxed = set_apart(split_lines(seed.text), seed.text)
    lang = guess_language(seed.text, lines=(line.text for line in boxed.lines))
    labeller = load(settings.labeller_model or LABELLER_MODEL)
    revised = revise(label_lines(boxed.lines, lang, labeller))
    body, dropped = assemble(put_back(revised.lines, boxed.boxes, STORY_LABELS))
    if not body:
        raise SeedSkipped("no article text found")
    title = revised.title or _fallback_title(body[0].text)
    meta = extract(revised.lines, body, title, PurePosixPath(relpath).name, lang, settings,
                   reference)
    return Article(seed=seed, meta=meta, body=body, dropped=dropped)


def _fallback_title(text: str) -> str:
    words = text.split()
    short = " ".join(words[:FALLBACK_TITLE_WORDS])
    return short + ("…" if len(words) > FALLBACK_TITLE_WORDS else "")
