"""The site's address: one setting, SITEURL, and a public build that refuses a
placeholder.

Every absolute URL the site prints — feed links and ids, canonical and og:url,
the sitemap, robots.txt, JSON-LD — starts with SITEURL. `make html` builds for
`make serve` (pelicanconf.py: http://127.0.0.1:8000); `make publish` builds the
public site (publishconf.py, or `make publish SITEURL=https://…`), and stops
with a clear message while SITEURL is still a placeholder (example.org and the like).
"""

from __future__ import annotations

from urllib.parse import urlsplit

# Names that are never a real site's: the documentation domains of RFC 2606 (the
# placeholder is one). A local address is allowed: a publish build served on this
# machine is how a site is checked before it goes out.
PLACEHOLDER_HOSTS = ("example.org", "example.com", "example.net", "example", "invalid")
# Set by publishconf.py: this build is the public site.
PUBLIC_KEY = "NEWS_PUBLIC_BUILD"


class SiteAddressError(Exception):
    """A public build with no real address; the message says how to give one."""


def problem(siteurl: str) -> str | None:
    """Why this is not a public site's address, or None when it is one."""
    parts = urlsplit(siteurl or "")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"SITEURL {siteurl!r} is not an absolute http(s) address"
    host = parts.hostname.lower()
    if any(host == p or host.endswith("." + p) for p in PLACEHOLDER_HOSTS):
        return f"SITEURL is {siteurl}, a placeholder address"
    return None


def settle_address(pelican) -> None:
    """At `initialized`: feeds take the site's address from SITEURL; a public build
    refuses a placeholder one."""
    settings = pelican.settings
    if not settings.get("FEED_DOMAIN"):
        settings["FEED_DOMAIN"] = (settings.get("SITEURL") or "").rstrip("/")
    if settings.get(PUBLIC_KEY):
        reason = problem(settings.get("SITEURL") or "")
        if reason:
            raise SiteAddressError(
                f"{reason}: the public site needs its real address. Set SITEURL in "
                "publishconf.py, or run: make publish SITEURL=https://your.site")
