"""What Pagefind reads of a page (news_site/search.py, indexed_parts): a change
there re-indexes the page's year; a change elsewhere on the page does not."""

from __future__ import annotations

from news_site.search_bundles import DIGEST_FILE, ENTRY_FILE, indexed_parts, link_kept, sort_entry

PAGE = """<!doctype html><html lang="{lang}"><head><title>T</title>
<meta data-pagefind-meta="section:{section}"></head><body>
<nav>menu</nav>
<article class="story" data-pagefind-body><h1 data-pagefind-meta="title">Headline</h1>
<p>{body}</p><article class="inner">quoted</article>
<footer data-pagefind-ignore>tags</footer></article>
<aside><article class="card">{related}</article></aside>
</body></html>"""


def page(**changes) -> bytes:
    values = {"lang": "en", "section": "News", "body": "Body text", "related": "Other story"}
    return PAGE.format(**{**values, **changes}).encode()


def test_what_lies_outside_the_indexed_body_does_not_count():
    assert indexed_parts(page(related="A newer story")) == indexed_parts(page())


def test_the_body_counts_to_its_own_end_past_nested_elements_of_its_name():
    assert indexed_parts(page(body="Corrected text")) != indexed_parts(page())
    assert any(b"</footer></article>" in part for part in indexed_parts(page()))


def test_pagefind_attributes_and_the_language_count_anywhere_on_the_page():
    assert indexed_parts(page(section="Sport")) != indexed_parts(page())
    assert indexed_parts(page(lang="fr")) != indexed_parts(page())


def test_a_page_without_an_indexed_body_counts_whole():
    whole = b"<html><body><p>text</p></body></html>"
    assert indexed_parts(whole) == [whole]


def test_a_body_that_never_closes_counts_the_whole_page():
    broken = b"<html><body><main data-pagefind-body><p>text</p></body></html>"
    assert indexed_parts(broken) == [broken]


def test_a_page_whose_stat_is_known_is_not_read_again(tmp_path):
    from news_site.search_bundles import indexed_digest

    (tmp_path / "a.html").write_bytes(page())
    digest, table = indexed_digest(tmp_path.joinpath, ["a.html"], [], {})
    stamp, _ = table["a.html"]
    assert indexed_digest(tmp_path.joinpath, ["a.html"], [], table) == (digest, table)
    remembered = {"a.html": [stamp, "as-remembered"]}
    assert indexed_digest(tmp_path.joinpath, ["a.html"], [], remembered)[1] == remembered
    moved = {"a.html": [[stamp[0] + 1, *stamp[1:]], "as-remembered"]}
    assert indexed_digest(tmp_path.joinpath, ["a.html"], [], moved) == (digest, table)


def test_pagefinds_entry_file_lists_languages_in_a_fixed_order(tmp_path):
    # Pagefind writes its language map in hash order: two builds of the same
    # pages differed in this file alone.
    entry = ('{"version":"1.5.2","languages":{"ru":{"hash":"ru_1","page_count":1},'
             '"en":{"hash":"en_2","page_count":3},"de":{"hash":"de_3","page_count":1}},'
             '"include_characters":["_","‿"]}')
    (tmp_path / ENTRY_FILE).write_text(entry, encoding="utf-8")
    sort_entry(tmp_path)
    assert (tmp_path / ENTRY_FILE).read_text(encoding="utf-8") == (
        '{"version":"1.5.2","languages":{"de":{"hash":"de_3","page_count":1},'
        '"en":{"hash":"en_2","page_count":3},"ru":{"hash":"ru_1","page_count":1}},'
        '"include_characters":["_","‿"]}')


def test_half_made_files_are_never_linked_from_a_kept_bundle(tmp_path):
    kept, target = tmp_path / "kept", tmp_path / "site" / "2024"
    kept.mkdir()
    (kept / DIGEST_FILE).write_text("d")
    (kept / "pagefind.js").write_text("js")
    (kept / "pagefind.js.adopt").write_text("js")
    assert link_kept(kept, target, {DIGEST_FILE: "d"})
    assert sorted(p.name for p in target.iterdir()) == ["pagefind.js"]


def test_a_kept_bundle_links_only_what_the_site_does_not_hold_already(tmp_path):
    """A staged build's writer says which kept files the site holds as those very
    files; the rest are linked, digests and half-made files never."""
    kept, target = tmp_path / "kept", tmp_path / "stage" / "2024"
    (kept / "fragment").mkdir(parents=True)
    (kept / DIGEST_FILE).write_text("d")
    (kept / "pagefind.js").write_text("js")
    (kept / "pagefind.js.adopt").write_text("js")
    (kept / "fragment" / "a.pf_fragment").write_text("a")
    (kept / "fragment" / "b.pf_fragment").write_text("b")
    asked = []

    def site_holds(path, source):
        asked.append(path.relative_to(target).as_posix())
        return source.name != "b.pf_fragment"

    assert link_kept(kept, target, {DIGEST_FILE: "d"}, site_holds)
    assert sorted(asked) == ["fragment/a.pf_fragment", "fragment/b.pf_fragment", "pagefind.js"]
    assert [p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()] == [
        "fragment/b.pf_fragment"]
    assert (target / "fragment" / "b.pf_fragment").stat().st_ino == (
        kept / "fragment" / "b.pf_fragment").stat().st_ino
