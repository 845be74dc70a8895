"""Stage 1, read: a seed's bytes become clean, normalised text."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata

import ftfy
from charset_normalizer import from_bytes

from .errors import SeedSkipped
from .model import Seed

# Byte-order marks, longest first (UTF-32 LE starts with UTF-16 LE's mark).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Above this share of control bytes (NUL and the like) with no BOM, a file is not text.
BINARY_CONTROL_SHARE = 0.10

# ftfy repairs mojibake ("Kazakhstanâ€™s") but must not change the seed's own
# typography: curly quotes and full-width forms are the writer's choice.
FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    normalization="NFC",
    explain=False,
)

# Invisible characters that carry no text: zero-width space, word joiner, BOM,
# soft hyphen, and the bidi embeddings/overrides that can reorder what readers
# see. Letters keep their own direction; LRM/RLM and ZWJ/ZWNJ (needed by some
# scripts and emoji) stay.
INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069]")
# Control characters other than newline and tab.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
LINE_BREAKS = re.compile("\r\n|\r|\u2028|\u2029|\x0b|\x0c|\x85")
SPACES = re.compile("[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def read_seed(relpath: str, data: bytes, max_bytes: int) -> Seed:
    """Decode, repair and normalise a seed's bytes, or say why it is not a seed."""
    if len(data) > max_bytes:
        raise SeedSkipped(f"too large: {len(data):,} bytes, the limit is {max_bytes:,}")
    if not data.strip():
        raise SeedSkipped("empty file" if not data else "only whitespace")
    text = normalise(decode(data))
    if not text.strip():
        raise SeedSkipped("only whitespace and invisible characters")
    digest = hashlib.sha256(data).hexdigest()
    return Seed(relpath=relpath, digest=digest, text=text)


def decode(data: bytes) -> str:
    """Decode by BOM, then strict UTF-8, then the best guess for legacy encodings."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _control_share(data) > BINARY_CONTROL_SHARE:
        guess = from_bytes(data).best()
        if guess is None or not guess.encoding.startswith(("utf_16", "utf_32")):
            raise SeedSkipped("not text: binary data")
        return str(guess)
    guess = from_bytes(data).best()
    if guess is None:
        # Single-byte legacy text is the common case; cp1252 decodes every byte
        # that matters and leaves the rest for ftfy.
        return data.decode("cp1252", errors="replace")
    return str(guess)


def _control_share(data: bytes) -> float:
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls / max(len(sample), 1)


def normalise(text: str) -> str:
    """Repair mojibake and remove what is not text: line endings, controls, invisibles."""
    text = LINE_BREAKS.sub("\n", text)
    text = ftfy.fix_text(text, FTFY_CONFIG)
    text = INVISIBLE.sub("", text)
    text = CONTROL.sub("", text)
    text = SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", text)
