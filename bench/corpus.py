"""A deterministic corpus of raw news seeds: page dumps as a scraper saves them.

Seed i is the same text on every machine and every run (its own random.Random(i)),
so BENCH_N=1000 is a prefix of BENCH_N=5000 and a run can add seed N as the
"new story". Each seed has furniture before the story (navigation, ads) and after
it (share row, related links, comments, copyright), a headline, a byline, a
dateline with the date written out, 400–1,200 words of prose in one of several
sections, and names that recur across the archive (they become tags).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

# Bump when the text a seed gets changes, so a cached corpus is regenerated.
VERSION = 3
WORDS = (400, 1200)
# Stories are spread over these years, in seed order: the newest seed is last.
FIRST_DAY = dt.datetime(2015, 1, 5, 7, 0)
LAST_DAY = dt.datetime(2024, 12, 20, 18, 0)

FIRST_NAMES = (
    "Amina Boris Carla Dmitri Elena Farid Grace Hiro Ines Jonas Kofi Lena Marco Nadia "
    "Omar Priya Quentin Rosa Sven Tara Umar Vera Wei Ximena Yusuf Zoe Adele Bruno "
    "Chiara Diego Esther Felix Greta Hamid Ingrid Javier Keiko Lars Maya Nils"
).split()
LAST_NAMES = (
    "Okafor Petrov Lindqvist Haddad Moreau Tanaka Silva Novak Brennan Castillo Weber "
    "Kowalski Mensah Rossi Andersen Duarte Fischer Nakamura Oyelaran Quist Rahman "
    "Schmidt Varga Whitfield Yilmaz Zhou Abara Bianchi Costa Dubois"
).split()
PLACES = (
    "Lisbon Nairobi Oslo Lagos Warsaw Quito Hanoi Tbilisi Dakar Manila Bergen Porto "
    "Mombasa Krakow Leeds Durban Cusco Osaka Tallinn Valencia"
).split()
ORGS = (
    "Northwind Energy", "Harbor Bank", "Atlas Mining", "Meridian Health Trust",
    "Civic Data Lab", "Blue River Foods", "Helix Robotics", "Summit Airlines",
    "Greenfield University", "Coastal Water Board", "Union Rail", "Orbit Telecom",
)

# Each section's subject words, so the converter files stories under several sections.
SECTIONS: dict[str, tuple[str, ...]] = {
    "politics": ("government", "minister", "parliament", "election", "party", "vote",
                 "policy", "law", "senate", "governor"),
    "business": ("market", "company", "economy", "bank", "shares", "investment",
                 "trade", "revenue", "profit", "investors"),
    "technology": ("software", "internet", "data", "computer", "app", "digital",
                   "technology", "network", "chip", "platform"),
    "science": ("scientists", "research", "study", "researchers", "space", "species",
                "university", "laboratory", "telescope", "experiment"),
    "health": ("hospital", "doctors", "patients", "health", "vaccine", "disease",
               "clinic", "medical", "nurses", "treatment"),
    "sport": ("match", "team", "season", "league", "coach", "players", "cup",
              "tournament", "goal", "championship"),
    "culture": ("film", "music", "festival", "museum", "artist", "album", "theatre",
                "book", "exhibition", "gallery"),
    "environment": ("climate", "energy", "emissions", "pollution", "carbon", "weather",
                    "river", "forest", "electricity", "drought"),
}

VERBS = ("said", "announced", "argued", "warned", "confirmed", "explained", "suggested",
         "insisted", "noted", "added")
SENTENCES = (
    "{name} {verb} that the {w1} in {place} would not be ready before the end of the year.",
    "According to {org}, the {w1} has grown steadily since {year}, and the {w2} is expected to follow.",
    "It was the first time that the {w1} had been discussed in public, {name} {verb}.",
    "Officials in {place} {verb} on {weekday} that they had been aware of the {w1} for months.",
    "\u201cWe have to be honest about what the {w1} means for the people of {place},\u201d {name} {verb}.",
    "The {w1} is one of several issues that {org} has raised with the {w2} over the past year.",
    "Critics of the plan say that the {w1} will cost more than it saves, while supporters point to the {w2}.",
    "{name}, who has followed the {w1} for years, {verb} that the numbers were not a surprise.",
    "By the middle of {month}, more than {num} people had signed up, and the {w1} was still growing.",
    "There is no sign that the {w1} will slow down, and the {w2} in {place} is already under pressure.",
    "In a statement released on {weekday}, {org} {verb} that it would look again at the {w1}.",
    "Some of the {w1} was paid for by {org}, which has been criticised for its role in the {w2}.",
    "The report, published in {month}, found that the {w1} had fallen by {num} per cent in {place}.",
    "Most of those who spoke to reporters in {place} said they were worried about the {w2}.",
    "{name} and {name2} are expected to meet again next week to talk about the {w1}.",
)
HEADLINES = (
    "{Name} warns of {w1} crisis in {place}",
    "{org} to review {w1} after {place} protests",
    "Inside the {w1} that changed {place}",
    "{place} braces for {w1} as {w2} talks stall",
    "Why the {w1} matters more than the {w2}",
    "{Name} calls for new {w1} rules",
    "{org} reports record {w1} in {place}",
    "The long road to a {w1} deal in {place}",
)
MONTHS = ("January February March April May June July August September October "
          "November December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

NAV_BEFORE = ("Skip to content", "Menu", "Home", "Politics", "Business", "Technology",
              "Sport", "Culture", "Search", "Subscribe", "Advertisement")
FURNITURE_AFTER = (
    "Share this article:", "Facebook", "Twitter", "WhatsApp", "Email", "",
    "Related Posts", "{teaser1}", "{teaser2}", "{teaser3}", "",
    "Leave a Comment", "Your email address will not be published. Required fields are marked *",
    "Comment", "Name *", "Email *", "Website", "",
    "Recent Posts", "{teaser4}", "{teaser5}", "",
    "\u00a9 {year} The Daily Example. All rights reserved.",
    "Privacy Policy", "Terms of Use", "Contact Us",
)


def people(count: int = 300) -> list[str]:
    """The recurring names of the archive: the same people appear in many stories."""
    rng = random.Random("people")
    return [f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" for _ in range(count)]


PEOPLE = people()


def story_date(i: int, n_hint: int = 5000) -> dt.datetime:
    """Seed i's date: later seeds are later stories, a few hours apart with jitter."""
    span = (LAST_DAY - FIRST_DAY).total_seconds()
    step = span / max(n_hint, 1)
    jitter = random.Random(f"date{i}").uniform(0, step * 0.8)
    return FIRST_DAY + dt.timedelta(seconds=i * step + jitter)


def seed_text(i: int, edit: int = 0) -> str:
    """The text of seed i; edit > 0 gives a corrected version of the same story."""
    rng = random.Random(i)
    section = rng.choice(sorted(SECTIONS))
    words = SECTIONS[section]
    cast = rng.sample(PEOPLE[: 40 + i % 260], 3)
    place = rng.choice(PLACES)
    org = rng.choice(ORGS)
    when = story_date(i)

    def fill(template: str) -> str:
        w1, w2 = rng.sample(words, 2)
        return template.format(
            name=rng.choice(cast), name2=rng.choice(cast), Name=cast[0], verb=rng.choice(VERBS),
            w1=w1, w2=w2, place=place, org=org, year=when.year - rng.randint(1, 6),
            weekday=rng.choice(WEEKDAYS), month=rng.choice(MONTHS), num=rng.randint(3, 900),
        )

    headline = fill(rng.choice(HEADLINES))
    headline = headline[0].upper() + headline[1:]
    target = rng.randint(*WORDS)
    paragraphs: list[str] = [fill(rng.choice(SENTENCES)) + " " + fill(rng.choice(SENTENCES))]
    count = len(paragraphs[0].split())
    while count < target:
        para = " ".join(fill(rng.choice(SENTENCES)) for _ in range(rng.randint(3, 5)))
        paragraphs.append(para)
        count += len(para.split())
        if rng.random() < 0.08:
            paragraphs.append(f"What happens next in {place}")
    if edit:
        paragraphs.append(
            f"Correction {edit}: an earlier version of this story misstated the "
            f"role of {org} in the {words[0]}; it has been corrected."
        )
    teasers = [fill(rng.choice(HEADLINES)) for _ in range(5)]
    stamp = f"{MONTHS[when.month - 1]} {when.day}, {when.year} at {when:%I:%M} {when:%p}".lower()
    stamp = stamp[0].upper() + stamp[1:]
    lines = list(NAV_BEFORE[: rng.randint(5, len(NAV_BEFORE))])
    lines += ["", headline, "", f"By {cast[0]}", stamp, ""]
    for para in paragraphs:
        lines += [para, ""]
    for line in FURNITURE_AFTER:
        lines.append(line.format(
            year=when.year, **{f"teaser{k + 1}": t for k, t in enumerate(teasers)}
        ))
    return "\n".join(lines) + "\n"


def seed_name(i: int) -> str:
    """Seeds sit in folders of a thousand, as a scraper's dump would."""
    return f"{i // 1000:03d}/story-{i:05d}.txt"


def write_corpus(folder: Path, n: int) -> None:
    """Write seeds 0..n-1 into a folder, unless this version already wrote as many."""
    stamp = folder / ".corpus"
    if stamp.exists():
        version, _, written = stamp.read_text().partition(" ")
        if version == str(VERSION) and written.isdigit() and int(written) >= n:
            return
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        path = folder / seed_name(i)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(seed_text(i), encoding="utf-8")
    stamp.write_text(f"{VERSION} {n}")


def long_story(chars: int) -> str:
    """Paragraphs of a story far longer than any page, each different as a real
    story's are (the same paragraph thousands of times reads as repeated furniture)."""
    rng = random.Random(0)
    who = "minister mayor council union court regulator board agency committee".split()
    what = "rules prices budget plan tax bridge school hospital railway harbour".split()
    paragraphs, size = [], 0
    while size < chars:
        para = " ".join(
            f"The {rng.choice(who)} said on Tuesday that it would review the "
            f"{rng.choice(what)} by {rng.randint(1, 99)} percent before "
            f"{rng.randint(2026, 2040)}, after {rng.randint(2, 900)} people wrote about it."
            for _ in range(5))
        paragraphs.append(para)
        size += len(para) + 2
    return "\n\n".join(paragraphs)
