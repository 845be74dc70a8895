"""Issue 5, encodings and bad bytes: what reading makes of a seed's bytes."""

from __future__ import annotations

import codecs

import pytest
from seed_converter.errors import SeedSkipped
from seed_converter.reading import read_seed

TEXT = "Kazakhstan’s “miners” said: café naïve — 10 € déjà vu.\nSecond line here."
LIMIT = 10_000_000


def read(data: bytes) -> str:
    return read_seed("seed.txt", data, LIMIT).text


@pytest.mark.parametrize("data", [
    pytest.param(TEXT.encode("utf-8"), id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), id="utf-8 with BOM"),
    pytest.param(TEXT.encode("utf-16"), id="utf-16 with BOM"),
    pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), id="utf-16 BE with BOM"),
    pytest.param(TEXT.encode("utf-32"), id="utf-32 with BOM"),
    pytest.param(TEXT.encode("cp1252"), id="windows-1252 curly quotes"),
])
def test_encodings_decode_to_the_same_text(data):
    assert read(data) == TEXT


def test_latin1_accents_are_not_read_as_central_european():
    # charset_normalizer alone guesses cp1250 here: "à Genève" became "ŕ Genčve".
    text = "Le café de la gare à Genève était fermé pour les fêtes de fin d'année."
    assert read(text.encode("latin-1")) == text


def test_short_windows_1252_quotes_are_not_guessed_as_another_script():
    assert read("“Hi”".encode("cp1252")) == "“Hi”"


@pytest.mark.parametrize("text, encoding", [
    ("Президент России заявил сегодня о новых мерах поддержки экономики.", "cp1251"),
    ("東京都は本日、新しい経済対策を発表しました。", "shift_jis"),
    ("Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την οικονομία.", "cp1253"),
])
def test_other_legacy_encodings_are_guessed(text, encoding):
    seed = read_seed("seed.txt", text.encode(encoding), LIMIT)
    assert seed.text == text
    assert any("decoded as" in r for r in seed.modified_repairs)


def test_stray_legacy_bytes_in_utf8_keep_the_utf8():
    data = "café “fine” ".encode() + b"\x93stray\x94"
    assert read(data) == "café “fine” “stray”"


def test_mojibake_is_repaired():
    assert read("Kazakhstanâ€™s miners said â€œnoâ€\x9d today.".encode()) == (
        "Kazakhstan’s miners said “no” today.")


def test_the_typography_of_plain_text_is_kept_and_mojibake_beside_it_repaired():
    plain = "“Quotes”, ‘single’, «guillemets» – dashes — and… • © 2024 · more"
    assert read(plain.encode()) == plain
    assert read(f"{plain} Kazakhstanâ€™s".encode()) == f"{plain} Kazakhstan’s"


@pytest.mark.parametrize("data, expected", [
    (b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n"),
    ("one\u2028two\u2029three\x85four".encode("utf-8"), "one\ntwo\nthree\nfour"),
    (b"nul\x00 bytes\x00 go", "nul bytes go"),
    (b"bell\x07 and\x1b[31m colour\x1b[0m codes", "bell and colour codes"),
    ("zero\u200bwidth\u2060joiner\ufeff soft\u00adhyphen".encode("utf-8"),
     "zerowidthjoiner softhyphen"),
    ("tab\there\u00a0nbsp".encode("utf-8"), "tab here nbsp"),
    ("hidden\U000e0041\U000e0042 tags".encode("utf-8"), "hidden tags"),
])
def test_line_endings_and_invisible_characters_are_normalised(data, expected):
    assert read(data) == expected


def test_right_to_left_text_keeps_its_letters_and_marks():
    text = "مرحبا بالعالم، هذا نص عربي.\nשלום עולם\u200f (RLM kept)"
    assert read(text.encode("utf-8")) == text


def test_bidi_overrides_that_reorder_what_readers_see_are_removed():
    assert read("pay \u202eredrow\u202c now".encode("utf-8")) == "pay redrow now"


def test_zero_width_joiners_needed_by_scripts_and_emoji_stay():
    text = "می\u200cخواهم 👩\u200d💻"
    assert read(text.encode("utf-8")) == text


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"  \n\t\r\n ", "only whitespace"),
    ("\u200b\ufeff\n\u2060".encode("utf-8"), "only whitespace and invisible characters"),
    (bytes(range(256)) * 20, "not text"),
    (b"\x89PNG\r\n\x1a\n" + bytes(500), "not text"),
])
def test_what_is_not_a_seed_is_skipped_with_a_reason(data, reason):
    with pytest.raises(SeedSkipped, match=reason):
        read(data)


def test_too_large_names_its_size_and_the_limit():
    with pytest.raises(SeedSkipped) as e:
        read_seed("big.txt", b"x" * 2001, max_bytes=2000)
    assert str(e.value) == "too large: 2,001 bytes, the limit is 2,000 (SEED_MAX_BYTES)"


def test_repairs_are_recorded_for_the_audit():
    seed = read_seed("seed.txt", b"caf\xe9 au lait\r\nnul\x00 here", LIMIT)
    assert seed.text == "café au lait\nnul here"
    assert "decoded as cp1252" in seed.modified_repairs
    assert any("removed 1 control" in r for r in seed.modified_repairs)
