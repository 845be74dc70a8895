"""Canonical URLs and the JSON-LD NewsArticle, built as data and serialised once."""

from __future__ import annotations

import json

from markupsafe import Markup

from .packing import PackedMarkup
from .settings import site_root

# JSON is not HTML: inside <script> a "</script>" or "<!--" in a title would end
# or confuse the element. Escaping these as \u sequences keeps the JSON identical.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def script_json(data: dict) -> Markup:
    """Serialise data as JSON that is safe to print inside a <script> element."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text.translate(_SCRIPT_SAFE))


def add_canonical_url(content, settings: dict) -> None:
    """Set canonical_url: absolute when SITEURL is set, else from the site root."""
    content.canonical_url = site_root(settings) + content.url


def _person(author, settings: dict) -> dict:
    return {"@type": "Person", "name": str(author), "url": site_root(settings) + author.url}


def _publisher(settings: dict) -> dict:
    publisher = {"@type": "Organization", "name": settings["SITENAME"], "url": site_root(settings)}
    if settings["NEWS_PUBLISHER_LOGO"]:
        publisher["logo"] = {"@type": "ImageObject", "url": settings["NEWS_PUBLISHER_LOGO"]}
    return publisher


def news_article(article, settings: dict) -> dict:
    """Return the schema.org NewsArticle for an article as plain data."""
    modified = getattr(article, "modified", None) or article.date
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.plain_title,
        "description": article.plain_summary,
        "datePublished": article.date.isoformat(),
        "dateModified": modified.isoformat(),
        "author": [_person(a, settings) for a in getattr(article, "authors", ())],
        "publisher": _publisher(settings),
        "mainEntityOfPage": {"@type": "WebPage", "@id": article.canonical_url},
        "url": article.canonical_url,
        "articleSection": str(article.category),
        "keywords": [str(tag) for tag in getattr(article, "tags", ())],
        "inLanguage": getattr(article, "lang", settings.get("DEFAULT_LANG", "en")),
    }
    shared = getattr(article, "share_image", None)
    if shared is not None:
        data["image"] = [{"@type": "ImageObject", "url": shared.url,
                          "width": shared.width, "height": shared.height}]
    words = str(getattr(article, "words", "") or "")
    if words.isdigit():
        data["wordCount"] = int(words)
    return data


def add_json_ld(article, settings: dict) -> None:
    """Set article.json_ld: the NewsArticle ready to print in a <script> element,
    kept packed (packing.py): only the story's own page prints it."""
    article.json_ld = PackedMarkup.of(script_json(news_article(article, settings)))
