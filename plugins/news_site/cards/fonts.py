"""Typefaces for share cards, each shipped in a Python package (never fetched).

A card's text is set in the face of the script most of its letters belong to;
every face here also covers Latin, so names and numbers inside a headline in
another script still have their glyphs.
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.resources
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from PIL import ImageFont


@dataclass(frozen=True)
class Face:
    family: str  # the family's name in fontpkg's registry, or a package for one file
    package: str  # the distribution shipping it: its version goes into the card's key
    one_file: bool = False  # a package holding a single font file, not a fontpkg family
    # Letters that join or reorder (Arabic, Hebrew, Indic, Thai) need Raqm's shaping;
    # the others are set faster by FreeType alone, kerning included.
    shaped: bool = False

    def path(self, weight: int) -> Path:
        if self.one_file:
            root = importlib.resources.files(self.family)
            return Path(str(next(p for p in root.iterdir() if p.name.endswith((".otf", ".ttf")))))
        import fontpkg

        return fontpkg.path(self.family, weight, nearest=True)

    def version(self) -> str:
        return importlib.metadata.version(self.package)


@dataclass(frozen=True)
class ScriptFace:
    script: str
    prefixes: tuple[str, ...]  # how Unicode names the script's characters
    face: Face
    rtl: bool
    reason: str


# Headlines in Latin, Greek and Cyrillic: the serif the site's headlines use.
SERIF = Face("Noto Serif", "fontpkg-noto-serif")
# Labels (section, date) in Latin, Greek and Cyrillic.
SANS = Face("Noto Sans", "fontpkg-noto-sans")

SCRIPTS = (
    ScriptFace("Arabic", ("ARABIC",),
               Face("Noto Sans Arabic", "fontpkg-noto-sans-arabic", shaped=True),
               True, "Arabic, Persian, Urdu: Noto Serif has no Arabic letters"),
    ScriptFace("Hebrew", ("HEBREW",),
               Face("Frank Ruhl Libre", "fontpkg-frank-ruhl-libre", shaped=True),
               True, "Hebrew: a newspaper serif with Latin, as no Noto Hebrew is packaged"),
    ScriptFace("Devanagari", ("DEVANAGARI",),
               Face("Noto Sans Devanagari", "fontpkg-noto-sans-devanagari", shaped=True),
               False, "Hindi, Marathi, Nepali"),
    ScriptFace("Thai", ("THAI",), Face("Noto Sans Thai", "fontpkg-noto-sans-thai", shaped=True),
               False, "Thai"),
    ScriptFace("CJK", ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC"),
               Face("cvttf_NotoSansCJK_Regular", "cvttf-notosanscjk-regular", one_file=True),
               False, "Chinese, Japanese, Korean: one face covers all three, with Latin"),
)

# Variable fonts take their weight from the wght axis.
BOLD = 700
REGULAR = 400


def script_of(text: str) -> ScriptFace | None:
    """The table's script most of the text's letters are in; None for Latin and the like."""
    counts: Counter[ScriptFace] = Counter()
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        for entry in SCRIPTS:
            if name.startswith(entry.prefixes):
                counts[entry] += 1
                break
    return counts.most_common(1)[0][0] if counts else None


def face_for(text: str, default: Face) -> tuple[Face, bool]:
    """(face, right-to-left) for a text: its script's face, else the default."""
    entry = script_of(text)
    return (entry.face, entry.rtl) if entry else (default, False)


@functools.lru_cache(maxsize=64)
def load(face: Face, size: int, weight: int) -> ImageFont.FreeTypeFont:
    """The face at a size and weight; loaded once per process (fonts never change)."""
    engine = ImageFont.Layout.RAQM if face.shaped else ImageFont.Layout.BASIC
    font = ImageFont.truetype(str(face.path(weight)), size, layout_engine=engine)
    try:
        axes = font.get_variation_axes()
    except OSError:
        return font  # not a variable font: the file is the weight
    values = [float(weight) if _axis_name(a) in ("weight", "wght") else float(a["default"])
              for a in axes]
    font.set_variation_by_axes(values)
    return font


def _axis_name(axis: dict) -> str:
    name = axis["name"]
    return (name.decode("ascii", "replace") if isinstance(name, bytes) else name).strip().lower()


def versions() -> tuple[str, ...]:
    """Every face's package version: a new font release makes new cards."""
    faces = [SERIF, SANS, *(entry.face for entry in SCRIPTS)]
    return tuple(f"{face.package}=={face.version()}" for face in faces)
