"""One stylesheet per page, assembled at build time from the theme's components.

The theme keeps one CSS file per component in theme/css/ (outside theme/static/,
so Pelican does not copy them). They are joined in cascade order (NEWS_STYLESHEETS),
the print sheet wrapped in `@media print`, comments and indentation dropped, and
written once under a name carrying the text's digest: a host can cache it for a
year, and a changed theme is a new file.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

COMPONENT_DIR = "css"
# Where the joined sheet goes in the output, and how much of the digest names it.
OUTPUT_DIR = "theme/css"
DIGEST_CHARS = 12
# Components that apply only in print: wrapped so the one sheet serves both.
PRINT_ONLY = frozenset({"print"})
# Our own CSS has no strings holding "/*", so comments can go by pattern.
_COMMENT = re.compile(r"/\*.*?\*/", re.S)


@dataclass(frozen=True)
class Stylesheet:
    path: str  # relative to the output folder
    text: str


def minify(css: str) -> str:
    """Drop comments, indentation and blank lines; keep one rule per line."""
    lines = (line.strip() for line in _COMMENT.sub("", css).splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def assemble(theme: Path, names: tuple[str, ...]) -> Stylesheet:
    """Join the components in order; the file name carries the digest of the text."""
    parts = []
    for name in names:
        text = (theme / COMPONENT_DIR / f"{name}.css").read_text(encoding="utf-8")
        parts.append(f"@media print {{\n{text}\n}}" if name in PRINT_ONLY else text)
    text = minify("\n".join(parts))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:DIGEST_CHARS]
    return Stylesheet(f"{OUTPUT_DIR}/site.{digest}.css", text)


def write(output_path: str, sheet: Stylesheet) -> None:
    """Write the sheet into the site, leaving an identical file untouched."""
    path = os.path.join(output_path, sheet.path)
    data = sheet.text.encode("utf-8")
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return
    except OSError:
        pass
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    log.info('Writing "%s"', path)


class StylesheetGenerator:
    """A Pelican generator that writes the joined stylesheet with the site."""

    def __init__(self, context, settings, path, theme, output_path, *args, **kwargs):
        self.settings = settings
        self.theme = Path(theme)
        self.output_path = output_path

    def generate_context(self):
        """Nothing to read: the sheet's name was settled when settings were."""

    def generate_output(self, writer):
        write(self.output_path, assemble(self.theme, tuple(self.settings["NEWS_STYLESHEETS"])))
