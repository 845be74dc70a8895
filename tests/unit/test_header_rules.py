"""Bylines, dates and tags: one rule per test, each naming what it expects."""

from __future__ import annotations

import datetime as dt

import pytest
from seed_converter import dating
from seed_converter.authorship import story_authors
from seed_converter.bylines import (
    byline_names,
    byline_writers,
    credited_names,
    dateline_names,
    is_name_line,
)
from seed_converter.dates import PageOrder, find_date
from seed_converter.language import stoplist_for
from seed_converter.model import Block, Judged, Label, Line, Shape
from seed_converter.names import writers
from seed_converter.tags import find_tags

EN = stoplist_for("en")


def lines(*tagged: tuple[Label, str]) -> tuple[Judged, ...]:
    return tuple(Judged(Line(i, i + 1, text, 1), Shape.SHORT, label, "test")
                 for i, (label, text) in enumerate(tagged))


@pytest.mark.parametrize(("line", "names"), [
    ("By Jane Reporter", ("Jane Reporter",)),  # a surname that is a job is still a surname
    ("By Alyssa Maio on January 21, 2023", ("Alyssa Maio",)),  # "Maio" is May in Portuguese
    ("Written By: Tom May", ("Tom May",)),
    ("June 26, 2018 by Alex Haley", ("Alex Haley",)),  # the date before "by"
    ("ByNina Pineda", ("Nina Pineda",)),  # copied without the space
    ("By Korin MillerPublished: Jan 29, 2025", ("Korin Miller",)),  # label glued to the name
    ("Kathryn GiuffridaMar 3, 2025", ("Kathryn Giuffrida",)),  # date glued to the name
    ("by Jill Barshay August 25, 2025August 29, 2025", ("Jill Barshay",)),  # two dates glued
    ("By Jane Doe and John Roe | Reuters", ("Jane Doe", "John Roe")),
    ("Bruce Lee Senior Contributor", ("Bruce Lee",)),  # the title after the name goes
    ("By Staff Writer", ()),  # a role is never an author
    ("By the way, this is a sentence.", ()),
    ("Written by:Elise Nass", ("Elise Nass",)),  # no space after the colon
    ("Recipe by PJ Hamel", ("PJ Hamel",)),
    ("By The Investopedia Team", ("The Investopedia Team",)),  # a group keeps "Team"
    ("Dec 17, 2025 by News Desk", ("News Desk",)),  # a desk is a group, though a role
    ("by Natalia Keogan in Festivals & Events on Dec 17, 2025", ("Natalia Keogan",)),
    ("By Gabby BoucherIn Budget Travel, Travel Tips", ("Gabby Boucher",)),  # category glued
    ("Jane Doe Last Updated: May 2, 2024", ("Jane Doe",)),  # "Last" is no surname here
    # a label run into a name with a capital inside: the label goes, the name stays whole
    ("By Arricca Elin SanSonePublished: Dec 20, 2023", ("Arricca Elin SanSone",)),
    ("Authors:Aniruddha Roy, Jyoti Patel", ("Aniruddha Roy", "Jyoti Patel")),
    ("Written by TurboTaxLisa", ("TurboTaxLisa",)),  # a handle is not cut into a name
    ("Written By Linny and Peter", ("Linny", "Peter")),  # two writers by their given names
    ("By Jane Doe, CNN", ("Jane Doe",)),  # one word after a full name is the outlet
    ("By Jane, CNN", ("Jane",)),  # one word in capitals is the outlet
    ("Authored by: Dr. Ehsan Jazini", ("Dr. Ehsan Jazini",)),
    ("Paramita (Guha) Ghosh Published: January 3, 2024", ("Paramita Guha Ghosh",)),
    ("Jane Doe (NASA/GSFC)", ("Jane Doe",)),  # a bracket after the name ends it
    ("By Jane Doe, Managing Principal", ("Jane Doe",)),  # a job title is no second writer
    ("Mateusz HabernyFounder at Oakywood", ("Mateusz Haberny",)),  # a role glued to the name
    ("By John A. Alic", ("John A. Alic",)),  # "A." is an initial, not the article
    # a paper's affiliation numbers, and a bracket qualifying one of several writers
    ("Jennifer Huberty1 ; Jeni Green1", ("Jennifer Huberty", "Jeni Green")),
    ("Monique Feyrecilde, BA, VTS (Behavior); Debra Horwitz, DVM",
     ("Monique Feyrecilde", "Debra Horwitz")),
    # a surname's particle, not the article of a date after the name
    ("Par Julien Le Goff", ("Julien Le Goff",)),
    ("Par Julien Dupont le 18 mars 2025", ("Julien Dupont",)),
    ("Par Julien Dupont Le 18 mars 2025", ("Julien Dupont",)),
    # a job title in sentence case, its first word capitalised
    ("Helena Marsh Social policy correspondent", ("Helena Marsh",)),
    ("Laura Kuenssberg Political editor", ("Laura Kuenssberg",)),
])
def test_byline_names(line, names):
    assert byline_names(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("Medically reviewed by Kim Rose — Written by Jillian Kubala, MS, RD",
     ("Jillian Kubala",)),  # a reviewer is not the writer
    ("Posted on December 18, 2025   Posted by John Scalzi   59 Comments", ("John Scalzi",)),
    ("Photo by Lisa Jennings", ()),  # a photographer's credit
    ("Fujifilm X-S20 being used by Joshua Waller.", ()),  # "by" inside a sentence
    ("On January 12, 2025January 22, 2025 By Gabby BoucherIn Budget Travel, Budget Travel "
     "Guides, Travel Resources, Travel Tips", ("Gabby Boucher",)),  # a long category list
    ("Logistics made it hard to deliver the tutoring that would make a real difference by "
     "Jill Barshay August 25, 2025", ("Jill Barshay",)),  # a byline joined to the line above
    ("The chain is positioning for ambitious growth beyond the U.S. and Canada, its home "
     "markets. By Lisa Jennings on", ("Lisa Jennings",)),  # run onto the standfirst
    ("Published: Mar 8, 2024 · Modified: May 19, 2025 by Jessica Robinson · This post may "
     "contain affiliate links", ("Jessica Robinson",)),  # the credit opens a long line
    ("The new camera, which is being used by Joshua Waller and many other reviewers around "
     "the country, costs more.", ()),  # a long sentence is no credit
    ("Last updated March 3, 2025 by Erik Demaine.", ("Erik Demaine",)),
    # a long line: the credit opens its part after the dash
    ("Medically reviewed by Kim Rose-Francis RDN, CDCES, LD — Written by Jillian Kubala, MS, "
     "RD — Updated on March 7, 2025", ("Jillian Kubala",)),
    ("Author: Kashmir Brummel", ("Kashmir Brummel",)),  # a label, no "by"
    # the employer after the writer's title is no second writer …
    ("By: Benjamin Johnson, Sr. Director of Operations, Atlas Van Lines - 10+ Years in the "
     "Moving Industry", ("Benjamin Johnson",)),
    ("This post was written by Vanessa Mendez, MD, gastroenterologist, Parkview Health.",
     ("Vanessa Mendez",)),
    # … but a name "and" joins is, and so is one with a title of its own
    ("By Jane Doe, Senior Editor, and John Roe", ("Jane Doe", "John Roe")),
    ("By Jane Doe, Senior Editor, John Roe, Staff Writer", ("Jane Doe", "John Roe")),
    ("By Jane Doe, and John Roe, Bob Smith", ("Jane Doe", "John Roe", "Bob Smith")),
    # a wire story's credits: the reporters, never the editor
    ("(Reporting by Will Dunham; Editing by Tom Brown)", ("Will Dunham",)),
    ("Reporting by Will Dunham; Additional reporting by Jane Roe; Editing by Tom Brown",
     ("Will Dunham", "Jane Roe")),
    ("Average Home Renovation Costs (By Type)", ()),  # a table's heading
    # a sentence opening with "By doing", however capitalised what follows
    ("By adapting to individual student needs, providing real-time feedback, and tailoring "
     "content, ITS can transform learning. They enhance outcomes.", ()),
    # a photo credit in a caption, after a date taken out of the sentence
    ("Scooter Braun and Scott Borchetta pose for a photo at a private residence on June 28, "
     "2019 in Montecito, California. (Photo by Kevin Mazur/Getty Images)", ()),
    # a blog's credit line in other languages, the date between verb and name or after it
    ("Veröffentlicht am 2. März 2025 von Sabine Krüger", ("Sabine Krüger",)),
    ("Publié le 2 mars 2025 par Jean Dupont", ("Jean Dupont",)),
    # scripts without capitals, after a credit word: Arabic "by the pen of", "wrote"
    ("بقلم: أحمد المنصوري", ("أحمد المنصوري",)),
    ("كتب: محمد علي، سارة أحمد", ("محمد علي", "سارة أحمد")),
    ("بقلم: أحمد المنصوري - 12 مارس 2025", ("أحمد المنصوري",)),  # the date after the name
    ("كتب الرئيس رسالة إلى الوزير", ()),  # "wrote" opening a sentence, no colon
    ("بقلم: الرئيس يكتب رسالة طويلة إلى الوزير", ()),  # more words than a name has
    ("מאת דני כהן", ("דני כהן",)),  # Hebrew "by"
    ("记者 王晓明", ("王晓明",)),  # Chinese "reporter": one writer to a word
    ("作者：李建国", ("李建国",)),  # "author", a full-width colon
    ("文/张伟", ("张伟",)),  # "text by"
    ("记者 王晓明 摄影 李四", ("王晓明",)),  # the photographer's credit ends the writers
    ("記者 山田太郎", ("山田太郎",)),  # Japanese "reporter"
    ("Oleh Budi Santoso", ("Budi Santoso",)),  # Indonesian "by"
    ("Автор: Ирина Смирнова", ("Ирина Смирнова",)),  # Russian "author"
    # "by" and "author" in more languages: Turkish, Hungarian, Finnish, Polish, Czech,
    # Danish, Vietnamese, Indonesian (a label that is also a name, "Yazan", with its colon)
    ("Yazan: Ahmet Yılmaz", ("Ahmet Yılmaz",)),
    ("Yazan Ahmed said the talks would resume", ()),
    ("Szerző: Kovács Anna", ("Kovács Anna",)),
    ("Kirjoittanut Matti Virtanen", ("Matti Virtanen",)),
    ("Napisała Anna Nowak", ("Anna Nowak",)),
    ("Napsal Jan Novák", ("Jan Novák",)),
    ("Skrevet af Lars Hansen", ("Lars Hansen",)),
    ("Bởi Nguyễn Văn An", ("Nguyễn Văn An",)),
    ("Penulis: Budi Santoso", ("Budi Santoso",)),
    ("Автор — Ирина Смирнова", ("Ирина Смирнова",)),
    ("Oleh karena itu, kami menunda rapat", ()),  # "oleh karena itu": "therefore"
    ("文化新闻", ()),  # letters without capitals and no credit word: no name
    ("2025年3月12日 09:15 来源：港城日报 作者：李明", ("李明",)),  # a label after the source
    ("Publicado por Ana García el 2 de marzo de 2025", ("Ana García",)),
    ("Pubblicato il 2 marzo 2025 da Marco Rossi", ("Marco Rossi",)),
    ("Geplaatst op 2 maart 2025 door Jan de Vries", ("Jan de Vries",)),
    ("Opublikowano 3 listopada 2024 przez Magdalena Król", ("Magdalena Król",)),
    ("Publicerad 12 mars 2025 av Elin Sjöberg", ("Elin Sjöberg",)),
    ("Publisert 12. mars 2025 av Ola Nordmann", ("Ola Nordmann",)),
    ("Udgivet 12. marts 2025 af Lars Hansen", ("Lars Hansen",)),
    ("Opublikowano 3 listopada 2024 przez redakcję", ()),  # "the editors", in lower case
    # … but an office or the newsroom is nobody's name
    ("Veröffentlicht von der Stadtverwaltung am 2. März", ()),
    ("Publié par la rédaction le 2 mars 2025", ()),
])
def test_credited_names(line, names):
    assert credited_names(line) == names


def test_a_pictures_credit_shaped_as_a_byline_names_no_writer():
    assert byline_names("Photo by Jonah Whitfield/Lakemont University") == ("Jonah Whitfield",)
    assert byline_writers("Photo by Jonah Whitfield/Lakemont University") == ()


def test_a_bylines_writers_leave_out_the_employer_its_names_keep():
    """The line evidence reads a byline's names as written; the authors leave out the
    employer after the writer's title."""
    line = ("by Daniel Burstein, Senior Director, Content & Marketing, MarketingSherpa "
            "and MECLABS Institute")
    assert byline_writers(line) == ("Daniel Burstein",)
    assert byline_names(line) == ("Daniel Burstein", "MECLABS Institute")


# writers(): the writers among the names a byline's reading gives (the line evidence the
# models read keeps the names as read).
@pytest.mark.parametrize(("line", "names"), [
    # the dot and bullet operators end a name as a middle dot does
    ("By Maria Lindqvist ⋅ Review Editor  ⋅  Updated March 5, 2025", ("Maria Lindqvist",)),
    ("Tom Okafor ∙ Review Analyst", ("Tom Okafor",)),
])
def test_writers_end_at_an_operator_dot(line, names):
    assert writers(byline_names(line)) == names


@pytest.mark.parametrize(("line", "names"), [
    ("Written By: Ana Ruiz Executive Digital Editor and Master Gardener", ("Ana Ruiz",)),
    ("Guide by Peter Holm Former Deputy Tech Editor", ("Peter Holm",)),
    ("Written by: Ravi K Head Product Launches, Adoption", ("Ravi K",)),
    ("by Lena Berg, Master Horticulturalist & Garden Educator | Dec 30, 2025", ("Lena Berg",)),
    ("By B. K. Osei    View In Digital Edition", ("B. K. Osei",)),  # a link's label
    # … but a name's own third word stays, a group keeps its words, and two writers stay
    ("By Mary Ann Evans", ("Mary Ann Evans",)),
    ("By Harbour Gazette Editorial Team", ("Harbour Gazette Editorial Team",)),
    ("By Jane Doe and John Roe | Reuters", ("Jane Doe", "John Roe")),
])
def test_a_job_title_is_cut_from_the_writers(line, names):
    assert writers(byline_names(line)) == names


@pytest.mark.parametrize(("names", "expected"), [
    # after the first writer, words no name holds are a title, not a second writer
    (("Ana Lima", "Candidate Representative to the Liaison Committee"), ("Ana Lima",)),
    # … but a name's particle is a name's word
    (("Ana Lima", "Jan de Vries"), ("Ana Lima", "Jan de Vries")),
])
def test_a_second_writer_is_a_name(names, expected):
    assert writers(names) == expected


def test_a_name_written_twice_over_is_one_writer():
    # the picture's text and the link's, side by side
    assert writers(("Ola Nordmann Ola Nordmann",)) == ("Ola Nordmann",)


@pytest.mark.parametrize(("names", "expected"), [
    # a category run into the byline's "by": the writer follows it
    (("Crops by Ilse Brandt",), ("Ilse Brandt",)),
    # a reviewer's or a photographer's credit names no writer, nor do the names after it
    (("Reviewed by Omar Haddad",), ()),
    (("Reviewed By: Travel", "Rosa Klein"), ()),
    (("Photos by Jo Park",), ()),
    # a picture's credit read as a name ("Romas Photo/Shutterstock")
    (("Harbour Photo",), ()),
])
def test_a_credit_left_in_a_name_says_whose_it_is(names, expected):
    assert writers(names) == expected


def test_a_time_zone_and_weekday_run_into_a_label_are_no_name():
    assert dateline_names("Published Tue, Nov 19 20197:05 AM ESTUpdated Tue, Nov 19 "
                          "20197:16 AM EST", EN) == ()


def test_a_name_run_into_the_second_of_two_dates_is_read():
    assert dateline_names("September 1, 2016September 8, 2016Autumn Adams", EN) == \
        ("Autumn Adams",)


def test_a_date_lines_credit_in_another_language_names_the_writer_alone():
    assert dateline_names("18 ottobre 2024 di Giulia Fontana — 23 commenti", EN) == \
        ("Giulia Fontana",)
    assert dateline_names("12. März 2025 | von Sabine Krüger", EN) == ("Sabine Krüger",)


def test_an_author_label_in_italian_credits_the_writer():
    assert credited_names("Autore: Giulia Fontana") == ("Giulia Fontana",)


def test_by_on_its_own_line_credits_the_name_on_the_next():
    story = "The council voted on Tuesday to close the old bridge."
    page = lines((Label.TITLE, "Bridge vote"), (Label.BYLINE, "Jane Porter"),
                 (Label.PARAGRAPH, story), (Label.BOILERPLATE, "By"),
                 (Label.BOILERPLATE, "Ellen O'Brien"), (Label.PARAGRAPH, story))
    assert story_authors(page, EN) == ("Ellen O'Brien",)


def test_names_credited_one_to_a_line_after_by_are_all_read():
    page = lines((Label.TITLE, "Bridge vote"), (Label.BOILERPLATE, "By"),
                 (Label.BOILERPLATE, "Thomas Broderick"), (Label.BOILERPLATE, ","),
                 (Label.BOILERPLATE, "Nalea Ko"), (Label.BOILERPLATE, ", and"),
                 (Label.BOILERPLATE, "Ann Poe"), (Label.BOILERPLATE, "Updated May 2, 2024"))
    assert story_authors(page, EN) == ("Thomas Broderick", "Nalea Ko", "Ann Poe")


def test_the_byline_nearest_the_headline_gives_the_authors():
    page = lines((Label.BYLINE, "By Ann Poe"), (Label.BOILERPLATE, "Menu"),
                 (Label.TITLE, "Bridge vote ends a long debate"), (Label.BYLINE, "By Maria Lopez"))
    assert story_authors(page, EN) == ("Maria Lopez",)


def test_names_beside_the_date_when_there_is_no_byline():
    page = lines((Label.TITLE, "Bridge vote ends a long debate"),
                 (Label.DATELINE, "Maria Lopez | March 12, 2019"))
    assert story_authors(page, EN) == ("Maria Lopez",)


def test_a_by_line_near_the_headline_the_model_did_not_tag_still_names_the_writer():
    page = lines((Label.TITLE, "Bridge vote ends a long debate"),
                 (Label.BOILERPLATE, "by Maria Lopez March 12, 2019"),
                 (Label.PARAGRAPH, "The council voted on Tuesday."))
    assert story_authors(page, EN) == ("Maria Lopez",)


def test_the_name_under_an_author_box_label():
    page = lines((Label.TITLE, "Bridge vote ends a long debate"),
                 (Label.PARAGRAPH, "The council voted on Tuesday."),
                 (Label.BOILERPLATE, "About the author"), (Label.BOILERPLATE, "Maria Lopez"))
    assert story_authors(page, EN) == ("Maria Lopez",)


@pytest.mark.parametrize(("label", "line", "published", "modified"), [
    # each under its word
    (Label.DATELINE, "Published March 12, 2019 · Updated March 14, 2019",
     dt.datetime(2019, 3, 12), dt.datetime(2019, 3, 14)),
    # an update written before the original publication date
    (Label.DATELINE, "Updated November 11, 20228:23 PM ET Originally published "
                     "November 9, 202211:01 AM ET",
     dt.datetime(2022, 11, 9, 11, 1), dt.datetime(2022, 11, 11, 20, 23)),
    # two dates and no word for either: a story is published before it is updated
    (Label.BYLINE, "May 21, 2025April 24, 2025 by The Ritualist",
     dt.datetime(2025, 4, 24), dt.datetime(2025, 5, 21)),
    # the same day, told apart by the times after "à"
    (Label.DATELINE, "Publié le 23/01/2026 à 08h15, mis à jour le 23/01/2026 à 10h02",
     dt.datetime(2026, 1, 23, 8, 15), dt.datetime(2026, 1, 23, 10, 2)),
    # an update that gives only its time: the day of publication
    (Label.DATELINE, "14 marzo 2026 | 10:32 · Aggiornato alle 12:15",
     dt.datetime(2026, 3, 14, 10, 32), dt.datetime(2026, 3, 14, 12, 15)),
])
def test_published_and_updated_dates_on_one_line(label, line, published, modified):
    dates = dating.story_dates(lines((Label.TITLE, "Bridge vote"), (label, line)), "seed.txt")
    assert (dates.published, dates.modified) == (published, modified)
    assert dates.source == dating.FROM_DATE_LINE


@pytest.mark.parametrize(("line", "day"), [
    ("Tom2024-04-18T13:00:39+00:00March 22nd, 2024|Reviews|", dt.datetime(2024, 3, 22)),
    ("Global Commons May 2nd 202511 mins", dt.datetime(2025, 5, 2)),  # a reading time glued
])
def test_the_story_date_is_read_where_the_dump_ran_it_into_its_neighbours(line, day):
    page = lines((Label.TITLE, "Bridge vote"), (Label.DATELINE, line))
    assert dating.story_dates(page, "seed.txt").published == day


@pytest.mark.parametrize(("lang", "day"), [
    ("pt", dt.datetime(2026, 3, 5, 18, 40)),  # every language but English: day first
    ("en", dt.datetime(2026, 5, 3, 18, 40)),  # English: slashes month first, as in the US
])
def test_a_numeric_date_the_page_does_not_decide_is_read_as_its_language_writes_it(lang, day):
    page = lines((Label.TITLE, "Bridge vote"), (Label.DATELINE, "05/03/2026 às 18h40"))
    assert dating.story_dates(page, "seed.txt", lang=lang).published == day


def test_an_updated_line_is_not_the_publication_date():
    page = lines((Label.DATELINE, "Last updated on September 16th, 2023"),
                 (Label.TITLE, "Bridge vote"), (Label.DATELINE, "March 26, 2023"))
    dates = dating.story_dates(page, "seed.txt")
    assert dates.published == dt.datetime(2023, 3, 26)
    assert dates.modified == dt.datetime(2023, 9, 16)


def test_an_update_stamp_the_model_left_out_near_the_headline_gives_the_update():
    page = lines((Label.DATELINE, "Feb 14, 2025"), (Label.TITLE, "Five habits"),
                 (Label.BOILERPLATE, "Updated: Feb 20, 2025"), (Label.PARAGRAPH, "Most people …"))
    dates = dating.story_dates(page, "seed.txt")
    assert (dates.published, dates.modified) == (dt.datetime(2025, 2, 14),
                                                 dt.datetime(2025, 2, 20))


@pytest.mark.parametrize("label", ["Last update:", "Updated on", "Mis à jour le"])
def test_a_date_line_under_an_update_label_alone_is_the_update(label):
    page = lines((Label.TITLE, "Five habits"), (Label.BYLINE, "Supermove"),
                 (Label.BOILERPLATE, label), (Label.DATELINE, "July 16, 2025"),
                 (Label.DATELINE, "February 8, 2022"), (Label.PARAGRAPH, "Most people …"))
    dates = dating.story_dates(page, "seed.txt")
    assert (dates.published, dates.modified) == (dt.datetime(2022, 2, 8),
                                                 dt.datetime(2025, 7, 16))


@pytest.mark.parametrize("stamp", [
    ("Last update: July 16, 2025",),
    ("Last update:", "July 16, 2025"),  # the label and its date in elements of their own
])
def test_a_last_update_stamp_the_model_left_out_gives_the_update(stamp):
    page = lines((Label.DATELINE, "February 8, 2022"), (Label.TITLE, "Five habits"),
                 *[(Label.BOILERPLATE, text) for text in stamp], (Label.PARAGRAPH, "Most …"))
    dates = dating.story_dates(page, "seed.txt")
    assert (dates.published, dates.modified) == (dt.datetime(2022, 2, 8),
                                                 dt.datetime(2025, 7, 16))


@pytest.mark.parametrize(("stamp", "published", "modified"), [
    ("Publié le 3 avril 2025 à 08h15, mis à jour le 3 avril 2025 à 11h40",
     dt.datetime(2025, 4, 3, 8, 15), dt.datetime(2025, 4, 3, 11, 40)),
    ("Published 12 March 2025", dt.datetime(2025, 3, 12), None),
])
def test_a_publication_stamp_the_model_left_out_near_the_headline_is_the_date_line(
        stamp, published, modified):
    page = lines((Label.TITLE, "Le Louvre prolonge ses horaires"), (Label.BYLINE, "Par Jean Roux"),
                 (Label.BOILERPLATE, stamp), (Label.PARAGRAPH, "Le musée ouvrira le 1er mai …"))
    dates = dating.story_dates(page, "seed.txt", lang="fr")
    assert (dates.published, dates.modified, dates.source) == (published, modified,
                                                               dating.FROM_DATE_LINE)


@pytest.mark.parametrize("far", [0, 7])
def test_a_sentence_opening_with_published_or_far_from_the_headline_is_no_date_line(far):
    page = lines((Label.TITLE, "Bridge vote"), *[(Label.PARAGRAPH, "The council met.")] * far,
                 (Label.PARAGRAPH, "Published figures from March 2, 2019 show a loss."
                  if not far else "Published March 2, 2019"))
    assert dating.story_dates(page, "seed.txt").source != dating.FROM_DATE_LINE


def test_an_update_stamp_with_only_a_time_is_on_the_day_of_publication():
    page = lines((Label.TITLE, "Il ponte si farà"), (Label.DATELINE, "12 marzo 2025 | 09:15"),
                 (Label.BOILERPLATE, "Aggiornato alle 11:40"))
    assert dating.story_dates(page, "seed.txt").modified == dt.datetime(2025, 3, 12, 11, 40)


def test_a_sentence_opening_with_updated_is_no_update_stamp():
    page = lines((Label.DATELINE, "Feb 14, 2025"), (Label.TITLE, "Five habits"),
                 (Label.PARAGRAPH, "Updated figures published on Feb 20, 2025 show the ferry "
                                   "carried fewer people than the council expected."))
    assert dating.story_dates(page, "seed.txt").modified is None


def test_a_date_the_standfirst_tells_of_is_no_publication_date():
    # An obituary's standfirst tells of a birth; the page's date line is at its foot.
    page = lines((Label.TITLE, "Margaret Holloway, 1931–2025"),
                 (Label.DECK, "Born in Millbrook on April 14, 1931, she taught first grade."),
                 (Label.PARAGRAPH, "She is survived by her son."),
                 (Label.DATELINE, "Published by Valley Tribune on Nov. 6, 2025."))
    assert dating.story_dates(page, "seed.txt").published == dt.datetime(2025, 11, 6)


def test_the_date_line_nearest_the_headline_wins():
    page = lines((Label.DATELINE, "January 2, 2020"), (Label.BOILERPLATE, "Menu"),
                 (Label.BOILERPLATE, "Menu"), (Label.TITLE, "Bridge vote"),
                 (Label.DATELINE, "March 12, 2019"))
    assert dating.story_dates(page, "seed.txt").published == dt.datetime(2019, 3, 12)


@pytest.mark.parametrize(("text", "day"), [
    ("15 Dec, 2025", dt.datetime(2025, 12, 15)),  # a comma between month and year
    ("Sat, 20 Dec, 2025 - 06:36", dt.datetime(2025, 12, 20, 6, 36)),
    ("Posted on June 29, 2020November 12, 2021", dt.datetime(2020, 6, 29)),  # dates glued
    ("Dec 17, 2025Julian K. Arni", dt.datetime(2025, 12, 17)),  # a name glued to the year
    ("in the 2020s, June 5, 2020s", None),  # a decade is not a date
    ("2019年11月20日 10:05", dt.datetime(2019, 11, 20, 10, 5)),  # Japanese, Chinese
    ("2025년 12월 1일", dt.datetime(2025, 12, 1)),  # Korean
    ("20 déc. 2019", dt.datetime(2019, 12, 20)),  # French abbreviation
    ("12 مارس 2025", dt.datetime(2025, 3, 12)),  # Arabic, Egyptian and Gulf name
    ("3 آذار 2024", dt.datetime(2024, 3, 3)),  # Arabic, Levantine name
    ("20. listopadu 2019", dt.datetime(2019, 11, 20)),  # Czech genitive
    ("2019. november 20.", dt.datetime(2019, 11, 20)),  # Hungarian, year first
    ("20 augusti 2019", dt.datetime(2019, 8, 20)),  # Swedish
    ("20 марта 2019", dt.datetime(2019, 3, 20)),
    ("He set out 20 set pieces in 2019", None),  # a month word not between day and year
    # the time after the word for "at" in the language of the date
    ("23/01/2026 à 08h15", dt.datetime(2026, 1, 23, 8, 15)),
    ("12.02.2026 um 07:45 Uhr", dt.datetime(2026, 2, 12, 7, 45)),
    ("11 de febrero de 2026 a las 13:05", dt.datetime(2026, 2, 11, 13, 5)),
    ("20 marzo 2026 alle 9.30", dt.datetime(2026, 3, 20, 9, 30)),
    ("23/02/2026 às 10h02", dt.datetime(2026, 2, 23, 10, 2)),
    ("2025年3月14日 18時30分", dt.datetime(2025, 3, 14, 18, 30)),  # Japanese hours, minutes
    ("2025年3月14日18时05分", dt.datetime(2025, 3, 14, 18, 5)),  # Chinese
    # the time before the date, as wire services write it
    ("Published 4:12 PM EST, March 12, 2025", dt.datetime(2025, 3, 12, 16, 12)),
    ("Updated 18:40 GMT, 12 March 2025", dt.datetime(2025, 3, 12, 18, 40)),
    ("Score 3.45, March 12, 2025", dt.datetime(2025, 3, 12)),  # a number, no time
])
def test_dates_written_in_common_forms(text, day):
    assert find_date(text) == day


def test_the_file_name_gives_the_date_when_the_page_has_none():
    dates = dating.story_dates(lines((Label.TITLE, "Bridge vote")), "2021-06-30-bridge.txt")
    assert (dates.published, dates.source) == (dt.datetime(2021, 6, 30), dating.FROM_FILE_NAME)


def tags_of(text: str, lang: str = "en") -> tuple[str, ...]:
    return find_tags("A headline", (Block(Label.PARAGRAPH, text),), 6, lang)


def test_a_word_the_text_also_writes_in_lower_case_is_never_a_tag():
    text = ("Warga Jakarta mengungsi. Mereka pergi jika hujan turun, kata Jika Jakarta. "
            "Pemerintah Jakarta bertindak jika perlu.")
    tags = tags_of(text, "id")
    assert "Jika" not in tags and "Jakarta" in tags


def test_a_stopword_is_common_in_a_language_that_capitalises_every_noun():
    text = ("Im Jahr 2019 plante die Stadt viel, sagte Olaf Scholz. Das Jahr war lang. "
            "Im neuen Jahr will Olaf Scholz mehr.")
    tags = tags_of(text, "de")
    assert "Jahr" not in tags and "Olaf Scholz" in tags


def test_common_words_alone_are_not_a_name():
    text = ("Kommen Sie morgen wieder. Die Stadt Berlin plant viel. Kommen Sie bald, sagt "
            "Berlin. Wir kommen gern, sie auch.")
    assert "Kommen Sie" not in tags_of(text, "de")


def test_a_surname_alone_counts_for_the_full_name():
    text = ("On Monday Mike Ford met the board, and Ford said the plan was sound. Later "
            "Mike Ford left early, while shares of Ford Motor fell.")
    tags = tags_of(text)
    assert "Mike Ford" in tags and "Ford" not in tags


def test_an_initial_a_in_a_name_is_no_article():
    assert is_name_line("John A. Alic", EN)
    assert not is_name_line("A Guide To Tea", EN)


@pytest.mark.parametrize(("page", "day"), [
    # the page's other dates put the month first: "11.24.2025"
    (("Published 09.10.2024", "11.24.2025", "10.28.2025"), dt.datetime(2024, 9, 10)),
    # the page's other dates put the day first: "19/02/2025"
    (("Updated on 09/10/2025", "19/02/2025", "16/03/2023"), dt.datetime(2025, 10, 9)),
    # the page says both ways: each form's own default (dots day first)
    (("Published 09.10.2024", "11.24.2025", "19.02.2025"), dt.datetime(2024, 10, 9)),
    # no numeric date decides, but the page writes the day before the month's name
    (("03/10/2023", "What is natural wine? - 13 January 2023"), dt.datetime(2023, 10, 3)),
    # … or after it
    (("03/10/2023", "Posted January 13, 2023"), dt.datetime(2023, 3, 10)),
    # … or both ways: slashes' own default (month first)
    (("03/10/2023", "13 January 2023", "January 13, 2023"), dt.datetime(2023, 3, 10)),
])
def test_an_ambiguous_numeric_date_is_read_in_the_pages_own_order(page, day):
    assert find_date(page[0], PageOrder(page)) == day


def test_one_word_beside_the_date_on_a_date_line_is_its_credit():
    assert dateline_names("LinkNaija October 06, 2018", EN) == ("LinkNaija",)
    assert dateline_names("EcoFlow- 2025/4/29", EN) == ("EcoFlow",)
    assert dateline_names("Monday October 06, 2018", EN) == ()


def test_an_everyday_word_beside_the_date_is_no_writer():
    page = lines((Label.TITLE, "Bridge vote"), (Label.DATELINE, "Updated October 06, 2018"),
                 (Label.PARAGRAPH, "The council voted on Tuesday to close the old bridge."))
    assert story_authors(page, EN, "en") == ()
