"""Stage 2b, code boxes: a tutorial's boxes of code are set apart before labelling.

A page copied from a browser gives each line of a code box as a line of its own:
short, full of symbols, without a sentence's shape. To the line labeller they read
as a menu, and the prose between two boxes, cut into short runs, as the furniture
between menus: a tutorial kept its introduction and lost the rest. So the boxes are
taken out of the lines the labeller sees (training sees the same, `tools/training`),
and put back afterwards, as code, where the story runs on both sides of the box, or
where a kept line above it announces it with a colon ("Then run:"). Their buttons
("Copy", "Copy code") and language labels ("bash", "YAML") are left out.

A box is a run of code-like lines (`CODE_LINE`), two or more, or one with a button,
a language label or an announcing colon beside it. Every pattern is case-sensitive:
a sentence opens with a capital and a command or a keyword in lower case.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from . import rules
from .model import Judged, Label, Line, Shape

# Kinds of code line, each with why a line of prose is not one.
CODE_KINDS = (
    # A shell prompt before a command: "$ sudo apt install nginx", "user@host:~$ ls".
    r"(?:\$|[\w.-]+@[\w.-]+:\S*[$#]|PS [A-Z]:\\[^>]*>)\s+\S.*",
    # A command a tutorial runs, in lower case with its arguments ("git clone …",
    # "sudo systemctl restart nginx"); a sentence about Git opens with a capital.
    r"(?:sudo|apt|apt-get|dnf|yum|brew|pip3?|pipx|uv|poetry|conda|npm|npx|yarn|pnpm|"
    r"cargo|rustup|go|git|docker|docker-compose|podman|kubectl|helm|systemctl|"
    r"journalctl|curl|wget|cd|ls|mkdir|rm|cp|mv|chmod|chown|cat|echo|export|source|"
    r"ssh|scp|rsync|tar|make|cmake|python3?|node|deno|java|mvn|gradle|terraform|"
    r"ansible|ansible-playbook|psql|mysql|sqlite3|redis-cli|openssl|certbot|gem|"
    r"bundle|composer|dotnet|crontab|sed|awk|grep|touch|ln|unzip|tee|restic|flask|"
    r"uvicorn|gunicorn|pytest|django-admin) (?:-|\S+).*",
    # A statement's opening keyword: "import os", "def load(", "pub struct Config {".
    r"(?:import [\w.]+.*|from [\w.]+ import .+|(?:async )?def \w+\(.*|class \w+[(:].*|"
    r"(?:pub )?(?:fn|struct|enum|impl|mod|trait) \w+.*|use [\w:]+.*|let (?:mut )?\w+.*|"
    r"(?:const|var) \w+ ?[=:].*|func \w+.*|function \w*\(.*|package \w+.*|#include .+|"
    r"return\b.*|#\[.+\]|#!/.+|@\w+(?:\(.*\))?|(?:if|for|while) ?\(.*|"
    # A block's opening line in Python's way ("if hit and x < y:", "else:").
    r"(?:if|elif|else|for|while|try|except|finally|with)\b.*:)",
    # A line a statement or a block ends: "…;", "… {", "}", "});", "]".
    # (a list item of a law ends in ";" too, but holds no bracket or "=").
    r".*[(){}\[\]=<>$\"].*;|.*\{|[})\]]+[;,)]*",
    # A line a statement runs on from, with a name's colon, an "=" or a call in it:
    # "pub host: String,", "name='web',", "subprocess.run(["; a list item's comma
    # follows words alone.
    r"(?=.*[:=(]).*[,(\[]",
    # A call or an assignment with no space in its target: "app.run(debug=True)",
    # "max_connections = 20", "x := f()"; a sentence has spaces before its verb, and a
    # form's "Email(Required)" opens with a capital.
    r"[\w.\[\]\"']+ ?(?:=|:=|\+=|->) ?\S.*|(?:[a-z_][\w.]*|\w+[._][\w.]*)\(.*\)[;,]?",
    # Configuration: an ini or TOML section ("[server]", "[Unit]"), a YAML key in
    # lower case ("hosts: web", "- name: Install nginx"), an environment line.
    r"\[[A-Za-z][\w. \"-]*\]|(?:- )?[a-z_][a-z0-9_.-]*:(?: .*)?|[A-Z][A-Z0-9_]*=\S*",
    # A comment in code ("# install the tools", "// retry"), an HTML or XML tag.
    r"(?:#|//|/\*) .*|</?[a-zA-Z][\w:-]*(?: .*)?/?>.*",
    # SQL's clauses in capitals over names in lower case: "SELECT id FROM posts".
    r"(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE (?:TABLE|INDEX|VIRTUAL TABLE)|"
    r"ALTER TABLE|WHERE|FROM|ORDER BY|GROUP BY|EXPLAIN(?: ANALYZE)?) [a-z_*(].*",
)
CODE_LINE = re.compile("|".join(f"(?:{kind})" for kind in CODE_KINDS))
# Every kind above opens in lower case or in capitals (SQL), or holds one of these:
# a line with none ("Home", "World News", most of a page's short lines) is not
# matched against them.
CODE_CHARS = frozenset("$=;{}()[]<>:#/@")
# A line of prose that happens to match a kind above ("x = 5 in the example", a
# sentence ending in a semicolon) has a sentence's many words; code lines are short.
CODE_MAX_WORDS = 16
# The buttons a code box carries, as browsers copy them, in the languages the
# converter reads; and dev.to's full-screen toggles.
BUTTONS = frozenset({
    "copy", "copy code", "copied!", "copy to clipboard", "kopieren", "code kopieren",
    "copiar", "copiar código", "copier", "copier le code", "copia", "copia codice",
    "kopiëren", "enter fullscreen mode", "exit fullscreen mode", "view raw",
})
# The language label over a box (and its output's label): only beside a box.
LANGUAGES = frozenset({
    "bash", "shell", "sh", "zsh", "console", "terminal", "python", "py", "javascript",
    "js", "typescript", "ts", "jsx", "tsx", "json", "yaml", "yml", "toml", "ini", "xml",
    "html", "css", "scss", "sql", "go", "golang", "rust", "java", "kotlin", "swift", "c",
    "c++", "cpp", "c#", "csharp", "php", "ruby", "perl", "r", "dockerfile", "makefile",
    "nginx", "powershell", "text", "plaintext", "plain text", "diff", "graphql", "lua",
    "scala", "elixir", "haskell", "hcl", "terraform", "markdown", "jinja", "properties",
    "env", "output", "ausgabe", "salida", "sortie", "texto", "code", "shell session",
})
# A line of a box that is no code by its shape but stands between two of its lines:
# a value on its own ("10"), "Ok(config)" … at most this many words, no sentence.
FILLER_MAX_WORDS = 6


class Kind(enum.Enum):
    """What a line is to the box search, judged alone (_kind)."""

    CODE = "code"
    BUTTON = "button"  # "Copy", "Copy code"
    LANGUAGE = "language"  # "bash", "YAML": only beside a box
    NUMBER = "number"  # a line number, or a value on its own (_kinds tells which)
    FILLER = "filler"  # a few words and no sentence: maybe a line of the code
    PROSE = "prose"


# What a box holds beside its code: buttons, language labels, a column of line numbers.
LABEL_KINDS = frozenset({Kind.BUTTON, Kind.LANGUAGE, Kind.NUMBER})
# What a box's run is made of (FILLER only between two of them).
BOX_KINDS = LABEL_KINDS | {Kind.CODE}
# Filler lines a box takes in a row, between two lines of code.
FILLER_RUN = 3
# A filler line holds no sentence.
SENTENCE_END = re.compile(r"[.!?]['\")\]]?\s+[A-Z]|[.!?]$")


@dataclass(frozen=True)
class CodeBox:
    """One box: the lines of code, and the buttons and labels beside them."""

    after: int  # index, among the lines the labeller sees, of the line above (-1: none)
    code: tuple[Line, ...]
    labels: tuple[Line, ...]
    # The line above the box ends with a colon: it announces the box.
    announced: bool = False


@dataclass(frozen=True)
class Boxed:
    """A seed's lines with its code boxes set apart."""

    lines: tuple[Line, ...]  # what the labeller sees, numbered again from 0
    boxes: tuple[CodeBox, ...] = ()


def is_code(text: str) -> bool:
    return len(text.split()) <= CODE_MAX_WORDS and _code_shaped(text)


def _code_shaped(text: str) -> bool:
    return (text[:1].islower() or text[:2].isupper() or not CODE_CHARS.isdisjoint(text)) \
        and CODE_LINE.fullmatch(text) is not None


def _kinds(lines: tuple[Line, ...]) -> list[Kind]:
    kinds = [_kind(line) for line in lines]
    n = len(kinds)
    for i, kind in enumerate(kinds):
        # A column of line numbers runs down beside the code; a number alone between
        # two lines of code is a value of the code ("10" in a function's body).
        if kind is Kind.NUMBER and not any(0 <= k < n and kinds[k] is Kind.NUMBER
                                        for k in (i - 1, i + 1)):
            kinds[i] = Kind.FILLER
    return kinds


def _kind(line: Line) -> Kind:
    text = line.text
    count = len(text.split())
    if count > CODE_MAX_WORDS:
        return Kind.PROSE  # most of a page's text: nothing else to try
    lowered = text.casefold()
    if lowered in BUTTONS:
        return Kind.BUTTON
    if lowered in LANGUAGES:
        return Kind.LANGUAGE
    if text.isdecimal():
        return Kind.NUMBER
    if _code_shaped(text):
        return Kind.CODE
    if count <= FILLER_MAX_WORDS and not SENTENCE_END.search(text):
        return Kind.FILLER
    return Kind.PROSE


def set_apart(lines: tuple[Line, ...], text: str) -> Boxed:
    """Find the code boxes; the other lines, numbered again, are what is labelled.
    A box's lines keep their indentation in the seed's `text` (less what all of the
    box's lines share): splitting trimmed them, and code needs it."""
    kinds = _kinds(lines)
    if Kind.CODE not in kinds:
        return Boxed(lines)  # most pages: no line of code, no box
    announced = [i > 0 and lines[i - 1].text.endswith(":") for i in range(len(lines))]
    in_box = _boxes(kinds, announced)
    if not any(in_box):
        return Boxed(lines)
    raw = text.split("\n")
    kept: list[Line] = []
    boxes: list[CodeBox] = []
    i = 0
    while i < len(lines):
        if not in_box[i]:
            line = lines[i]
            kept.append(Line(len(kept), line.number, line.text, line.blank_before, line.pieces))
            i += 1
            continue
        start = i
        while i < len(lines) and in_box[i]:
            i += 1
        part = range(start, i)
        if kept:
            above = kept[-1]
            kept[-1] = Line(above.index, above.number, above.text, above.blank_before,
                            above.pieces, box_under=True)
        boxes.append(CodeBox(
            after=len(kept) - 1,
            code=_indented([lines[k] for k in part if kinds[k] not in LABEL_KINDS], raw),
            labels=tuple(lines[k] for k in part if kinds[k] in LABEL_KINDS),
            announced=announced[start]))
    return Boxed(tuple(kept), tuple(boxes))


def _indented(code: list[Line], raw: list[str]) -> tuple[Line, ...]:
    """The box's lines as the seed indents them, less their common indentation."""
    # The seed's own lines: a line of code the split joined to the next, as a
    # wrapped sentence is, is two again.
    seed_lines = [(line.number + k, raw[line.number - 1 + k], line.blank_before if not k else 0)
                  for line in code for k in range(max(1, len(line.pieces)))]
    indents = [text[:len(text) - len(text.lstrip())] for _, text, _ in seed_lines]
    # The lowest and the highest indentation in string order share exactly the prefix
    # all of them share.
    low, high = min(indents), max(indents)
    common = next((k for k, (a, b) in enumerate(zip(low, high, strict=False))
                   if a != b), len(low))
    return tuple(Line(-1, number, text[common:].rstrip(), blank)
                 for number, text, blank in seed_lines)


def _boxes(kinds: list[Kind], announced: list[bool]) -> list[bool]:
    """Which lines are in a box: runs of code, buttons, labels and line numbers, with
    up to FILLER_RUN filler lines between a line of the box and a line of code; a run
    counts with two lines of code, or one beside a button or a label, or one under a
    line that ends with a colon."""
    n = len(kinds)
    marks = [k in BOX_KINDS for k in kinds]
    i = 0
    while i < n:
        # Up to FILLER_RUN filler lines between a box's line above and code right
        # below are the box's ("pub host: String," between two lines of a struct,
        # YAML's "---" under a column of line numbers).
        if kinds[i] is not Kind.FILLER or not i or not marks[i - 1]:
            i += 1
            continue
        end = i
        while end < n and kinds[end] is Kind.FILLER and end - i < FILLER_RUN:
            end += 1
        if end < n and kinds[end] is Kind.CODE:
            for k in range(i, end):
                marks[k] = True
        i = end
    out = [False] * n
    i = 0
    while i < n:
        if not marks[i]:
            i += 1
            continue
        start = i
        while i < n and marks[i]:
            i += 1
        run = kinds[start:i]
        code = run.count(Kind.CODE)
        markers = run.count(Kind.BUTTON) + run.count(Kind.LANGUAGE)
        if code >= 2 or (code and (markers or announced[start])):
            for k in range(start, i):
                out[k] = True
    return out


def put_back(lines: tuple[Judged, ...], boxes: tuple[CodeBox, ...],
             story: frozenset[Label]) -> tuple[Judged, ...]:
    """The revised lines with each box back in its place: its code kept where the
    story runs on both sides of it, or where a kept line above announces it."""
    if not boxes:
        return lines
    out: list[Judged] = []
    at = 0
    for box in boxes:
        out.extend(lines[at:box.after + 1])
        at = box.after + 1
        above = lines[box.after] if box.after >= 0 else None
        below = lines[at] if at < len(lines) else None
        kept = above is not None and above.label in story and (
            box.announced or (below is not None and below.label in story))
        code_label, code_rule = (Label.CODE, rules.CODE_BOX) if kept else \
            (Label.BOILERPLATE, rules.CODE_OUTSIDE_STORY)
        judged = [Judged(line, Shape.FURNITURE, Label.BOILERPLATE, rules.CODE_BOX_LABEL)
                  for line in box.labels]
        judged += [Judged(line, Shape.SHORT, code_label, code_rule) for line in box.code]
        out.extend(sorted(judged, key=lambda j: j.line.number))
    out.extend(lines[at:])
    return tuple(out)

