"""The hand labels `make tags` measures against: well formed, one verdict a tag."""

from __future__ import annotations

from training.tags import VERDICTS, read_labels


def test_every_label_is_a_known_verdict_of_a_page_in_one_sample():
    labels = read_labels()
    assert labels and all(label.verdict in VERDICTS for label in labels)
    assert {label.sample for label in labels} == {"rules", "held-out"}
    sample_of = {}
    for label in labels:
        assert sample_of.setdefault(label.page, label.sample) == label.sample


def test_each_tag_of_a_page_is_judged_once():
    keys = [(label.page, label.tag) for label in read_labels()]
    assert len(set(keys)) == len(keys)
