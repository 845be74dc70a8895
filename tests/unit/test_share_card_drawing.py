"""Share cards, one rule per test: script, line breaking, fitting, colours, names."""

from __future__ import annotations

import io
from pathlib import Path

from news_site.cards import design, draw, fonts
from PIL import Image

REPO = Path(__file__).resolve().parents[2]
PALETTE = design.Palette()


def card(headline: str, kicker: str = "Politics") -> design.Card:
    return design.Card("story", headline, kicker, "The Seed Times", "1 March 2026", PALETTE)


def test_arabic_headline_gets_an_arabic_face_set_right_to_left():
    face, rtl = fonts.face_for("مجلس المدينة يقر خطة جديدة Metro 2030", fonts.SERIF)
    assert face.family == "Noto Sans Arabic" and rtl


def test_latin_and_cyrillic_headlines_keep_the_serif():
    assert fonts.face_for("Правительство объявило", fonts.SERIF) == (fonts.SERIF, False)
    assert fonts.face_for("Café owners, 2026", fonts.SERIF) == (fonts.SERIF, False)


def test_chinese_text_breaks_between_characters():
    font = fonts.load(fonts.script_of("北京").face, 60, fonts.BOLD)
    lines = draw.wrap("北京市政府宣布新的公共交通计划地铁票价将在明年调整", font, 600, None)
    assert len(lines) > 1 and all(font.getlength(line) <= 600 for line in lines)


def test_a_headline_too_long_for_the_card_is_cut_with_an_ellipsis():
    face = fonts.SERIF
    font, lines, step = draw.fit_headline("word " * 200, face, None, 1056, 306)
    assert len(lines) * step <= 306 and lines[-1].endswith(draw.ELLIPSIS)
    assert font.size == draw.HEADLINE_SIZES[-1]


def test_a_short_headline_is_set_at_the_largest_size():
    font, lines, _ = draw.fit_headline("Rain", fonts.SERIF, None, 1056, 306)
    assert font.size == draw.HEADLINE_SIZES[0] and lines == ["Rain"]


def test_a_card_is_a_1200_by_630_png_in_the_themes_background():
    with Image.open(io.BytesIO(draw.render(card("Harbour wind farm doubles output")))) as image:
        assert image.size == (1200, 630)
        rgb = image.convert("RGB")
        assert rgb.getpixel((600, 600)) == (0xFD, 0xFC, 0xF9)  # --color-bg
        assert rgb.getpixel((600, 5)) == (0xA3, 0x12, 0x2A)  # --color-accent band


def test_the_palette_is_read_from_the_themes_light_tokens():
    assert design.palette_from_theme(REPO / "theme") == design.Palette()


def test_a_changed_headline_is_a_new_name_and_the_same_one_the_same_name():
    tools = design.tools()
    assert design.key(card("A"), tools) == design.key(card("A"), tools)
    assert design.key(card("A"), tools) != design.key(card("B"), tools)


def test_the_same_card_is_the_same_bytes():
    assert draw.render(card("Same")) == draw.render(card("Same"))


def test_a_batch_draws_every_card_and_names_each_failure_by_its_place(tmp_path):
    from news_site.cards.build import draw_batch

    missing_folder = tmp_path / "no-such-folder" / "c.png"
    failed = draw_batch([(tmp_path / "a.png", card("One")), (missing_folder, card("Two")),
                         (tmp_path / "b.png", card("Three"))])
    assert [(i, error) for i, error, _message in failed] == [(1, "FileNotFoundError")]
    assert Image.open(tmp_path / "a.png").size == Image.open(tmp_path / "b.png").size


def test_drawing_on_a_copied_canvas_maps_the_same_pixels_as_drawing_it_whole():
    from news_site.cards.canvas import Canvas

    hebrew = fonts.load(fonts.script_of("שלום").face, 60, fonts.BOLD)
    thai = fonts.load(fonts.script_of("ภาษาไทย").face, 44, fonts.BOLD)
    serif = fonts.load(fonts.SERIF, 78, fonts.BOLD)

    def shared(canvas):  # what a masthead holds: text and a rule, as a card's are
        canvas.rectangle("accent", (0, 0, 1200, 14))
        canvas.text("text", (72, 52), "The Seed Times", serif, "la", None)
        canvas.line("rule", (72, 124, 1128, 124), 2)

    def own(canvas):  # one ink over another's box, and lines of one ink overlapping
        canvas.text("text", (72, 222), "Ångström jumps", serif, "la", None)
        canvas.text("text", (72, 280), "gypsy quay", serif, "la", None)
        canvas.text("accent", (1128, 240), "שלום עולם", hebrew, "ra", "rtl")
        canvas.text("muted", (72, 560), "ภาษาไทย ที่ยาว", thai, "la", None)

    whole = Canvas((1200, 630), PALETTE)
    shared(whole)
    own(whole)
    masthead = Canvas((1200, 630), PALETTE)
    shared(masthead)
    copied = masthead.copy()
    own(copied)
    assert copied.png() == whole.png()
    again = masthead.copy().copy()  # a copy of a copy not drawn on is the masthead
    assert again.png() == masthead.png()
