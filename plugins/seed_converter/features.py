"""What the line labeller sees of each line: the rules' judgements, as numbers.

Every feature is named data with its group and the reason it tells article text
from furniture. The rules of the hand-written converter (furniture phrases, end
markers, stopword density, the densest run of prose, the headline evidence,
byline and date shapes) are features here; the model weighs them, together with
what only a model can weigh: the same features of the neighbours, repetition
within the page, and distances to the headline-shaped lines and the prose.
"""

from __future__ import annotations

import enum
import functools
import itertools
import math
import re
import string
from collections import Counter
from dataclasses import dataclass

import numpy as np

from . import rules
from .bylines import is_by_alone, is_byline, is_name_line
from .dates import find_date, find_relative
from .dating import UPDATED
from .headline import (
    content_words,
    headline_shaped_text,
    is_dateline,
    key,
    names_fill_line,
    opening_words,
)
from .judging import (
    CACHE_LINES,
    CACHE_MAX_CHARS,
    ends_sentence,
    is_title_case,
    judge_lines,
)
from .language import DENSE_SCRIPT, stoplist_for, stopword_count, words
from .model import PROSE_SHAPES, Judged, Line, Shape
from .prose_run import densest_run


class Group(enum.Enum):
    """Feature groups, each turned off at once by `make ablation`."""

    SHAPE = "shape"
    LANGUAGE = "language"
    FURNITURE = "furniture"
    HEADER = "header"
    POSITION = "position"
    REPETITION = "repetition"
    LEDE = "lede"
    NEIGHBOURS = "neighbours"


@dataclass(frozen=True)
class Feature:
    name: str
    group: Group
    reason: str


def _f(name: str, group: Group, reason: str) -> Feature:
    return Feature(name, group, reason)


S, L, F, H, P, R, E = (Group.SHAPE, Group.LANGUAGE, Group.FURNITURE, Group.HEADER,
                       Group.POSITION, Group.REPETITION, Group.LEDE)

# Features of a line's text alone, in the order text_values() computes them.
TEXT_FEATURES: tuple[Feature, ...] = (
    _f("log_chars", S, "prose is long, menus and labels short"),
    _f("log_words", S, "word count, for scripts with long or short words"),
    _f("mean_word_chars", S, "names and labels have long words, prose a mix"),
    _f("ends_sentence", S, "article text ends its lines with a full stop"),
    _f("ends_colon", S, "a colon introduces a list or a label's value"),
    _f("ends_question", S, "headlines may ask; menus don't"),
    _f("ends_separator", S, "a trailing |, /, - or › is a breadcrumb or a menu"),
    _f("starts_bullet", S, "a bullet or number opens a list item"),
    _f("starts_lower", S, "a line starting in lower case continues something"),
    _f("starts_quote", S, "a quotation: pull quotes, block quotes, testimonials"),
    _f("title_case", S, "headlines and link labels capitalise their words"),
    _f("caps_share", S, "share of capitalised words: names, headings"),
    _f("upper_share", S, "share of upper-case letters: kickers and labels shout"),
    _f("digit_share", S, "dates, prices, counters"),
    _f("punct_share", S, "symbols and separators: icons, breadcrumbs"),
    _f("separators", S, "|, •, › and / between items of a menu or a byline"),
    _f("link_like", S, "addresses, handles and e-mail are contacts, not story"),
    _f("commas_per_word", S, "sentences have commas; lists of links don't"),
    _f("dense_script", S, "CJK text packs a sentence in few characters"),
    _f("sentences", S, "how many sentences the line holds"),
    _f("stop_density", L, "share of stopwords of the seed's language: prose has many"),
    _f("log_stopwords", L, "how many stopwords: a long line of prose has many"),
    *(_f(f"rule:{r.name}", F, r.reason) for r in rules.FURNITURE_RULES),
    *(_f(f"end:{r.name}", F, r.reason) for r in rules.END_MARKERS),
    _f("list_header", F, "the header of a list of other stories"),
    *(_f(f"shape:{s.value}", F, "the hand rules' judgement of the line alone") for s in Shape),
    _f("has_date", H, "a date: the story's date line, or another story's"),
    _f("dateline", H, "a date with little else: the date line"),
    _f("relative_date", H, "'3 hours ago': a date line"),
    _f("byline", H, "'By …' and names"),
    _f("by_alone", H, "a bare 'By' whose names are on the next line"),
    _f("name_line", H, "two to four capitalised words: a person's name"),
    _f("only_names", H, "nothing but names: the writer, not the headline"),
    _f("updated_word", H, "'Updated', 'Modified': the date is not the first publication"),
    _f("headline_shaped", H, "the right length, not a sentence, not furniture"),
)
# Features of where a line stands in its page, in the order place_values() computes them.
PLACE_FEATURES: tuple[Feature, ...] = (
    _f("after_by_alone", H, "the names under a bare 'By'"),
    _f("headline_score", H, "the hand rules' headline evidence (lede, repeats, byline near)"),
    _f("rel_position", P, "where in the page: the story sits in the middle"),
    _f("log_from_start", P, "lines from the top: menus come first"),
    _f("log_to_end", P, "lines to the bottom: footers come last"),
    _f("in_run", P, "inside the densest run of prose, the story's body"),
    _f("to_run_start", P, "signed distance to the densest run's first line"),
    _f("to_run_end", P, "signed distance to the densest run's last line"),
    _f("blank_before", P, "blank lines above: paragraphs are set apart, menus are not"),
    _f("blank_after", P, "blank lines below"),
    _f("first_line", P, "a from-headline dump starts with its headline"),
    _f("prose_above", P, "prose above the line, up to PROSE_NEAR characters: none over "
       "the menus, plenty in and under the story"),
    _f("prose_below", P, "prose below the line, up to PROSE_NEAR characters: little under "
       "a story's last paragraph, plenty over it"),
    _f("repeats", R, "the same line elsewhere in the page: menus, headline in breadcrumbs"),
    _f("inside_longer", R, "the line occurs inside a longer line: a headline in 'Share: …'"),
    _f("like_first_line", R, "the first line (the window title) holds the line"),
    _f("lede_share", E, "share of its content words in the story's opening: a headline"),
    _f("lede_count", E, "how many content words it shares with the opening"),
)
LINE_FEATURES = TEXT_FEATURES + PLACE_FEATURES
LINE_INDEX = {f.name: k for k, f in enumerate(LINE_FEATURES)}
TEXT_INDEX = {f.name: k for k, f in enumerate(TEXT_FEATURES)}
PLACE_INDEX = {f.name: k for k, f in enumerate(PLACE_FEATURES)}

# Features of neighbours that tell a line what surrounds it.
NEIGHBOUR_SOURCES = ("log_chars", "ends_sentence", "stop_density", "title_case",
                     "blank_before", "has_date", "byline", "headline_shaped", "starts_bullet",
                     "shape:prose", "shape:furniture")
NEIGHBOUR_OFFSETS = (-3, -2, -1, 1, 2, 3)
NEIGHBOUR_COLUMNS = tuple(LINE_INDEX[name] for name in NEIGHBOUR_SOURCES)
# Windows over which prose and furniture are summed (lines either side).
WINDOWS = (2, 5, 12)
NEIGHBOUR_FEATURES: tuple[Feature, ...] = (
    *(_f(f"{name}@{o:+d}", Group.NEIGHBOURS, "what the lines around it are")
      for o in NEIGHBOUR_OFFSETS for name in NEIGHBOUR_SOURCES),
    *(_f(f"prose_chars±{w}", Group.NEIGHBOURS, "how much prose surrounds it") for w in WINDOWS),
    *(_f(f"furniture±{w}", Group.NEIGHBOURS, "how much furniture surrounds it")
      for w in WINDOWS),
    _f("to_prev_date", Group.NEIGHBOURS, "lines up to the nearest date above"),
    _f("to_next_date", Group.NEIGHBOURS, "lines down to the nearest date below"),
    _f("to_next_prose", Group.NEIGHBOURS, "lines down to the next paragraph of prose"),
    _f("to_prev_prose", Group.NEIGHBOURS, "lines up to the previous paragraph of prose"),
)
FEATURES: tuple[Feature, ...] = LINE_FEATURES + NEIGHBOUR_FEATURES
NAMES: tuple[str, ...] = tuple(f.name for f in FEATURES)

# Separators between the items of a menu or a byline, counted one character at a time.
SEPARATOR_CHARS = "|•·›»/>"
LINK_LIKE = re.compile(r"https?://|www\.|@\w|\.(?:com|org|net|co\.uk)\b", re.IGNORECASE)
# What LINK_LIKE cannot match without: a plain substring test rules most lines out
# far faster than the case-blind pattern, which tries every position.
LINK_HINTS = ("://", "www.", "@", ".com", ".org", ".net", ".co.uk")
SEPARATOR_ENDS = "|/›>»-–—"
ASCII_LETTERS = string.ascii_letters.encode("ascii")
ASCII_UPPER = string.ascii_uppercase.encode("ascii")
ASCII_DIGITS = string.digits.encode("ascii")
PUNCT = re.compile(r"[^\w\s]")
# What PUNCT does not match, in ASCII: word characters (\w: letters, digits, "_") and
# white space (\s: what str.isspace calls so, \x1c-\x1f too).
ASCII_NOT_PUNCT = (string.ascii_letters + string.digits + "_ \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
                   ).encode("ascii")
# A capital that starts a word (what str.split() would cut), in ASCII text: written
# as a look back after the capital, so the search skips quickly to the capitals.
CAPITAL_START = re.compile(r"[A-Z](?<!\S.)")
# Lines longer than this many words are prose or a list's paragraph: the checks
# for names, dates, headlines and end markers are left out (they never match).
SHORT_WORDS = 30
SHORT_KEY_CHARS = 250
SAMPLE_CHARS = 300
# Distances are clipped: beyond this many lines, far is far.
FAR = 40
# How far from the top or the bottom a line can be and still tell something: menus
# and footers sit within about a hundred lines of the page's ends. Beyond that the
# distance is capped, and a line far from both ends reads the same on a page of
# 300 lines and of 30,000: the training pages over 240 lines (a third of them) teach
# the model what such lines are, mostly story, where a higher cap left too few to
# learn from and a long read lost the middle and end of its story
# (docs/extraction.md, "Long stories and story-only pages").
EDGE_LINES = 120
# Prose above and below a line is counted in characters up to this many (a few
# paragraphs): as with EDGE_LINES, the middle of a story of any length reads the
# same, where a share of the page's prose read a long story's last fifth as the
# closing lines of an ordinary page.
PROSE_NEAR = 2_000
# The opening of the story compared with headline candidates, in words.
SHARED_ENOUGH = 4


@dataclass(frozen=True)
class Page:
    """A seed's lines with what the rules judged, and the matrix of their features."""

    lines: tuple[Line, ...]
    judged: tuple[Judged, ...]
    run: tuple[int, int]
    matrix: np.ndarray  # lines × FEATURES


def page_features(lines: tuple[Line, ...], lang: str) -> Page:
    """Judge the lines by the rules, then compute every feature of every line."""
    stops = stoplist_for(lang)
    judged = judge_lines(lines, lang)
    run = densest_run(judged)
    context = _Context.of(judged, run, stops)
    # One flat run of numbers (np.array would first work out the nesting of the rows).
    texts = np.fromiter(itertools.chain.from_iterable(text_values(j, lang, stops) for j in judged),
                        dtype=np.float32, count=len(judged) * len(TEXT_FEATURES),
                        ).reshape(len(judged), len(TEXT_FEATURES))
    base = np.hstack([texts, place_matrix(judged, texts, context)])
    return Page(lines, judged, run, np.hstack([base, _neighbours(base)]))


def text_values(j: Judged, lang: str, stops: frozenset[str]) -> tuple[float, ...]:
    """The TEXT_FEATURES of a judged line (short lines: once per process)."""
    if len(j.line.text) <= CACHE_MAX_CHARS:
        return _text_values_cached(j.line.text, j.shape, j.rule, lang)
    return _text_values(j.line.text, j.shape, j.rule, stops)


@functools.lru_cache(maxsize=CACHE_LINES)
def _text_values_cached(text: str, shape: Shape, rule: str, lang: str) -> tuple[float, ...]:
    return _text_values(text, shape, rule, stoplist_for(lang))


@dataclass(frozen=True)
class _Context:
    stops: frozenset[str]
    run: tuple[int, int]
    lede: frozenset[str]
    keys: tuple[str, ...]
    repeats: Counter[str]
    prose: tuple[int, ...]  # characters of prose per line (0 for other lines)
    headline_scores: dict[int, float]
    joined: str  # every line's key, one per line: a line found more often is inside another

    @classmethod
    def of(cls, judged: tuple[Judged, ...], run: tuple[int, int], stops) -> _Context:
        from .headline import headline_scores

        start, end = run
        lede = opening_words((j.line.text for j in judged[start:end]
                              if j.shape in PROSE_SHAPES), stops)
        keys = tuple(key(j.line.text) for j in judged)
        prose = tuple(len(j.line.text) if j.shape is Shape.PROSE else 0 for j in judged)
        return cls(stops, run, lede, keys, Counter(keys), prose,
                   headline_scores(judged, start, end, stops, lede, keys), "\n".join(keys))


def _text_values(text: str, shape: Shape, rule: str, stops: frozenset[str]) -> tuple[float, ...]:
    toks = words(text)
    n_words = len(toks)
    short = n_words <= SHORT_WORDS
    # Shares of kinds of characters, from the line's start: a paragraph's first
    # few hundred characters tell as much as all of it, at a fraction of the cost.
    sample = text if short else text[:SAMPLE_CHARS]
    letters, upper, digits, punct = _char_counts(sample)
    letters = letters or 1
    stop_count = stopword_count(text, stops)
    furniture = rule if shape is Shape.FURNITURE else ""
    end_marker = rules.match(rules.END_MARKERS, text) if short else None
    has_date = short and find_date(text) is not None
    name_line = short and is_name_line(text, stops)
    spaced = sample.split()
    ends = ends_sentence(text)
    return (
        math.log1p(len(text)),
        math.log1p(n_words),
        sum(map(len, toks)) / n_words if n_words else 0.0,
        float(ends),
        float(text.endswith(":")),
        float(text.endswith(("?", "!"))),
        float(bool(text) and text[-1] in SEPARATOR_ENDS),
        float(bool(rules.BULLET.match(text))),
        float(text[:1].islower()),
        float(bool(rules.QUOTED.match(text))),
        float(short and is_title_case(text)),
        _capitalised(sample, spaced) / max(len(spaced), 1),
        upper / letters,
        digits / len(sample),
        punct / len(sample),
        float(min(sum(map(text.count, SEPARATOR_CHARS)), 5)),
        float(_link_like(text)),
        text.count(",") / max(n_words, 1),
        float(_dense_script(text)),
        float(min(ends + text.count(". "), 20)),
        stop_count / n_words if n_words else 0.0,
        math.log1p(stop_count),
        *_furniture_flags(furniture),
        *_end_flags(end_marker),
        float(short and rules.match(rules.LIST_HEADERS, text) is not None),
        *_shape_flags(shape),
        float(has_date),
        float(has_date and is_dateline(text)),
        float(n_words <= 12 and find_relative(text) is not None),
        float(short and is_byline(text)),
        float(is_by_alone(text)),
        float(name_line),
        float(name_line and names_fill_line(text)),
        float(short and bool(UPDATED.search(text))),
        float(short and shape is not Shape.FURNITURE and headline_shaped_text(text)),
    )


@functools.cache
def _furniture_flags(name: str) -> tuple[float, ...]:
    return tuple(float(name == r.name) for r in rules.FURNITURE_RULES)


@functools.cache
def _end_flags(marker: rules.Rule | None) -> tuple[float, ...]:
    return tuple(float(marker is r) for r in rules.END_MARKERS)


@functools.cache
def _shape_flags(shape: Shape) -> tuple[float, ...]:
    return tuple(float(shape is s) for s in Shape)


def _dense_script(text: str) -> bool:
    """CJK characters in the line; ASCII (most lines) has none, and needs no search."""
    return not text.isascii() and DENSE_SCRIPT.search(text) is not None


def _char_counts(sample: str) -> tuple[int, int, int, int]:
    """Letters, upper-case letters, digits and PUNCT's symbols. For ASCII (most lines
    of most pages) bytes.translate counts them at C speed, exactly as
    str.isalpha/isupper/isdigit and PUNCT.findall do."""
    if sample.isascii():
        b = sample.encode("ascii")
        n = len(b)
        return (n - len(b.translate(None, ASCII_LETTERS)), n - len(b.translate(None, ASCII_UPPER)),
                n - len(b.translate(None, ASCII_DIGITS)), len(b.translate(None, ASCII_NOT_PUNCT)))
    return (sum(map(str.isalpha, sample)), sum(map(str.isupper, sample)),
            sum(map(str.isdigit, sample)), len(PUNCT.findall(sample)))


def _capitalised(sample: str, spaced: list[str]) -> int:
    """How many of the words start with a capital. In ASCII (most lines) the only
    capitals are A-Z and one search finds them all, instead of a test per word."""
    if sample.isascii():
        return len(CAPITAL_START.findall(sample))
    return sum(map(str.isupper, [w[0] for w in spaced]))


def _link_like(text: str) -> bool:
    low = text.lower()
    return any(h in low for h in LINK_HINTS) and LINK_LIKE.search(text) is not None


def place_matrix(judged: tuple[Judged, ...], texts: np.ndarray, c: _Context) -> np.ndarray:
    """The PLACE_FEATURES of every line, column by column: most are where a line
    stands, worked out for the whole page at once."""
    n = len(judged)
    out = np.empty((n, len(PLACE_FEATURES)), dtype=np.float32)
    if not n:
        return out
    start, end = c.run
    at = np.arange(n)
    log1p = log1p_table(n)
    logs = np.array(log1p)
    col = PLACE_INDEX
    out[:, col["after_by_alone"]] = 0.0
    out[1:, col["after_by_alone"]] = texts[:-1, TEXT_INDEX["by_alone"]]
    out[:, col["headline_score"]] = -5.0
    for i, score in c.headline_scores.items():
        out[i, col["headline_score"]] = score
    # Where the line stands between the page's ends, by the same capped distances:
    # the share of the page above it on pages up to 2 * EDGE_LINES + 1 lines.
    from_top = np.minimum(at, EDGE_LINES)
    to_bottom = from_top[::-1]
    out[:, col["rel_position"]] = from_top / np.maximum(from_top + to_bottom, 1)
    ends = np.minimum(logs, log1p[min(EDGE_LINES, n - 1)])
    out[:, col["log_from_start"]] = ends
    out[:, col["log_to_end"]] = ends[::-1]
    out[:, col["in_run"]] = (start <= at) & (at < end)
    out[:, col["to_run_start"]] = signed_logs(at - start)
    out[:, col["to_run_end"]] = signed_logs(at - (end - 1))
    blank = np.minimum([j.line.blank_before for j in judged], 3)
    out[:, col["blank_before"]] = blank
    out[:-1, col["blank_after"]] = blank[1:]
    out[-1, col["blank_after"]] = 3.0
    out[:, col["first_line"]] = at == 0
    prose = np.asarray(c.prose, dtype=np.int64)
    above = np.cumsum(prose) - prose
    below = prose.sum() - above - prose
    out[:, col["prose_above"]] = np.log1p(np.minimum(above, PROSE_NEAR))
    out[:, col["prose_below"]] = np.log1p(np.minimum(below, PROSE_NEAR))
    # The rest asks of each line's words, line by line.
    out[:, col["repeats"]:] = [_words_values(i, k, judged[i].line.text, c, log1p)
                               for i, k in enumerate(c.keys)]
    return out


def _words_values(i: int, k: str, text: str, c: _Context,
                  log1p: tuple[float, ...]) -> tuple[float, ...]:
    """The last PLACE_FEATURES of line i, from `repeats` on, in order."""
    short = len(k) <= SHORT_KEY_CHARS
    mine = content_words(text, c.stops) if short else frozenset()
    shared = len(mine & c.lede)
    return (
        log1p[c.repeats[k] - 1],
        float(short and _inside_longer(k, c)),
        float(i > 0 and len(k) > 3 and k in c.keys[0]),
        shared / len(mine) if mine else 0.0,
        min(shared, SHARED_ENOUGH) / SHARED_ENOUGH,
    )


@functools.lru_cache(maxsize=64)
def log1p_table(n: int) -> tuple[float, ...]:
    """math.log1p of 0 … n-1: the same numbers whichever way a line gets them."""
    return tuple(math.log1p(k) for k in range(n))


def signed_logs(d: np.ndarray, far: int = FAR) -> np.ndarray:
    """signed_log of every distance of an array."""
    return _signed_logs(far)[np.clip(d, -far, far) + far]


@functools.cache
def _signed_logs(far: int) -> np.ndarray:
    """signed_log of every distance from -far to far (read-only): a few per line,
    every line."""
    table = np.array([math.copysign(math.log1p(abs(d)), d) for d in range(-far, far + 1)])
    table.flags.writeable = False
    return table


def _inside_longer(k: str, c: _Context) -> bool:
    """The line occurs inside a longer line of the page (share texts, breadcrumbs)."""
    if len(k.split()) < 3:
        return False
    return c.joined.count(k) > c.repeats[k]


def _neighbours(base: np.ndarray) -> np.ndarray:
    """NEIGHBOUR_FEATURES from the lines' own features, shifted and summed."""
    n = base.shape[0]
    out = np.empty((n, len(NEIGHBOUR_FEATURES)), dtype=np.float32)
    # The sources with -1 rows above and below, past the page's ends: each offset
    # is then one slice.
    reach = max(map(abs, NEIGHBOUR_OFFSETS))
    width = len(NEIGHBOUR_COLUMNS)
    padded = np.full((n + 2 * reach, width), -1.0, dtype=np.float32)
    padded[reach:reach + n] = base[:, NEIGHBOUR_COLUMNS]
    for k, o in enumerate(NEIGHBOUR_OFFSETS):
        out[:, k * width:(k + 1) * width] = padded[reach + o:reach + o + n]
    col = len(NEIGHBOUR_OFFSETS) * width
    # Sums over ±w lines, every window at once, from a series' running sum.
    windows = np.array(WINDOWS)[:, None]
    at = np.arange(n)
    hi, lo = np.minimum(at + windows + 1, n), np.maximum(at - windows, 0)
    prose = np.where(base[:, LINE_INDEX["shape:prose"]] > 0,
                     np.expm1(base[:, LINE_INDEX["log_chars"]]), 0.0)
    furniture = base[:, LINE_INDEX["shape:furniture"]]
    for series, scale in ((prose, True), (furniture, False)):
        running = np.concatenate([[0.0], np.cumsum(series)])
        summed = running[hi] - running[lo]
        out[:, col:col + len(WINDOWS)] = (np.log1p(summed) if scale
                                          else summed / (2 * windows + 1)).T
        col += len(WINDOWS)
    dates = base[:, LINE_INDEX["has_date"]] > 0
    is_prose = base[:, LINE_INDEX["shape:prose"]] > 0
    for flags, step in ((dates, -1), (dates, 1), (is_prose, 1), (is_prose, -1)):
        out[:, col] = _distance(flags, step)
        col += 1
    return out


def _distance(flags: np.ndarray, step: int) -> np.ndarray:
    """Lines to the nearest flagged line in one direction (FAR if none), log-scaled."""
    n = len(flags)
    at = np.flatnonzero(flags)
    lines = np.arange(n)
    out = np.full(n, float(FAR), dtype=np.float32)
    if step < 0:  # the last flagged line above
        k = np.searchsorted(at, lines, side="left") - 1
        found = k >= 0
        out[found] = np.minimum(lines[found] - at[k[found]], FAR)
    else:  # the first flagged line below
        k = np.searchsorted(at, lines, side="right")
        found = k < len(at)
        out[found] = np.minimum(at[k[found]] - lines[found], FAR)
    return np.log1p(out)
