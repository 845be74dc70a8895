"""Drawing a card with Pillow: a newspaper's front in miniature.

An accent band along the top; the site's name over a double rule; the section
in small capitals; the headline as large as fits in four lines (smaller, then
cut with an ellipsis, when it does not); the date under a rule at the foot.
"""

from __future__ import annotations

import functools
import re

from . import fonts
from .canvas import Canvas
from .design import HEIGHT, LOGO_HEIGHT, LOGO_WIDTH, WIDTH, Card, Palette

MARGIN = 72
BAND = 14
NAME_SIZE = 40
KICKER_SIZE = 26
DATE_SIZE = 26
# Headline sizes tried, largest first; the first whose lines fit the box wins.
HEADLINE_SIZES = (78, 72, 66, 60, 56, 52, 48, 44)
HEADLINE_TOP = 222
HEADLINE_BOTTOM = 528
LINE_HEIGHT = 1.18
ELLIPSIS = "…"
# Break opportunities: after spaces, and between any two CJK characters (which
# are written without spaces).
_TOKENS = re.compile(
    r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff][、。，．！？」』）]?|[^\s\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+\s*|\s+"
)


def wrap(text: str, font, width: int, direction: str | None) -> list[str]:
    """Greedy line breaking at the break opportunities, measured with the real font."""
    lines: list[str] = []
    line = ""
    for token in _TOKENS.findall(text):
        trial = line + token
        if line and font.getlength(trial.rstrip(), direction=direction) > width:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line = trial
    if line.strip():
        lines.append(line.rstrip())
    return lines


def fit_headline(text: str, face, direction: str | None, width: int, height: int):
    """(font, lines, line height): the largest size whose lines fit; else cut to fit."""
    for size in HEADLINE_SIZES:
        font = fonts.load(face, size, fonts.BOLD)
        step = round(size * LINE_HEIGHT)
        lines = wrap(text, font, width, direction)
        if len(lines) * step <= height:
            return font, lines, step
    most = height // step
    kept = lines[:most]
    last = kept[-1]
    while last and font.getlength(last + ELLIPSIS, direction=direction) > width:
        last = last[:-1].rstrip()
    kept[-1] = last + ELLIPSIS
    return font, kept, step


def _text(canvas: Canvas, ink: str, left: int, right: int, y: int, text: str, font,
          rtl: bool) -> None:
    if rtl:
        canvas.text(ink, (right, y), text, font, "ra", "rtl")
    else:
        canvas.text(ink, (left, y), text, font, "la", None)


def render(card: Card) -> bytes:
    """The card as PNG bytes."""
    if card.kind == "logo":
        return _logo(card)
    # The site card has its name as the headline, so no masthead name above it.
    canvas = _masthead(card.site if card.kind != "site" else None, card.palette).copy()
    left, right = MARGIN, WIDTH - MARGIN

    if card.kicker:
        kicker_face, kicker_rtl = fonts.face_for(card.kicker, fonts.SANS)
        kicker = card.kicker.upper() if kicker_face == fonts.SANS else card.kicker
        _text(canvas, "accent", left, right, 160, kicker,
              fonts.load(kicker_face, KICKER_SIZE, fonts.BOLD), kicker_rtl)

    face, rtl = fonts.face_for(card.headline, fonts.SERIF)
    direction = "rtl" if rtl else None
    font, lines, step = fit_headline(card.headline, face, direction, right - left,
                                     HEADLINE_BOTTOM - HEADLINE_TOP)
    y = HEADLINE_TOP
    for line in lines:
        _text(canvas, "text", left, right, y, line, font, rtl)
        y += step

    if card.dateline:
        date_face, date_rtl = fonts.face_for(card.dateline, fonts.SANS)
        date_font = fonts.load(date_face, DATE_SIZE, fonts.REGULAR)
        _text(canvas, "muted", left, right, 566, card.dateline, date_font, date_rtl)
    return canvas.png()


@functools.lru_cache(maxsize=4)
def _masthead(site: str | None, palette: Palette) -> Canvas:
    """What every card of the site shows: the accent band, the site's name (None:
    not shown), the masthead's double rule and the rule over the date. Drawn once
    per process; each card draws on a copy, in the order a whole card was drawn in."""
    canvas = Canvas((WIDTH, HEIGHT), palette)
    left, right = MARGIN, WIDTH - MARGIN
    canvas.rectangle("accent", (0, 0, WIDTH, BAND))
    if site is not None:
        name_face, name_rtl = fonts.face_for(site, fonts.SERIF)
        _text(canvas, "text", left, right, 52, site,
              fonts.load(name_face, NAME_SIZE, fonts.BOLD), name_rtl)
    for y in (124, 130, 548):  # the masthead's double rule, the rule over the date
        canvas.line("rule", (left, y, right, y), 2)
    return canvas.copy()


def _logo(card: Card) -> bytes:
    """The publisher's logo: the site's name in the masthead's serif, on white."""
    canvas = Canvas((LOGO_WIDTH, LOGO_HEIGHT), Palette(bg="#ffffff", text=card.palette.text))
    face, rtl = fonts.face_for(card.site, fonts.SERIF)
    size = 44
    font = fonts.load(face, size, fonts.BOLD)
    while size > 16 and font.getlength(card.site) > LOGO_WIDTH - 8:
        size -= 2
        font = fonts.load(face, size, fonts.BOLD)
    canvas.text("text", (LOGO_WIDTH // 2, LOGO_HEIGHT // 2), card.site, font, "mm",
                "rtl" if rtl else None)
    return canvas.png()
