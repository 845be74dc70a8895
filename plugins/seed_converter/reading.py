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
# How much of a file the binary check looks at: enough to tell, cheap on big files.
BINARY_SAMPLE_BYTES = 65536

# Legacy encodings that web pages and editors really produce. charset_normalizer
# also proposes EBCDIC and DOS code pages, which fit short Western text by chance
# ("“Hi”" in Windows-1252 guesses as EBCDIC Hebrew); those are never chosen.
WEB_LEGACY_ENCODINGS = frozenset({
    "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
    "cp1258", "koi8_r", "koi8_u", "cp874", "tis_620", "mac_roman", "mac_cyrillic",
    "iso8859_2", "iso8859_5", "iso8859_7", "iso8859_8", "iso8859_9", "iso8859_15",
    "cp932", "shift_jis", "euc_jp", "iso2022_jp", "gb2312", "gbk", "gb18030",
    "big5", "big5hkscs", "euc_kr", "cp949", "utf_16", "utf_16_le", "utf_16_be",
    "utf_32", "utf_32_le", "utf_32_be",
})
# Western text is the common case: Windows-1252 wins unless another guess reads
# clearly better (charset_normalizer's "chaos" is the share of odd characters;
# it calls "naïve" in cp1257 a little cleaner than in cp1252, which is noise).
CP1252_TOLERANCE = 0.1

# ftfy repairs mojibake ("Kazakhstanâ€™s") but must not change the seed's own
# typography: curly quotes and full-width forms are the writer's choice.
FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    normalization="NFC",
    explain=False,
)

# ftfy can change an ASCII line only through an HTML entity (&), a terminal code
# (ESC) or a control character: mojibake, ligatures, odd line breaks and
# non-NFC forms are all non-ASCII. Lines that are ASCII without these skip it:
# most lines of English news, and ftfy was a fifth of a seed's conversion time.
FTFY_ASCII_WORK = re.compile("[&\x00-\x08\x0b-\x1f\x7f]")
# The typography of ordinary text: curly quotes, guillemets, dashes, the ellipsis,
# bullets and the copyright sign. ftfy's mojibake heuristic (ftfy.badness) needs a
# letter or sign of another kind beside them, and no other fixer touches them: a
# line of ASCII and these alone is passed over like a plain ASCII line.
NOT_PLAIN = re.compile("[^\x00-\x7f‘’“”«»–—…©•·]")

# Invisible format characters that carry no text: soft hyphen, zero-width space,
# word joiner and invisible operators, the BOM, interlinear annotation marks, tag
# characters (which hide text from readers), and the bidi embeddings, overrides
# and isolates, which can reorder what readers see ("Trojan Source"). Letters
# keep their own direction without them; LRM/RLM/ALM and ZWJ/ZWNJ (needed by
# Persian, Indic scripts and emoji) stay.
INVISIBLE = re.compile(
    "[\u00ad\u180e\u200b\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000e0001-\U000e007f]"
)
# Control characters other than newline (tab becomes a space below).
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
LINE_BREAKS = re.compile("\r\n|\r|\u2028|\u2029|\x0b|\x0c|\x85")
SPACES = re.compile("[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Each of these looks at a whole seed in one pass, to say that the slower passes
# above have nothing to do (most seeds): a control or invisible character
# (CONTROL or INVISIBLE), and anything ftfy could change (NOT_PLAIN or
# FTFY_ASCII_WORK: what is neither is tab, newline, printable ASCII but "&", and
# NOT_PLAIN's typography).
HIDDEN = re.compile("[" + CONTROL.pattern[1:-1] + INVISIBLE.pattern[1:-1] + "]")
FTFY_WORK = re.compile("[^\t\n\x20-\x25\x27-\x7e‘’“”«»–—…©•·]")


def read_seed(relpath: str, data: bytes, max_bytes: int) -> Seed:
    """Decode, repair and normalise a seed's bytes, or say why it is not a seed."""
    if len(data) > max_bytes:
        raise SeedSkipped(too_large(len(data), max_bytes))
    if not data.strip():
        raise SeedSkipped("empty file" if not data else "only whitespace")
    decoded, encoding = decode(data)
    text, repairs = _normalise(decoded)
    if not text.strip():
        raise SeedSkipped("only whitespace and invisible characters")
    repairs = _decoding_repairs(decoded, encoding) + repairs
    digest = hashlib.sha256(data).hexdigest()
    return Seed(relpath=relpath, digest=digest, text=text, modified_repairs=repairs)


def too_large(size: int, limit: int) -> str:
    """The reason a seed over the size limit is skipped (SEED_MAX_BYTES)."""
    return f"too large: {size:,} bytes, the limit is {limit:,} (SEED_MAX_BYTES)"


def decode(data: bytes) -> tuple[str, str]:
    """Decode by BOM, then UTF-8, then the best guess for legacy encodings."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _control_share(data) > BINARY_CONTROL_SHARE:
        guess = from_bytes(data).best()
        if guess is None or not guess.encoding.startswith(("utf_16", "utf_32")):
            raise SeedSkipped("not text: binary data")
        return str(guess), guess.encoding
    if _mostly_utf8(data):
        # UTF-8 with a few stray legacy bytes (a pasted quote): keep the UTF-8
        # and read only the bytes that are not UTF-8 as Windows-1252.
        return data.decode("utf-8", errors="seed-cp1252"), "utf-8 with stray bytes"
    encoding = _guess_legacy(data)
    return data.decode(encoding, errors="replace"), encoding


def _control_share(data: bytes) -> float:
    sample = data[:BINARY_SAMPLE_BYTES]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls / max(len(sample), 1)


def _mostly_utf8(data: bytes) -> bool:
    """True when the bytes hold well-formed multi-byte UTF-8 and only a few errors."""
    text = data.decode("utf-8", errors="replace")
    errors = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    non_ascii = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return non_ascii > 0 and errors <= non_ascii


def _cp1252_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("seed-cp1252", _cp1252_bytes)


def _guess_legacy(data: bytes) -> str:
    """Windows-1252 unless a plausible legacy encoding reads clearly better."""
    has_nul = b"\x00" in data[:BINARY_SAMPLE_BYTES]
    plausible = [
        m for m in from_bytes(data)
        if m.encoding in WEB_LEGACY_ENCODINGS
        # UTF-16/32 without a BOM always has NUL bytes (in spaces and newlines).
        and (has_nul or not m.encoding.startswith(("utf_16", "utf_32")))
    ]
    cp1252 = next((m for m in plausible if m.encoding == "cp1252"), None)
    if not plausible or (cp1252 and cp1252.chaos <= plausible[0].chaos + CP1252_TOLERANCE):
        return "cp1252"
    return plausible[0].encoding


def normalise(text: str) -> str:
    """Repair mojibake and remove what is not text: line endings, controls, invisibles."""
    return _normalise(text)[0]


def _normalise(text: str) -> tuple[str, tuple[str, ...]]:
    """Normalise, and say in words what changed, for the audit trail."""
    repairs = []
    unified = LINE_BREAKS.sub("\n", text)
    if unified != text:
        repairs.append("line endings made \\n")
    # Counted before ftfy, which removes some controls itself; removed after it,
    # because ftfy needs the C1 controls of mojibake ("â€\x9d") to repair it.
    hidden = (len(CONTROL.findall(unified)) + len(INVISIBLE.findall(unified))
              if HIDDEN.search(unified) else 0)
    fixed = fix_text(unified)
    # Text ftfy left alone, with nothing hidden in it (most seeds), is clean already.
    clean_already = fixed is unified and not hidden
    cleaned = fixed if clean_already else CONTROL.sub("", INVISIBLE.sub("", fixed))
    if fixed != unified and CONTROL.sub("", INVISIBLE.sub("", unified)) != cleaned:
        repairs.append("repaired mojibake, HTML entities or terminal codes (ftfy)")
    if hidden:
        repairs.append(f"removed {hidden} control or invisible characters")
    spaced = SPACES.sub(" ", cleaned) if SPACES.search(cleaned) else cleaned
    text = unicodedata.normalize("NFC", spaced)
    return text, tuple(repairs)


def fix_text(text: str) -> str:
    """ftfy.fix_text, line by line as it works, passing over lines it cannot change."""
    if FTFY_WORK.search(text) is None:
        return text  # no line has anything ftfy could change (most seeds)
    config = FTFY_CONFIG
    out = []
    for line in re.split("(?<=\n)", text):
        fixed = line
        if (not line.isascii() and NOT_PLAIN.search(line)) or FTFY_ASCII_WORK.search(line):
            fixed = ftfy.fix_text(line, config)
        # As ftfy.fix_text does: after a line holding "<", entities are left alone.
        if config.unescape_html == "auto" and "<" in line:
            config = config._replace(unescape_html=False)
        out.append(fixed)
    return "".join(out)


def _decoding_repairs(decoded: str, encoding: str) -> tuple[str, ...]:
    repairs = []
    if encoding not in ("utf-8", "utf-8-sig"):
        repairs.append(f"decoded as {encoding}")
    if "\ufffd" in decoded:
        repairs.append(f"{decoded.count(chr(0xFFFD))} undecodable bytes shown as \ufffd")
    return tuple(repairs)
