"""A tutorial's code boxes, set apart before labelling and put back after it
(code_boxes.py): one rule per test."""

from __future__ import annotations

import pytest
from seed_converter import rules
from seed_converter.code_boxes import is_code, put_back, set_apart
from seed_converter.model import Judged, Label, Shape
from seed_converter.revising import STORY_LABELS
from seed_converter.splitting import split_lines

INTRO = "Restic keeps every snapshot encrypted, and it only sends what changed since the last run."
AFTER = "The first backup takes a while; the ones after it finish in a minute or two."


def boxed(seed: str):
    return set_apart(split_lines(seed), seed)


def seen(seed: str) -> list[str]:
    return [line.text for line in boxed(seed).lines]


def test_two_lines_of_code_are_a_box_the_labeller_does_not_see():
    result = boxed(f"{INTRO}\nsudo apt install restic\nrestic init --repo /srv/backup\n{AFTER}")
    assert [line.text for line in result.lines] == [INTRO, AFTER]
    assert [line.index for line in result.lines] == [0, 1]
    assert [line.text for line in result.boxes[0].code] == [
        "sudo apt install restic", "restic init --repo /srv/backup"]


def test_one_line_of_code_beside_its_copy_button_is_a_box():
    result = boxed(f"{INTRO}\nbash\nCopy\nsudo apt install restic\n{AFTER}")
    assert seen(f"{INTRO}\nbash\nCopy\nsudo apt install restic\n{AFTER}") == [INTRO, AFTER]
    assert [line.text for line in result.boxes[0].labels] == ["bash", "Copy"]


def test_one_line_of_code_under_a_colon_is_a_box():
    assert seen(f"Then run:\nsudo systemctl restart nginx\n{AFTER}") == ["Then run:", AFTER]


def test_one_code_like_line_alone_is_no_box():
    assert seen(f"{INTRO}\nsudo apt install restic\n{AFTER}") == [
        INTRO, "sudo apt install restic", AFTER]


@pytest.mark.parametrize("text", [
    "Git clone is the first command most people learn.",  # a sentence opens with a capital
    "the right of every citizen to vote in a free election;",  # a law's list item
    "Email(Required)",  # a form's label
    "aPSS: Perceived Stress Scale.",  # a table's note
    "Some say x = 5 is where the curve flattens, and the data bear that out for now.",
])
def test_prose_and_labels_are_no_code(text):
    assert not is_code(text)


@pytest.mark.parametrize("text", [
    "$ ansible-playbook -i inventory.ini webserver.yml", "import functools, time",
    "def cached(seconds):", "pub struct Config {", "}", "max_connections = 20",
    "app.run(debug=True)", "[server]", "- name: Install nginx", "DATABASE_URL=postgres://db",
    "# install the tools first", "SELECT id FROM posts WHERE slug = 'x';",
    "pub host: String,", "if hit and time.monotonic() - hit[0] < seconds:",
])
def test_lines_of_code(text):
    assert is_code(text)


def test_a_box_keeps_its_indentation_less_what_its_lines_share():
    seed = f"{INTRO}\n    def load(path):\n        return path.read_text()\n{AFTER}"
    assert [line.text for line in boxed(seed).boxes[0].code] == [
        "def load(path):", "    return path.read_text()"]


def test_a_column_of_line_numbers_is_the_boxs_label_and_a_lone_number_its_code():
    seed = f"{INTRO}\n1\n2\n3\nfn default_port() -> u16 {{\n    8080\n}}\n{AFTER}"
    box = boxed(seed).boxes[0]
    assert [line.text for line in box.labels] == ["1", "2", "3"]
    assert [line.text for line in box.code] == ["fn default_port() -> u16 {", "    8080", "}"]


def test_a_few_short_lines_between_two_lines_of_code_are_the_boxs():
    seed = f"{INTRO}\npub struct Server {{\npub host: String\nport: u16\n}}\n{AFTER}"
    assert seen(seed) == [INTRO, AFTER]


def test_a_line_of_code_the_split_joined_to_the_next_is_two_again():
    # A long line of code without closing punctuation, over one in lower case, reads
    # as a wrapped sentence to the split.
    seed = (f"{INTRO}\n  - name: Start nginx and enable it when the machine boots\n"
            f"    ansible.builtin.service:\n      name: nginx\n{AFTER}")
    assert [line.text for line in boxed(seed).boxes[0].code] == [
        "- name: Start nginx and enable it when the machine boots",
        "  ansible.builtin.service:", "    name: nginx"]


def test_the_line_over_a_box_knows_it():
    lines = boxed(f"Then run:\nsudo systemctl restart nginx\n{AFTER}").lines
    assert [line.box_under for line in lines] == [True, False]


def revised(seed: str, labels: list[Label]):
    result = boxed(seed)
    lines = tuple(Judged(line, Shape.PROSE, label, "test")
                  for line, label in zip(result.lines, labels, strict=True))
    return put_back(lines, result.boxes, STORY_LABELS)


BOX = "bash\nCopy\nsudo apt install restic\nrestic init --repo /srv/backup"


def test_a_box_between_two_lines_of_the_story_is_kept_as_code():
    out = revised(f"{INTRO}\n{BOX}\n{AFTER}", [Label.PARAGRAPH, Label.PARAGRAPH])
    assert [(j.line.text, j.label, j.rule) for j in out] == [
        (INTRO, Label.PARAGRAPH, "test"),
        ("bash", Label.BOILERPLATE, rules.CODE_BOX_LABEL),
        ("Copy", Label.BOILERPLATE, rules.CODE_BOX_LABEL),
        ("sudo apt install restic", Label.CODE, rules.CODE_BOX),
        ("restic init --repo /srv/backup", Label.CODE, rules.CODE_BOX),
        (AFTER, Label.PARAGRAPH, "test")]


def test_a_box_a_kept_line_announces_is_kept_where_the_story_ends_under_it():
    out = revised(f"Install it first:\n{BOX}\nShare this post",
                  [Label.PARAGRAPH, Label.BOILERPLATE])
    assert [j.label for j in out if j.rule == rules.CODE_BOX] == [Label.CODE, Label.CODE]


def test_a_box_outside_the_story_is_left_out():
    out = revised(f"{INTRO}\n{BOX}\nShare this post", [Label.PARAGRAPH, Label.BOILERPLATE])
    assert {j.rule for j in out if j.label is Label.BOILERPLATE} == {
        rules.CODE_BOX_LABEL, rules.CODE_OUTSIDE_STORY, "test"}
    assert Label.CODE not in {j.label for j in out}
