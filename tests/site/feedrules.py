"""The rules the W3C feed validator applies, as checks a test can run here.

The validator itself is a web service (validator.w3.org/feed) that a test
cannot reach; these are the rules behind its errors for the feeds we write:

Atom (RFC 4287): the RELAX NG schema of the RFC's Appendix B, run by lxml, and
its two Schematron rules; every id an absolute IRI (a tag: URI as RFC 4151
spells it); every link absolute; dates RFC 3339 with a time zone; entry ids
unique; the self link is the feed's own address.

RSS 2.0 (the RSS Advisory Board's specification): a channel with title, link and
description; every item a title or a description; links absolute; a guid that
is a permalink (isPermaLink missing or "true") an absolute URL; guids unique;
pubDate and lastBuildDate RFC 822 dates; the atom:link self reference absolute.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from urllib.parse import urlsplit

import rnc2rng
from lxml import etree

SCHEMA = Path(__file__).resolve().parents[1] / "fixtures" / "schemas" / "atom-rfc4287.rnc"
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# RFC 4151: tag:taggingEntity:specific, taggingEntity = authorityName "," date.
TAG_URI = re.compile(
    r"tag:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
    r"|[^@\s]+@[A-Za-z0-9.-]+),\d{4}(?:-\d{2}(?:-\d{2})?)?:[\w\-.~!$&'()*+,;=:@/?%]*"
)
# RFC 3339 date-time (the validator rejects one without a time zone).
RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})")
# RFC 822 as RSS 2.0 uses it, with a four-digit year (the validator's own pattern).
RFC822 = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
    r"\d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UT|[ECMP][SD]T|Z)"
)


@functools.cache
def atom_schema() -> etree.RelaxNG:
    """RFC 4287's schema, from its compact syntax (rnc2rng) to one lxml runs."""
    rng = rnc2rng.dumps(rnc2rng.loads(SCHEMA.read_text(encoding="utf-8")))
    # rnc2rng declares the schema's empty "local" namespace as a prefix, which
    # XML does not allow; the schema names it as ns="" where it is used.
    rng = rng.replace('xmlns:local=""', "")
    return etree.RelaxNG(etree.fromstring(rng.encode("utf-8")))


def absolute(url: str | None) -> bool:
    parts = urlsplit(url or "")
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def valid_id(value: str | None) -> bool:
    """An absolute IRI: a tag: URI as RFC 4151 spells it, or an http(s) URL."""
    value = (value or "").strip()
    return bool(TAG_URI.fullmatch(value)) if value.startswith("tag:") else absolute(value)


def problems(path: Path, feed_url: str) -> list[str]:
    """Every rule the feed at `path`, served at `feed_url`, breaks."""
    doc = etree.parse(str(path))
    root = doc.getroot()
    if root.tag == f"{ATOM}feed":
        return atom_problems(doc, feed_url)
    if root.tag == "rss":
        return rss_problems(doc, feed_url)
    return [f"not a feed: <{root.tag}>"]


def atom_problems(doc, feed_url: str) -> list[str]:
    found = []
    schema = atom_schema()
    if not schema.validate(doc):
        found += [f"RFC 4287 schema: line {e.line}: {e.message}" for e in schema.error_log]
    feed = doc.getroot()
    entries = feed.findall(f"{ATOM}entry")
    if feed.find(f"{ATOM}author") is None and any(
            e.find(f"{ATOM}author") is None for e in entries):
        found.append("an atom:feed must have an atom:author unless all its entries have one")
    ids = []
    for element in (feed, *entries):
        where = "feed" if element is feed else f"entry {element.findtext(f'{ATOM}title')!r}"
        if element is not feed and not (
                element.find(f"{ATOM}content") is not None
                or any(link.get("rel", "alternate") == "alternate"
                       for link in element.findall(f"{ATOM}link"))):
            found.append(f"{where}: no alternate link and no content")
        element_id = element.findtext(f"{ATOM}id")
        if not valid_id(element_id):
            found.append(f"{where}: id {element_id!r} is not an absolute IRI or a valid tag: URI")
        ids.append(element_id)
        for link in element.findall(f"{ATOM}link"):
            if not absolute(link.get("href")):
                found.append(f"{where}: link {link.get('href')!r} is not absolute")
        for name in ("updated", "published"):
            value = element.findtext(f"{ATOM}{name}")
            if value is not None and not RFC3339.fullmatch(value.strip()):
                found.append(f"{where}: {name} {value!r} is not an RFC 3339 date-time")
    if len(set(ids)) != len(ids):
        found.append("two entries share an id")
    selves = [link.get("href") for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self"]
    if selves != [feed_url]:
        found.append(f"self link {selves} is not the feed's own address {feed_url}")
    return found


def rss_problems(doc, feed_url: str) -> list[str]:
    found = []
    rss = doc.getroot()
    if rss.get("version") != "2.0":
        found.append(f"rss version {rss.get('version')!r}")
    channels = rss.findall("channel")
    if len(channels) != 1:
        return [*found, f"{len(channels)} channel elements"]
    channel = channels[0]
    for name in ("title", "link", "description"):
        if not (channel.findtext(name) or "").strip():
            found.append(f"channel has no {name}")
    if not absolute(channel.findtext("link")):
        found.append(f"channel link {channel.findtext('link')!r} is not absolute")
    for name in ("lastBuildDate", "pubDate"):
        value = channel.findtext(name)
        if value is not None and not RFC822.fullmatch(value.strip()):
            found.append(f"channel {name} {value!r} is not an RFC 822 date")
    selves = [link.get("href") for link in channel.findall("{http://www.w3.org/2005/Atom}link")
              if link.get("rel") == "self"]
    if selves != [feed_url]:
        found.append(f"atom:link self {selves} is not the feed's own address {feed_url}")
    guids = []
    for item in channel.findall("item"):
        where = f"item {item.findtext('title')!r}"
        if not (item.findtext("title") or item.findtext("description")):
            found.append(f"{where}: neither title nor description")
        link = item.findtext("link")
        if link is not None and not absolute(link):
            found.append(f"{where}: link {link!r} is not absolute")
        guid = item.find("guid")
        if guid is not None:
            permalink = guid.get("isPermaLink", "true")
            if permalink not in ("true", "false"):
                found.append(f"{where}: isPermaLink={permalink!r}")
            if permalink == "true" and not absolute(guid.text):
                found.append(f"{where}: guid {guid.text!r} is a permalink but not a URL")
            guids.append(guid.text)
        date = item.findtext("pubDate")
        if date is not None and not RFC822.fullmatch(date.strip()):
            found.append(f"{where}: pubDate {date!r} is not an RFC 822 date")
    if len(set(guids)) != len(guids):
        found.append("two items share a guid")
    return found
