"""Which card each story and the site get, and the URL it is served at.

Decided while stories are enriched, before any page is rendered, so article
pages, JSON-LD and feeds can name the picture; build.py makes the pictures.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..settings import site_root
from .design import HEIGHT, LOGO_HEIGHT, LOGO_WIDTH, WIDTH, Card, Palette, key

# Cards are named by their content, so a changed headline is a new URL and
# social networks' caches of the old picture never show stale text.
CARD_DIR = "cards"


@dataclass(frozen=True)
class ShareImage:
    url: str
    path: str  # relative to the output folder
    key: str
    width: int
    height: int
    card: Card


def story_card(article, settings: dict, palette: Palette) -> Card:
    return Card(
        kind="story",
        headline=article.plain_title,
        kicker=str(article.category),
        site=settings["SITENAME"],
        dateline=article.locale_date,
        palette=palette,
    )


def site_card(settings: dict, palette: Palette) -> Card:
    """The card for the front page and every page that is not a story."""
    return Card("site", settings["SITENAME"], "", settings["SITENAME"],
                settings.get("SITESUBTITLE") or "", palette)


def logo_card(settings: dict, palette: Palette) -> Card:
    return Card("logo", "", "", settings["SITENAME"], "", palette)


def image(card: Card, drawn_with: str, settings: dict) -> ShareImage:
    name = key(card, drawn_with)
    path = f"{CARD_DIR}/{card.kind}-{name}.png"
    width, height = (LOGO_WIDTH, LOGO_HEIGHT) if card.kind == "logo" else (WIDTH, HEIGHT)
    return ShareImage(site_root(settings) + path, path, name, width, height, card)


def cached(cache_dir: Path, shared: ShareImage) -> Path:
    return cache_dir / Path(shared.path).name
