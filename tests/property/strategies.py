"""Seed texts for property tests: article-shaped text salted with hostile fragments."""

from __future__ import annotations

from hypothesis import strategies as st

# What a scraped page can hold that Markdown, HTML, Jinja or Pelican would read as code.
HOSTILE = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<b>bold</b>",
    "[click](javascript:alert(1))", "<a href=\"javascript:x\">x</a>", "javascript:alert(1)",
    "*stars*", "_under_", "__double__", "`code`", "```", "~~~", "#hash", "# heading",
    "{{ SITENAME }}", "{% if x %}", "{#", "#}", "{: .class }", "[^1]", "*[HTML]:",
    "&amp;", "&lt;", "&#60;", "&", "<", ">", "\\", "\\*", "|", "||", "---", "===",
    "1.", "2)", "-", "+", "* ", ":", "!", "![x](y)", "<!--", "-->", "<?php", "]]>",
    "Title:", "Status: draft", "Save_as: ../x", "Slug:", "{filename}/x.md", "|filename|",
    "%", "$", "«", "»", "“quoted”", "‘single’", "—", "…", "©", "°", "½",
    "Kazakhstan’s", "naïve", "Zürich", "Москва", "東京", "مرحبا", "שלום", "🙂",
]
WORDS = [
    "the", "minister", "said", "on", "Tuesday", "that", "new", "rules", "would", "apply",
    "to", "every", "company", "in", "country", "and", "it", "was", "not", "clear",
    "how", "many", "people", "had", "been", "affected", "by", "decision", "of", "court",
]
word = st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(HOSTILE))


@st.composite
def sentence(draw) -> str:
    words = draw(st.lists(word, min_size=8, max_size=24))
    return " ".join(words).capitalize() + draw(st.sampled_from([".", ".", "!", "?"]))


@st.composite
def article_seed(draw) -> str:
    """A headline, maybe a byline, then paragraphs of sentences, with hostile words."""
    headline = " ".join(draw(st.lists(word, min_size=3, max_size=12))).capitalize()
    paragraphs = draw(st.lists(
        st.lists(sentence(), min_size=1, max_size=4).map(" ".join), min_size=2, max_size=6
    ))
    top = [headline, "By Jane Doe"] if draw(st.booleans()) else [headline]
    return "\n\n".join(top + paragraphs) + "\n"


# Any text at all, including controls, surrogate-free odd planes and line separators.
any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400
)
