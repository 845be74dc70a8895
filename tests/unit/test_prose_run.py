"""The story's main run of prose (prose_run.py): one rule per test."""

from __future__ import annotations

from seed_converter.judging import judge_lines
from seed_converter.prose_run import densest_run
from seed_converter.splitting import split_lines

PARAGRAPH = ("The council voted on Tuesday to approve the new bridge across the harbour, "
             "ending a debate that has lasted for more than ten years in the town hall.")
LATER = ("Work on the bridge will start in the spring, and the council expects the first "
         "cars to cross it four years from now, weather and funding allowing.")
BOX = ["Related", "Harbour ferry to stop running after bridge opens"]
# The story above the box is the longer part: the run starts there.
ABOVE = ("Home", PARAGRAPH, PARAGRAPH, PARAGRAPH)


def run_of(*lines: str) -> list[str]:
    judged = judge_lines(split_lines("\n".join(lines)), "en")
    start, end = densest_run(judged)
    return [j.line.text for j in judged[start:end]]


def test_the_run_goes_on_past_a_related_box_in_the_story():
    assert run_of(*ABOVE, *BOX, LATER, LATER)[-1] == LATER


def test_the_run_goes_on_under_the_subheading_the_story_resumes_with():
    lines = run_of(*ABOVE, "Related", "Ferry to stop running",
                   "Tolls to rise", "Port to close its old quay", "What happens next",
                   LATER, LATER)
    assert lines[-1] == LATER


def test_the_run_goes_on_when_an_interviews_question_stands_between_the_answers():
    lines = run_of(*ABOVE, *BOX, LATER,
                   "Did the council ever consider a tunnel?", LATER)
    assert lines[-1] == LATER


def test_a_list_of_teasers_under_the_header_is_not_the_story():
    lines = run_of(*ABOVE, *BOX, LATER,
                   "Ferry timetable changes for the summer", LATER)
    assert lines[-1] == PARAGRAPH
