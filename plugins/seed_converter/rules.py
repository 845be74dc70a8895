"""Named rules for page furniture: each a pattern and the reason it is not article text.

Patterns match a whole line (case-insensitive, after trimming). They describe kinds
of furniture every news page has, never the lines of a particular page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    reason: str


def _rule(name: str, pattern: str, reason: str) -> Rule:
    return Rule(name, re.compile(rf"^(?:{pattern})$", re.IGNORECASE), reason)


SHARE_NETWORKS = (
    "facebook|twitter|x|telegram|whatsapp|linkedin|pinterest|reddit|e-?mail|print|"
    "tumblr|vk|xing|messenger|pocket|flipboard|instagram|youtube|tiktok|mastodon|"
    "bluesky|threads|snapchat|rss|copy link|copy|sms|line|viber|weibo|wechat"
)

FURNITURE_RULES: tuple[Rule, ...] = (
    _rule("share-label", rf"(?:share(?: on| via| to)? )?(?:{SHARE_NETWORKS})"
          rf"(?:\s*[/|•·,]?\s*(?:{SHARE_NETWORKS}))*",
          "share-button labels name networks, not news"),
    _rule("share-prompt", r"share(?: this| the)?(?: article| story| post| page)?[:!.]?"
          r"|(?:\d+\s+)?shares?|tweet(?: this)?|pin it",
          "a prompt to share the page"),
    _rule("comment-prompt",
          r"leave a (?:comment|reply)|post (?:a )?comment|add (?:a )?comment|"
          r"(?:\d+\s+)?comments?|no comments(?: yet)?|join the (?:conversation|discussion)|"
          r"show comments|view comments|comment(?: now)?:?|reply|cancel reply|"
          r"(?:your )?(?:name|email|website|comment)\s*\*?",
          "a comment form or its labels"),
    _rule("comment-notice",
          r"your email address will not be published\.?.*|"
          r"required fields are marked.*|"
          r"save my name, email.*|notify me of .*(?:comments|posts).*",
          "the small print under a comment form"),
    _rule("section-header",
          r"recent posts|related(?: posts| articles| stories| news| content)?|"
          r"(?:you )?(?:may|might) also like|more (?:from|on|in) .{0,40}|"
          r"most (?:read|popular|viewed|shared)|trending(?: now)?:?|read (?:more|next)|"
          r"popular(?: posts| stories)?|latest(?: news| posts| stories)?|"
          r"recommended(?: for you)?|editor'?s picks|top stories|more stories|"
          r"categories|tags:?|archives|recent comments",
          "the header of a list of other stories"),
    _rule("follow-prompt",
          r"follow us(?: on .{0,40})?:?|connect with us|stay connected|find us on .{0,30}|"
          r"like us on facebook|subscribe(?: now| today)?[.!]?|"
          r"sign up(?: for (?:our|the) .{0,40})?[.!]?|newsletter|get our newsletter",
          "a prompt to follow or subscribe"),
    _rule("advert", r"advertisement|advertising|sponsored(?: content)?|ad|ads|"
          r"promoted(?: stories)?|partner content|paid content",
          "an advertising label"),
    _rule("cookie-notice",
          r".{0,80}\b(?:uses?|use of) cookies\b.*|accept(?: all)?(?: cookies)?|"
          r"cookie (?:policy|settings|preferences)|manage (?:cookies|preferences)|"
          r"i agree|got it!?|ok(?:ay)?",
          "a cookie or consent notice"),
    _rule("legal-links",
          r"privacy(?: policy| notice)?|terms(?: of (?:use|service))?(?: (?:&|and) conditions)?|"
          r"terms (?:&|and) conditions|contact(?: us)?|about(?: us)?|imprint|impressum|"
          r"sitemap|careers|jobs|advertise(?: with us)?|accessibility",
          "a footer link"),
    _rule("copyright", r"(?:©|\(c\)|copyright\b).*|.*\ball rights reserved\b.*",
          "a copyright line"),
    _rule("disclaimer", r"disclaimer\b.*",
          "a disclaimer is the publisher's, not the story's"),
    _rule("navigation",
          r"skip to (?:main )?content|(?:main )?menu|search(?: for)?:?|home(?: page)?|"
          r"log ?in|sign ?in|log ?out|register|close|back to top|next|previous|"
          r"next (?:post|article)|previous (?:post|article)|toggle navigation|open menu",
          "a navigation control"),
    _rule("photo-credit",
          r"(?:photo|image|picture|illustration|credit|source)s?:\s*.{0,80}|"
          r"\((?:photo|image|picture)[^)]{0,80}\)|getty images|reuters|afp|ap photo.*",
          "an image credit (captions are not kept: the images are gone)"),
    _rule("symbols-only", r"[\W_]+",
          "no letters or digits: separators and icons"),
)

# A line matching one of these ends the article: what follows is the page around it.
END_MARKERS: tuple[Rule, ...] = (
    _rule("end:comments", r"leave a (?:comment|reply)|(?:\d+\s+)?comments|"
          r"join the (?:conversation|discussion)|post (?:a )?comment",
          "the comment section follows the story"),
    _rule("end:related", r"recent posts|related(?: posts| articles| stories| news)?|"
          r"(?:you )?(?:may|might) also like|read next|more stories|most (?:read|popular)",
          "lists of other stories follow the story"),
    _rule("end:share", r"share this(?: article| story| post)?:?",
          "share rows close a story"),
    _rule("end:disclaimer", r"disclaimer\b.*", "a disclaimer closes a story"),
)


def match(rules: tuple[Rule, ...], text: str) -> Rule | None:
    """Return the first rule whose pattern matches the whole line, if any."""
    for rule in rules:
        if rule.pattern.match(text):
            return rule
    return None

# A byline names who wrote the story: "By Jane Doe", "Words by …", "Reporter: …".
BYLINE = re.compile(
    r"^(?:by|words by|written by|reporter|reported by|author|posted by|story by|text by|"
    r"von|par|por|di|door|av|af)\s*[:\-–]?\s+(?P<names>.+)$",
    re.IGNORECASE,
)
# A list item in a plain-text dump keeps its bullet or number.
BULLET = re.compile(r"^(?:[-•·*–▪◦●]|\d{1,3}[.)])\s+(?=\S)")
