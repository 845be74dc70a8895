"""Seed text is data: the Markdown we write shows exactly the seed's text, nothing else.

Checked against Python-Markdown itself, configured as pelicanconf.py configures it
(extra + meta), so an escape it would not honour shows up here as a stray backslash.
"""

from __future__ import annotations

import re

import markdown
import pytest
from bs4 import BeautifulSoup
from helpers import REPO
from pelican.settings import read_settings
from seed_converter.markup import escape_markdown
from seed_converter.model import Block, Label
from seed_converter.writing import _block

HOSTILE = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<b onmouseover=x>b</b>",
    "[click](javascript:alert(1))", "<javascript:alert(1)>", "<http://example.com>",
    "![img](x.png)", "*em* _em_ __strong__ `code`", "a \\q b", "ends with \\", "\\*",
    "1. FC Köln", "1986. A year", "#MeToo", "# Heading", "+ plus", "- minus", "* star",
    "> quote", ": definition", "~~~", "```", "---", "***", "- - -", "___", "===",
    "| a | b |", "{: .x }", "{{ SITENAME }} {% if x %}{% endif %} {# c #}",
    "*[HTML]: Hyper", "[^1]: note", "[id]: http://x", "&amp; &lt; &#60; &", "<!-- c -->",
    "Title: x", "Status: draft", "Save_as: ../x", "{filename}/x.md |filename|x.md",
    "a  b\tc", "x_y_z", "(x) !x", "    indented code", "1\\. escaped",
]


@pytest.fixture(scope="module")
def md() -> markdown.Markdown:
    config = read_settings(str(REPO / "pelicanconf.py"))["MARKDOWN"]
    return markdown.Markdown(
        extensions=list(config["extension_configs"]),
        extension_configs=config["extension_configs"],
        output_format=config["output_format"],
    )


def render(md, text: str) -> BeautifulSoup:
    # A header line first, as in every article: the body never starts the document.
    html = md.reset().convert("Title: t\n\n" + text)
    return BeautifulSoup(html, "html.parser")


def test_every_backslash_escape_is_one_markdown_honours(md):
    # A backslash before a character Markdown does not escape shows up on the page.
    samples = [chr(c) + "x" for c in range(32, 127)] + ["12. x", "x\\y", *HOSTILE]
    for sample in samples:
        for ch in re.findall(r"\\(.)", escape_markdown(sample)):
            assert ch in md.ESCAPED_CHARS, f"{ch!r} is escaped with a backslash in {sample!r}"


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_renders_as_the_same_visible_text(md, text):
    soup = render(md, escape_markdown(text))
    assert [t.name for t in soup.find_all()] == ["p"]
    assert soup.p.attrs == {}
    assert soup.p.get_text() == " ".join(text.split())


@pytest.mark.parametrize("label, tag", [
    (Label.PARAGRAPH, "p"), (Label.HEADING, "h2"), (Label.LIST_ITEM, "li"),
    (Label.QUOTE, "p"), (Label.DECK, "p"),
])
@pytest.mark.parametrize("text", HOSTILE)
def test_every_kind_of_block_shows_its_text(md, label, tag, text):
    soup = render(md, _block(Block(label, text)))
    allowed = {"p", "h2", "ul", "li", "blockquote"}
    assert {t.name for t in soup.find_all()} <= allowed
    for t in soup.find_all():
        assert set(t.attrs) <= {"class"}
    assert soup.find(tag).get_text() == " ".join(text.split())


def test_a_code_block_shows_its_lines_exactly(md):
    # Every hostile line, and fences of backticks and tildes, one line each: the
    # block's text comes out as it went in, in one <pre><code>, with no element of
    # its own.
    code = "\n".join([*HOSTILE, "    indented", "``````", "~~~~", "x = `a` + ```b```"])
    soup = render(md, _block(Block(Label.CODE, code)) + "\n\nAfter it.")
    assert [t.name for t in soup.find_all()] == ["pre", "code", "p"]
    assert soup.pre.attrs == {} and soup.code.attrs == {}
    # (Markdown sets tab stops every four columns, as a browser shows a tab in code.)
    assert soup.code.get_text() == code.expandtabs(4) + "\n"
    assert soup.p.get_text() == "After it."
