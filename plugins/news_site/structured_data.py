"""Canonical URLs and the JSON-LD NewsArticle, built as data and serialised once."""

from __future__ import annotations

import json
from dataclasses import dataclass

from markupsafe import Markup

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


@dataclass(frozen=True)
class Publisher:
    """What the JSON-LD says of the site, from its settings once they are final."""

    name: str
    root: str  # site_root(): the URL every other one is relative to
    logo: str | None
    default_lang: str

    @classmethod
    def of(cls, settings: dict) -> Publisher:
        return cls(settings["SITENAME"], site_root(settings), settings["NEWS_PUBLISHER_LOGO"],
                   settings.get("DEFAULT_LANG", "en"))


@dataclass(frozen=True)
class JsonLd:
    """The template filter `json_ld`: a story's NewsArticle as a <script> element's
    text, worked out when the story's own page is rendered, the one page that
    prints it. Every value it reads is the story's own or the site's settings,
    which a page's fingerprint covers already (the story's own state; the build's
    settings): a build that keeps a page unrendered never serialises its JSON-LD."""

    publisher: Publisher

    def __call__(self, article) -> Markup:
        return script_json(news_article(article, self.publisher))


def _person(author, publisher: Publisher) -> dict:
    return {"@type": "Person", "name": str(author), "url": publisher.root + author.url}


def _organization(publisher: Publisher) -> dict:
    found = {"@type": "Organization", "name": publisher.name, "url": publisher.root}
    if publisher.logo:
        found["logo"] = {"@type": "ImageObject", "url": publisher.logo}
    return found


def news_article(article, publisher: Publisher) -> dict:
    """Return the schema.org NewsArticle for an article as plain data."""
    modified = getattr(article, "modified", None) or article.date
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.plain_title,
        "description": article.plain_summary,
        "datePublished": article.date.isoformat(),
        "dateModified": modified.isoformat(),
        "author": [_person(a, publisher) for a in getattr(article, "authors", ())],
        "publisher": _organization(publisher),
        "mainEntityOfPage": {"@type": "WebPage", "@id": article.canonical_url},
        "url": article.canonical_url,
        "articleSection": str(article.category),
        "keywords": [str(tag) for tag in getattr(article, "tags", ())],
        "inLanguage": getattr(article, "lang", publisher.default_lang),
    }
    shared = getattr(article, "share_image", None)
    if shared is not None:
        data["image"] = [{"@type": "ImageObject", "url": shared.url,
                          "width": shared.width, "height": shared.height}]
    words = str(getattr(article, "words", "") or "")
    if words.isdigit():
        data["wordCount"] = int(words)
    return data
