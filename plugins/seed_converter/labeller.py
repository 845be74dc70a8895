"""Stage 3, label: trained models say what each line of a seed is.

Four gradient-boosted tree models, applied in turn (docs/extraction.md):
the body model gives each line the probability that it is the story's text;
the headline model picks, among the short lines, the story's headline; the
story-end model says where, under the story the body model kept, the story ends
(what is kept below is a biography, comments, other stories); the header model
tells byline and date lines near the headline from the rest.
They are trained by `make train` and shipped in LABELLER_MODEL.
"""

from __future__ import annotations

import enum
import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import features, header_features, rules, story_end
from .bylines import is_byline
from .errors import SeedError
from .judging import ends_sentence
from .language import lower_case_words
from .model import PROSE_SHAPES, Line, Shape
from .persons import only_a_person, person_shaped
from .site_name import is_site_name, site_names
from .trees import Trees

LABELLER_MODEL = Path(__file__).with_name("labeller_model.json")


class Tag(enum.Enum):
    """What the models tell apart, as the truth of the training pages gives it."""

    OTHER = "other"  # page furniture: menus, share rows, other stories, footers
    BODY = "body"  # the story's text: paragraphs, subheadings, list items, quotes
    TITLE = "title"  # the story's headline
    BYLINE = "byline"  # a line naming the writers
    DATELINE = "dateline"  # a line giving the story's date

    @property
    def index(self) -> int:
        return list(Tag).index(self)


# The header model's classes, in its output's order.
META_TAGS = (Tag.OTHER, Tag.BYLINE, Tag.DATELINE)
# A page has one byline and one date line near its headline, which the model often
# ranks first without being sure: the first is taken from this probability on.
TOP_META_PROBABILITY = 0.15
# Where the story-end model finds the story runs to its last kept line, the prose right
# under that line which the body model gives at least this probability is the story's
# too, for at most this many lines: the body model reads the page's foot as furniture
# and drops a closing paragraph ("In summary: …") a reader misses more than a line kept
# (docs/extraction.md, "The story runs on").
RUN_ON_PROBABILITY = 0.3
RUN_ON_LINES = 2
# The story-end model does not cut a story whose every line under the cut, to the
# seed's last, is prose the body model gives at least this: a story given alone ends
# with its last paragraph, not before it.
SURE_PROSE = 0.95


class ModelError(SeedError):
    """The shipped model does not fit this code: retrain it with `make train`."""


@dataclass(frozen=True)
class Labeller:
    """The four trained models and the decision thresholds chosen in training.

    `masked` names feature groups the models were trained without (`make
    ablation`): their columns are zero for the models, in training and here.
    """

    body: Trees
    title: Trees
    meta: Trees
    end: Trees
    body_threshold: float
    meta_threshold: float
    end_threshold: float
    masked: frozenset[features.Group] = frozenset()

    def body_probabilities(self, matrix: np.ndarray) -> np.ndarray:
        return predict(self.body, mask(matrix, BODY_GROUPS, self.masked))

    def title_scores(self, matrix: np.ndarray) -> np.ndarray:
        return predict(self.title, mask(matrix, TITLE_GROUPS, self.masked))

    def end_probabilities(self, matrix: np.ndarray) -> np.ndarray:
        return predict(self.end, mask(matrix, END_GROUPS, self.masked))

    def meta_probabilities(self, matrix: np.ndarray) -> np.ndarray:
        if not len(matrix):
            return np.zeros((0, len(META_TAGS)))
        out = self.meta.predict(mask(matrix, META_GROUPS, self.masked))
        return out.reshape(len(matrix), len(META_TAGS))


# The feature group of each column each model reads.
BODY_GROUPS = tuple(f.group for f in features.FEATURES)
TITLE_GROUPS = tuple(f.group for f in header_features.TITLE_FEATURES) + BODY_GROUPS
META_GROUPS = tuple(f.group for f in header_features.META_FEATURES) + BODY_GROUPS
END_GROUPS = tuple(f.group for f in story_end.END_FEATURES)


def mask(matrix: np.ndarray, groups: tuple[features.Group, ...],
         masked: frozenset[features.Group]) -> np.ndarray:
    """The matrix with the columns of masked groups set to zero (a copy if any)."""
    if not masked:
        return matrix
    cols = [k for k, g in enumerate(groups) if g in masked]
    out = matrix.copy()
    out[:, cols] = 0.0
    return out


@dataclass(frozen=True)
class Labelled:
    """A seed's lines, each with its tag and the probability behind it."""

    page: features.Page
    tags: tuple[Tag, ...]
    body: np.ndarray  # probability of story text, per line
    title: int | None
    # The model kept no line, and the densest run of prose stands in for the story.
    fallback: bool = False
    # The seed's language ("" where not known): revising reads names by its stoplist.
    lang: str = ""
    # Lines the body model kept that the story-end model put under the story's end.
    after_end: frozenset[int] = frozenset()
    # Prose right under the story's last kept line, kept as its closing (story_runs_on).
    run_on: frozenset[int] = frozenset()


@functools.cache
def load(path: Path = LABELLER_MODEL) -> Labeller:
    """Read a trained model file once per process; refuse one made for other features."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ModelError(f"line labeller model {path} unreadable: {e}") from e
    expected = {"body": features.NAMES,
                "title": header_features.TITLE_NAMES + features.NAMES,
                "meta": header_features.META_NAMES + features.NAMES,
                "end": story_end.END_NAMES}
    for part, names in expected.items():
        if tuple(data.get(f"{part}_features", ())) != names:
            raise ModelError(f"line labeller model {path.name} was trained on other "
                             f"{part} features than this code computes: run `make train`")
    return Labeller(
        body=Trees(data["body"]),
        title=Trees(data["title"]),
        meta=Trees(data["meta"]),
        end=Trees(data["end"]),
        body_threshold=float(data["body_threshold"]),
        meta_threshold=float(data["meta_threshold"]),
        end_threshold=float(data["end_threshold"]),
        masked=frozenset(features.Group(g) for g in data.get("masked", ())),
    )


def label_lines(lines: tuple[Line, ...], lang: str, model: Labeller | None = None) -> Labelled:
    """Tag every line: body text, headline, byline, date line or furniture."""
    model = model or load()
    page = features.page_features(lines, lang)
    if not lines:
        return Labelled(page, (), np.zeros(0), None, lang=lang)
    body = model.body_probabilities(page.matrix)
    title = pick_title(model, page, body, lang)
    tags = [Tag.BODY if p >= model.body_threshold else Tag.OTHER for p in body]
    fallback = Tag.BODY not in tags
    after_end: frozenset[int] = frozenset()
    run_on: frozenset[int] = frozenset()
    if fallback:
        tags = _prose_run_tags(page)
    else:
        after_end = under_story_end(model, page, body, lang, title)
        for i in after_end:
            tags[i] = Tag.OTHER
        if not after_end:
            run_on = story_runs_on(page, body, tags)
            for i in run_on:
                tags[i] = Tag.BODY
    meta = header_features.meta_candidates(page, body, title)
    for i, tag in header_tags(meta.lines, model.meta_probabilities(meta.matrix),
                              model.meta_threshold).items():
        tags[i] = tag
    if title is not None:
        tags[title] = Tag.TITLE
    return Labelled(page, tuple(tags), body, title, fallback, lang, after_end, run_on)


def under_story_end(model: Labeller, page: features.Page, body: np.ndarray, lang: str,
                    title: int | None) -> frozenset[int]:
    """The kept lines under the story's end: below the first candidate (story_end) the
    story-end model is sure enough the story ends at; none if it is sure of none, or
    if all under that one, to the seed's end, is prose the body model is sure of. The
    story ends under its headline."""
    candidates = story_end.end_candidates(page, body, lang)
    if not candidates.lines:
        return frozenset()
    sure = model.end_probabilities(candidates.matrix) >= model.end_threshold
    ends = [i for i, yes in zip(candidates.lines, sure, strict=True)
            if yes and (title is None or i > title)]
    if not ends or _sure_prose_to_the_end(page, body, ends[0]):
        return frozenset()
    return frozenset(i for i in candidates.kept if i > ends[0])


def _sure_prose_to_the_end(page: features.Page, body: np.ndarray, end: int) -> bool:
    """Every line under `end` to the seed's last is prose the body model is sure of
    (SURE_PROSE): nothing the story could end before, as a page's foot, its comments
    or other stories' teasers are (a story given alone, a CMS export, ends with its
    last paragraph)."""
    return all(body[i] >= SURE_PROSE and j.shape is Shape.PROSE
               for i, j in enumerate(page.judged[end + 1:], start=end + 1))


def story_runs_on(page: features.Page, body: np.ndarray, tags: Sequence[Tag]) -> frozenset[int]:
    """The prose lines right under the story's last kept line that the body model gives
    RUN_ON_PROBABILITY or more and that end a sentence (a closing paragraph does; a
    blog's "sarahcooks liked this" notes do not), up to RUN_ON_LINES of them and the
    first line that is not: called where the story-end model found the story runs to
    that line."""
    last = max(i for i, tag in enumerate(tags) if tag is Tag.BODY)
    found = []
    for i in range(last + 1, min(len(tags), last + 1 + RUN_ON_LINES)):
        text = page.lines[i].text
        if body[i] < RUN_ON_PROBABILITY or page.judged[i].shape not in PROSE_SHAPES \
                or not ends_sentence(text):
            break
        found.append(i)
    return frozenset(found)


def _prose_run_tags(page: features.Page) -> list[Tag]:
    """The hand rules' story: the prose of the densest run. The model learned that a
    lone paragraph is mostly a teaser; a seed that holds nothing else is a short story,
    and every seed with article text must yield an article."""
    start, end = page.run
    return [Tag.BODY if start <= i < end and j.shape in PROSE_SHAPES else Tag.OTHER
            for i, j in enumerate(page.judged)]


def header_tags(lines: tuple[int, ...], probs: np.ndarray, threshold: float) -> dict[int, Tag]:
    """Byline and date lines: the likeliest of each, if it is likely enough to be worth
    reading (TOP_META_PROBABILITY), and every other line the model is sure of."""
    found: dict[int, Tag] = {}
    for column, tag in enumerate(META_TAGS):
        if tag is Tag.OTHER or not len(probs):
            continue
        best = int(probs[:, column].argmax())
        if probs[best, column] >= TOP_META_PROBABILITY and lines[best] not in found:
            found[lines[best]] = tag
        for i, p in zip(lines, probs, strict=True):
            if int(p.argmax()) == column and p[column] >= threshold:
                found.setdefault(i, tag)
    return found


def pick_title(model: Labeller, page: features.Page, body: np.ndarray, lang: str) -> int | None:
    """The candidate the headline model scores highest, if there is any candidate;
    a byline ("By Richard Garner Updated Sep 5, 2024") never is one, and nor is a line
    under the story's last line (above_story): a headline stands above its story, and
    every line of the story above the headline is dropped, so a copyright line at the
    foot of the page taken for the headline would leave the seed without an article."""
    candidates = header_features.title_candidates(page, body, lang)
    if not candidates.lines:
        return None
    # The candidates in line order, so those kept are its first rows; only they are
    # scored (LightGBM scores each row on its own, and a page's footer holds many
    # short lines), and a stable sort ranks them as it would among all.
    kept = above_story(candidates.lines, body >= model.body_threshold)
    scores = model.title_scores(candidates.matrix[:len(kept)])
    sites = site_names(j.line.text for j in page.judged if j.rule == rules.COPYRIGHT_LINE)
    return first_headline([kept[k] for k in np.argsort(-scores, kind="stable")], page.lines,
                          sites)


def above_story(lines: Sequence[int], story: np.ndarray) -> Sequence[int]:
    """The candidate lines above the last line of story text (story: a flag per
    line), in their order; all of them if none is, or if no line is story text."""
    last = np.flatnonzero(story)
    if not len(last):
        return lines
    return [i for i in lines if i < last[-1]] or lines


def first_headline(ranked: list[int], lines: tuple[Line, ...],
                   sites: frozenset[str] = frozenset()) -> int:
    """The best-ranked line that is neither a byline, a line of the page's frame
    (rules.NOT_HEADLINES: a breadcrumb, a consent dialog's heading, …), a button or
    a sign-up prompt (rules.CALLS_TO_ACTION), a picture's caption or credit
    (rules.MEDIA_CREDITS, is_caption), the site's name over its menu
    (over_menu) or in its copyright line (`sites`, site_name), nor a person's name alone, a
    writer's name line the byline model missed ("Julie Bausch Lent"); the first, if
    every one is."""
    # The page's lower-case words tell a surname from a word ("Austin Hardware
    # Catalog"); they are read only if a candidate shaped as a person's name asks.
    lower = functools.cache(lambda: lower_case_words(line.text for line in lines))
    return next((i for i in ranked if _may_head(lines[i].text) and not over_menu(lines, i)
                 and not is_caption(lines, i) and not is_site_name(lines[i].text, sites)
                 and not (person_shaped(lines[i].text)
                          and only_a_person(lines[i].text, lower()))), ranked[0])


# A picture's caption toggle stands this many lines under its caption at most (its
# credit may come between).
CAPTION_TOGGLE_LINES = 2


def is_caption(lines: tuple[Line, ...], i: int) -> bool:
    """Line i is a picture's caption, by the controls the page sets beside it:
    "Enlarge this image" right over it, "toggle caption" under it."""
    return (i > 0 and rules.CAPTION_ABOVE_LINE.match(lines[i - 1].text) is not None) or any(
        rules.CAPTION_BELOW_LINE.match(line.text)
        for line in lines[i + 1:i + 1 + CAPTION_TOGGLE_LINES])


# A site's name stands over its menu; a headline never does. The menu is this many
# of its labels, one to a line, right under the line (rules.MENU_ITEM).
MENU_ITEMS_UNDER_NAME = 2


# A menu in any language: labels of one or two words, one to a line, this many
# under the line.
MENU_RUN_UNDER = 3
MENU_LABEL_MAX_WORDS = 2


def over_menu(lines: tuple[Line, ...], i: int) -> bool:
    """Line i has the site's menu right under it: "Carnets du port" over "Accueil",
    "À propos"; or it is a label of a menu whatever its language ("ראשי" over
    "חדשות", "כלכלה", "ספורט")."""
    under = lines[i + 1:i + 1 + MENU_ITEMS_UNDER_NAME]
    return (len(under) == MENU_ITEMS_UNDER_NAME and all(
        rules.MENU_ITEM.match(line.text) for line in under)) or in_menu(lines, i)


def in_menu(lines: tuple[Line, ...], i: int) -> bool:
    """Line i and the MENU_RUN_UNDER lines under it are each a label of at most
    MENU_LABEL_MAX_WORDS words that ends no sentence."""
    run = lines[i:i + 1 + MENU_RUN_UNDER]
    return len(run) == 1 + MENU_RUN_UNDER and all(
        len(line.text.split()) <= MENU_LABEL_MAX_WORDS and not ends_sentence(line.text)
        for line in run)


# Lines that are never the headline: the page's frame, the publisher's buttons and
# prompts, and a picture's caption or credit (the headline is over the picture).
NEVER_HEADLINES = rules.NOT_HEADLINES + rules.CALLS_TO_ACTION + rules.MEDIA_CREDITS


def _may_head(text: str) -> bool:
    return not (is_byline(text) or rules.match(NEVER_HEADLINES, text))


def predict(trees: Trees, matrix: np.ndarray) -> np.ndarray:
    """A model's output for the rows of a matrix (none for no rows): the body model's
    probabilities, the headline model's ranking scores."""
    if not len(matrix):
        return np.zeros(0)
    return trees.predict(matrix)
