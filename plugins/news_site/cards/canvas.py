"""A card's canvas in a few inks, written as a small palette PNG.

Each ink (text, muted, accent, rule) is drawn as its own grey coverage layer;
the layers become indices into a palette of 16 steps from the background to the
ink. No colour quantising and one byte a pixel: a card costs a few milliseconds
to encode instead of a hundred, and weighs a third of a true-colour PNG.

What every card of a site shares (the band, the masthead, the rules) is drawn
once per process: a card starts as a copy of that canvas, and only the boxes
drawn on since are mapped to indices again, not the whole card.
"""

from __future__ import annotations

import io

from PIL import Image, ImageChops, ImageDraw

from .design import Palette

INKS = ("text", "muted", "accent", "rule")
STEPS = 16  # shades between the background and each ink
# Pixels added around a box drawn on: a line's width spills past its points,
# and mapping a little more than was drawn gives the same indices.
SPILL = 4

Box = tuple[int, int, int, int]


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))


def _palette(colours: Palette) -> list[int]:
    bg = _rgb(colours.bg)
    entries = [bg]
    for ink in INKS:
        target = _rgb(getattr(colours, ink))
        for step in range(1, STEPS + 1):
            pairs = zip(bg, target, strict=True)
            entries.append(tuple(round(b + (t - b) * step / STEPS) for b, t in pairs))
    return [channel for entry in entries for channel in entry]


def _lut(base: int) -> tuple[int, ...]:
    """Coverage 0..255 to this ink's palette index (0, the background, where none)."""
    return tuple(0 if (step := round(v * STEPS / 255)) == 0 else base + step
                 for v in range(256))


LUTS = tuple(_lut(n * STEPS) for n in range(len(INKS)))


class Canvas:
    """The inks' layers, and where each was drawn on since the canvas was copied.

    A pixel's index is the highest of its inks' indices: drawing only raises a
    layer's coverage, so mapping again only the boxes drawn on since the copy,
    over the copied canvas's indices, gives what mapping the whole card would."""

    def __init__(self, size: tuple[int, int], colours: Palette) -> None:
        self.size, self.colours = size, colours
        self.layers = {ink: Image.new("L", size, 0) for ink in INKS}
        self.draws = {ink: ImageDraw.Draw(layer) for ink, layer in self.layers.items()}
        # None: the whole canvas is mapped (nothing was copied).
        self.under: Image.Image | None = None
        self.drawn: dict[str, Box] = {}

    def copy(self) -> Canvas:
        """A canvas holding what this one holds, to draw more on."""
        other = Canvas.__new__(Canvas)
        other.size, other.colours = self.size, self.colours
        other.layers = {ink: layer.copy() for ink, layer in self.layers.items()}
        other.draws = {ink: ImageDraw.Draw(layer) for ink, layer in other.layers.items()}
        # Never drawn on: indices() maps onto a copy of it.
        other.under = self.under if not self.drawn else self.indices()
        other.drawn = {}
        return other

    def text(self, ink: str, xy, text: str, font, anchor: str, direction: str | None) -> None:
        draw = self.draws[ink]
        self._drawn_on(ink, draw.textbbox(xy, text, font=font, anchor=anchor,
                                          direction=direction))
        draw.text(xy, text, font=font, fill=255, anchor=anchor, direction=direction)

    def rectangle(self, ink: str, box) -> None:
        self._drawn_on(ink, box)
        self.draws[ink].rectangle(box, fill=255)

    def line(self, ink: str, points, width: int) -> None:
        x0, y0, x1, y1 = points
        self._drawn_on(ink, (min(x0, x1) - width, min(y0, y1) - width,
                             max(x0, x1) + width, max(y0, y1) + width))
        self.draws[ink].line(points, fill=255, width=width)

    def _drawn_on(self, ink: str, box) -> None:
        left, top, right, bottom = (round(v) for v in box)
        if ink in self.drawn:
            was = self.drawn[ink]
            left, top = min(left, was[0]), min(top, was[1])
            right, bottom = max(right, was[2]), max(bottom, was[3])
        self.drawn[ink] = (left, top, right, bottom)

    def indices(self) -> Image.Image:
        """Each pixel's palette index: its inks' highest."""
        if self.under is None:
            indices = Image.new("L", self.size, 0)
            for n, ink in enumerate(INKS):
                indices = ImageChops.lighter(indices, self.layers[ink].point(LUTS[n]))
            return indices
        indices = self.under.copy()
        width, height = self.size
        for n, ink in enumerate(INKS):
            if ink not in self.drawn:
                continue
            left, top, right, bottom = self.drawn[ink]
            box = (max(0, left - SPILL), max(0, top - SPILL),
                   min(width, right + SPILL), min(height, bottom + SPILL))
            if box[0] >= box[2] or box[1] >= box[3]:
                continue
            mapped = self.layers[ink].crop(box).point(LUTS[n])
            indices.paste(ImageChops.lighter(indices.crop(box), mapped), box)
        return indices

    def png(self) -> bytes:
        indices = self.indices()
        indices.putpalette(_palette(self.colours))
        out = io.BytesIO()
        # No time or software chunks: the same card is the same bytes everywhere.
        # Level 3 compresses within a fifth of level 9 at a tenth of its time.
        indices.save(out, "PNG", compress_level=3)
        return out.getvalue()
