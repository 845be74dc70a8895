"""What a card shows, in the theme's colours, and the name its content gives it."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import PIL

from . import fonts

# Bump when the drawing changes: every card is made again.
DESIGN_VERSION = 1
WIDTH, HEIGHT = 1200, 630
LOGO_WIDTH, LOGO_HEIGHT = 600, 60

# The light scheme's colour tokens (theme/css/tokens.css) a card is drawn in.
TOKEN = re.compile(r"--color-(bg|surface|text|muted|rule|accent):\s*(#[0-9a-fA-F]{6})\s*;")


@dataclass(frozen=True)
class Palette:
    bg: str = "#fdfcf9"
    surface: str = "#f3f1ea"
    text: str = "#1b1b1b"
    muted: str = "#565656"
    rule: str = "#d4d0c4"
    accent: str = "#a3122a"


@dataclass(frozen=True)
class Card:
    """One picture: a story's card, the site's own card, or the publisher's logo."""

    kind: str  # "story", "site" or "logo"
    headline: str
    kicker: str  # the story's section; the site card's tagline
    site: str
    dateline: str
    palette: Palette


def palette_from_theme(theme: Path) -> Palette:
    """The colours the theme's tokens.css gives the light scheme (its first block)."""
    try:
        css = (theme / "css" / "tokens.css").read_text(encoding="utf-8")
    except OSError:
        return Palette()
    light = css.split("@media", 1)[0]
    return Palette(**{name: value.lower() for name, value in TOKEN.findall(light)})


def tools() -> str:
    """What draws every card (design, Pillow, font packages): asked once per build."""
    return json.dumps([DESIGN_VERSION, PIL.__version__, fonts.versions()])


def key(card: Card, drawn_with: str) -> str:
    """The card's name: a digest of everything that goes into its pixels."""
    # asdict(card), without its deep copy: a card holds only text and its palette.
    fields = dict(vars(card), palette=dict(vars(card.palette)))
    text = json.dumps([drawn_with, fields], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]
