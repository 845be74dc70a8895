"""The hand labels `make sections` measures against: well formed, one row a page."""

from __future__ import annotations

from seed_converter.settings import DEFAULT_SECTIONS, ConverterSettings
from training.sections import read_labels


def test_every_label_is_a_section_the_converter_can_give():
    known = set(DEFAULT_SECTIONS) | {ConverterSettings().default_section}
    labels = read_labels()
    assert labels and all(label.accepted and label.accepted <= known for label in labels)


def test_each_page_is_labelled_once_in_one_of_the_samples():
    labels = read_labels()
    assert len({label.page for label in labels}) == len(labels)
    assert {label.sample for label in labels} == {"before", "after", "third", "fourth"}
