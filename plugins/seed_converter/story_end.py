"""What the story-end model sees: where the story the body model kept may end.

The body model judges each line with a window of its neighbours, and under the
story it keeps what reads like the story: the writer's biography, readers'
comments, teasers of other stories, a sponsor's pitch. What tells them from the
story's last section is the whole of what lies under a point: its words are not
the story's, it is set apart by the page's furniture, the body model is less sure
of it. Each candidate is a kept line in the lower half of the kept story (a cut
never takes more than half of it); its features describe the line, the gap under
it, and everything kept below it (docs/extraction.md, "Where the story ends").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .features import LINE_INDEX, NAMES, Group, Page, _f
from .header_features import BODY_PROBABILITY
from .headline import content_words
from .language import stoplist_for

# A cut never takes more than this share of the kept story's words: a story's end is
# in its lower half, and a page the body model read wrongly from the top is not
# mended by cutting it in two.
MAX_CUT_SHARE = 0.5
# The run of kept lines right under a gap that is read as the next block, at most:
# a comment, a bio, a teaser is a few lines.
BLOCK_LINES = 12
# The body model's view of the lines right under a candidate, over this many lines.
UNDER_LINES = 12
# Far is far: lines to the page's foot beyond this say nothing more.
FAR = 120
# Candidates, at most, counted up from the last kept line. Of the training pages'
# tails (what the body model kept under the truth's story), 95% are 45 kept lines or
# fewer and 99% about 100: a story of thousands of lines is not cut higher than this,
# where a change of subject is more likely a new section than another page's text
# (docs/extraction.md, "Where the story ends", has what the limit was measured at).
MAX_CANDIDATES = 60

P, F, E, R, S = (Group.POSITION, Group.FURNITURE, Group.LEDE, Group.REPETITION,
                 Group.SHAPE)
END_FEATURES = (
    _f("log_words_below", P, "kept words under the line: a tail is short beside the story"),
    _f("log_lines_below", P, "kept lines under the line: comments come many, short"),
    _f("share_below", P, "share of the kept words under it: a story's last section is "
       "a small part of it"),
    _f("body_below", P, "the body model's mean view of the kept lines under it: it keeps "
       "the story surely, a tail barely"),
    _f("least_body_below", P, "its least sure view of a kept line under it"),
    _f("gap_lines", P, "lines between it and the next kept line: furniture sets the "
       "story's end apart"),
    _f("log_gap_words", P, "words of the lines between"),
    _f("gap_furniture", F, "lines between that the rules call furniture: share rows, "
       "tags, \"Related\""),
    _f("prose_below", S, "share of the kept lines under it that are prose"),
    _f("body_here", P, "the body model's view of the line itself"),
    _f("log_words_here", S, "the line's words: a story ends on a paragraph"),
    _f("body_next", P, "the body model's view of the next kept line"),
    _f("log_words_next", S, "the next kept line's words"),
    _f("to_bottom", P, "lines to the page's foot"),
    _f("log_words_above", P, "kept words down to the line: how much story is told"),
    _f("lede_below", E, "words the kept lines under it share with the story's opening"),
    _f("repeats_below", R, "how much of what is kept under it the page repeats: "
       "teasers and comment controls recur"),
    _f("body_under", P, "the body model's mean view of the lines right under it, kept "
       "or not"),
    _f("vocabulary_below", E, "share of the content words kept under it that the story "
       "above uses: a bio, comments and other stories speak of other things"),
    _f("vocabulary_next", E, "the same for the next block of kept lines alone"),
    _f("gap_rules", F, "furniture rules and end markers matched between it and the next "
       "kept line"),
    _f("next_rules", F, "furniture rules and end markers matched in the next block"),
    _f("blocks_below", P, "runs of kept lines under it: a tail of teasers is many small "
       "blocks"),
    _f("next_block_lines", P, "lines of the next block"),
    _f("log_next_block_words", P, "words of the next block"),
)
END_NAMES = tuple(f.name for f in END_FEATURES)
# The furniture rules' and end markers' columns of the line features.
RULE_COLUMNS = np.array([k for k, name in enumerate(NAMES)
                         if name.startswith(("rule:", "end:"))], dtype=np.intp)


@dataclass(frozen=True)
class EndCandidates:
    """The kept lines after which the story may end, and their feature matrix."""

    lines: tuple[int, ...]
    matrix: np.ndarray
    kept: tuple[int, ...]  # every kept line, in order


def end_candidates(page: Page, body: np.ndarray, lang: str) -> EndCandidates:
    """Every kept line but the last in the lower half of the kept story's words (the
    last MAX_CANDIDATES of them), with END_FEATURES."""
    kept = np.flatnonzero(body >= BODY_PROBABILITY)
    none = EndCandidates((), np.zeros((0, len(END_NAMES)), dtype=np.float32),
                         tuple(int(i) for i in kept))
    if len(kept) < 2:
        return none
    m = page.matrix
    n, nk = len(body), len(kept)
    words = np.maximum(1.0, np.rint(np.expm1(m[:, LINE_INDEX["log_words"]])))
    kept_words = np.cumsum(words[kept])
    total = kept_words[-1]
    at = np.flatnonzero(kept_words[:-1] >= total * MAX_CUT_SHARE)[-MAX_CANDIDATES:]
    if not len(at):
        return none
    here, nxt = kept[at], kept[at + 1]
    words_below = total - kept_words[at]
    kept_body = body[kept]
    line_words = _prefix(words)
    furniture = _prefix(m[:, LINE_INDEX["shape:furniture"]].astype(np.float64))
    prose = m[kept, LINE_INDEX["shape:prose"]].astype(np.float64)
    all_body = _prefix(body.astype(np.float64))
    under_end = np.minimum(n, here + 1 + UNDER_LINES)
    # The next block's positions among the kept lines, and its lines.
    block_end = _block_ends(kept)
    blocks = [np.arange(j + 1, min(block_end[j + 1], j + 1 + BLOCK_LINES)) for j in at]
    next_block = [kept[b] for b in blocks]
    vocabulary = _shared_vocabulary(page, kept, at, blocks, lang)
    rules = _prefix(m[:, RULE_COLUMNS].sum(axis=1).astype(np.float64))
    # A run of kept lines starts wherever a kept line does not follow the one before.
    starts = np.concatenate([[0], np.cumsum(np.diff(kept) > 1)])
    columns = {
        "log_words_below": np.log1p(words_below),
        "log_lines_below": np.log1p(nk - 1 - at),
        "share_below": words_below / total,
        "body_below": _suffix_mean(kept_body, at),
        "least_body_below": np.minimum.accumulate(kept_body[::-1])[::-1][at + 1],
        "gap_lines": nxt - here - 1,
        "log_gap_words": np.log1p(line_words[nxt] - line_words[here + 1]),
        "gap_furniture": furniture[nxt] - furniture[here + 1],
        "prose_below": _suffix_mean(prose, at),
        "body_here": body[here],
        "log_words_here": np.log1p(words[here]),
        "body_next": body[nxt],
        "log_words_next": np.log1p(words[nxt]),
        "to_bottom": np.minimum(n - 1 - here, FAR),
        "log_words_above": np.log1p(kept_words[at]),
        "lede_below": _suffix_mean(m[kept, LINE_INDEX["lede_share"]], at),
        "repeats_below": _suffix_mean(m[kept, LINE_INDEX["repeats"]], at),
        "body_under": (all_body[under_end] - all_body[here + 1]) / (under_end - here - 1),
        "vocabulary_below": vocabulary[:, 0],
        "vocabulary_next": vocabulary[:, 1],
        "gap_rules": rules[nxt] - rules[here + 1],
        "next_rules": [rules[b[-1] + 1] - rules[b[0]] for b in next_block],
        "blocks_below": starts[-1] - starts[at + 1] + 1,
        "next_block_lines": [len(b) for b in next_block],
        "log_next_block_words": [np.log1p(words[b].sum()) for b in next_block],
    }
    out = np.column_stack([np.asarray(columns[name], dtype=np.float32) for name in END_NAMES])
    return EndCandidates(tuple(int(i) for i in here), out, tuple(int(i) for i in kept))


def _prefix(values: np.ndarray) -> np.ndarray:
    """Sums of values[:i] for i in 0..len(values)."""
    return np.concatenate([[0.0], np.cumsum(values, dtype=np.float64)])


def _suffix_mean(values: np.ndarray, at: np.ndarray) -> np.ndarray:
    """The mean of values[j + 1:] for each j in at (every j has a value after it)."""
    sums = _prefix(values)
    return (sums[-1] - sums[at + 1]) / (len(values) - 1 - at)


def _block_ends(kept: np.ndarray) -> np.ndarray:
    """For each kept position, one past the last position of its run of adjacent lines."""
    # The positions after which the run breaks, and the end: each position's run ends
    # at the first of them at or after it.
    breaks = np.append(np.flatnonzero(np.diff(kept) != 1), len(kept) - 1)
    return breaks[np.searchsorted(breaks, np.arange(len(kept)))] + 1


def _shared_vocabulary(page: Page, kept: np.ndarray, at: np.ndarray,
                       blocks: list[np.ndarray], lang: str) -> np.ndarray:
    """vocabulary_below and vocabulary_next of each candidate: of the content words
    kept under it (in its next block), the share the kept lines down to it use
    (1 where there are none)."""
    stops = stoplist_for(lang)
    ids: dict[str, int] = {}
    found = [content_words(page.lines[int(i)].text, stops) for i in kept]
    sizes = [len(v) for v in found]
    word_ids = np.fromiter((ids.setdefault(w, len(ids)) for v in found for w in v),
                           dtype=np.intp, count=sum(sizes))
    where = np.repeat(np.arange(len(kept)), sizes)
    # Each kept line's word ids.
    per_line = np.split(word_ids, np.cumsum(sizes)[:-1])
    # Each word's first and last kept position.
    first = np.full(len(ids), len(kept), dtype=np.intp)
    last = np.full(len(ids), -1, dtype=np.intp)
    np.minimum.at(first, word_ids, where)
    np.maximum.at(last, word_ids, where)
    # A word is kept under j where it last occurs below j; it is also used down to j
    # where it first occurs at or above j. Every word's first is at most its last.
    lasts, firsts = np.sort(last), np.sort(first)
    under = len(lasts) - np.searchsorted(lasts, at, side="right")
    first_under = len(firsts) - np.searchsorted(firsts, at, side="right")
    out = np.ones((len(at), 2), dtype=np.float32)
    has = under > 0
    out[has, 0] = (under[has] - first_under[has]) / under[has]
    for row, (j, block) in enumerate(zip(at, blocks, strict=True)):
        in_block = np.unique(np.concatenate([per_line[b] for b in block]))
        if len(in_block):
            out[row, 1] = np.count_nonzero(first[in_block] <= j) / len(in_block)
    return out
