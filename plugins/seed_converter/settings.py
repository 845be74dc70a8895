"""The converter's settings: one prefix (SEED_), defaults in this one place."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from . import section_words

# Sections a general news site files stories under, each with the words that
# point to it. A story goes to the section whose words it uses most (see
# metadata.SECTION_EVIDENCE). Each word says one thing in most of its uses: words
# a page of any kind uses ("team", "season", "data", "price", "policy", "energy",
# "space", "study", "book", "director", "home") would file a recipe under
# Technology or a garden under Politics, so they are left out. So are words with a
# second sense as common on the web as the first: "ecosystem" and "architecture"
# (software's), "review" (a product's: a roundup of earbuds is no culture story),
# "management" (waste, stress, time), "chips" (snacks).
ENGLISH_SECTION_WORDS: dict[str, tuple[str, ...]] = {
    "Politics": ("government", "minister", "ministers", "president", "presidential",
                 "parliament", "parliamentary", "election", "elections", "electoral",
                 "senate", "senator", "senators", "congress", "congressional", "lawmakers",
                 "legislation", "legislature", "governor", "mayor", "voters", "ballot",
                 "democrats", "republicans", "republican", "tories", "politicians",
                 "political", "politics", "cabinet", "diplomatic", "diplomats",
                 "sanctions", "referendum", "nato", "kremlin", "tariffs", "protesters",
                 "opposition"),
    "Business": ("economy", "economic", "economists", "inflation", "recession", "market",
                 "markets", "stocks", "shareholders", "investors", "investment", "earnings",
                 "revenue", "profit", "profits", "quarterly", "ceo", "companies",
                 "corporate", "bank", "banks", "banking", "finance", "financial", "tax",
                 "taxes", "trade", "billion", "startup", "startups", "retail", "retailer",
                 "sales", "merger", "acquisition", "mortgage", "loan", "loans", "insurance",
                 "dividend", "nasdaq", "business", "businesses", "entrepreneurs",
                 "employers", "employees", "workforce", "hiring", "wages", "mining",
                 "marketing", "accounting", "payroll", "freelance", "freelancer",
                 "freelancers", "ecommerce"),
    "Technology": ("technology", "tech", "software", "hardware", "internet", "computer",
                   "computers", "app", "apps", "smartphone", "smartphones", "iphone",
                   "android", "google", "microsoft", "ai", "algorithm", "algorithms",
                   "cloud", "cybersecurity", "hackers", "malware", "vulnerability",
                   "encryption", "developer", "developers", "programming", "coding",
                   "github", "python", "javascript", "api", "database", "servers",
                   "browser", "blockchain", "crypto", "cryptocurrency", "bitcoin", "robot",
                   "robots", "robotics", "semiconductor", "semiconductors", "chipmaker",
                   "chipmakers", "processor", "processors", "gpu", "gpus", "cpu", "nvidia",
                   "laptop", "laptops", "gadgets", "llm", "llms", "chatgpt", "openai",
                   "wifi", "bluetooth", "wireless", "headphones", "earbuds", "html", "css",
                   "linux", "neural", "dataset", "datasets", "programmers", "programmer"),
    "Science": ("scientists", "scientist", "scientific", "science", "researchers",
                "physics", "physicists", "chemistry", "biology", "biologists", "astronomy",
                "astronomers", "nasa", "spacecraft", "rocket", "satellite", "telescope",
                "planet", "planets", "galaxy", "galaxies", "universe", "species",
                "evolution", "fossil", "fossils", "dinosaur", "dinosaurs", "genome",
                "genetic", "dna", "molecules", "laboratory", "experiment", "experiments",
                "quantum", "particles", "archaeologists", "archaeology"),
    "Health": ("health", "healthcare", "hospital", "hospitals", "doctor", "doctors",
               "physician", "physicians", "nurses", "patient", "patients", "disease",
               "diseases", "vaccine", "vaccines", "virus", "infection", "infections",
               "medical", "medicine", "medication", "medications", "symptoms", "diagnosis",
               "treatment", "treatments", "therapy", "cancer", "diabetes", "clinical",
               "clinic", "surgery", "mental", "depression", "anxiety", "nutrition", "pain",
               "obesity", "dental", "dentist", "pandemic", "epidemic", "outbreak"),
    "Sport": ("sport", "sports", "football", "soccer", "basketball", "baseball", "tennis",
              "golf", "rugby", "hockey", "athletes", "athlete", "league", "leagues",
              "players", "championship", "tournament", "olympic", "olympics", "striker",
              "quarterback", "nfl", "nba", "fifa", "uefa", "stadium", "playoff",
              "playoffs", "referee", "midfielder", "goalkeeper", "touchdown", "innings",
              "wickets", "marathon", "cyclists", "cycling", "club", "clubs", "coach",
              "coaches"),
    # Reviews of games, books and films are culture, whatever sport words they use.
    "Culture": ("film", "films", "movie", "movies", "cinema", "music", "musician",
                "musicians", "song", "songs", "album", "albums", "concert", "concerts",
                "singer", "rapper", "books", "novel", "novels", "novelist", "poet",
                "poetry", "artist", "artists", "artwork", "artworks", "exhibition",
                "exhibitions", "gallery", "museum", "museums", "theatre", "theater",
                "festival", "opera", "ballet", "episode", "episodes", "television",
                "netflix", "actor", "actors", "actress", "hollywood", "celebrity",
                "celebrities", "gameplay", "gamers", "videogame", "videogames",
                "multiplayer", "console", "playstation", "ps4", "ps5", "xbox", "nintendo",
                "metroidvania", "roguelike", "platformer", "anime", "manga", "comics",
                "literature", "literary", "documentary", "painting", "paintings", "sculpture"),
    "Environment": ("climate", "environmental", "emissions", "pollution", "carbon",
                    "renewable", "renewables", "solar", "fossil", "wildlife",
                    "conservation", "biodiversity", "deforestation", "drought", "floods",
                    "flooding", "wildfire", "wildfires", "hurricane", "hurricanes",
                    "recycling", "sustainability", "sustainable", "warming", "greenhouse",
                    "glaciers", "electricity", "turbine", "turbines"),
    # Food, travel, home, style and the rest of everyday life: the section most
    # news sites keep for what is none of the above.
    "Lifestyle": ("food", "recipe", "recipes", "cooking", "kitchen", "restaurant",
                  "restaurants", "chef", "chefs", "dinner", "meal", "meals", "baking",
                  "wine", "wines", "coffee", "bread", "flour", "dough", "bake", "baked",
                  "oven", "dessert", "ingredients", "travel", "traveling", "travelling",
                  "trip", "trips", "vacation", "holiday", "holidays", "hotel", "hotels",
                  "destination", "destinations", "itinerary", "tourists", "fashion",
                  "beauty", "skincare", "makeup", "garden", "gardening", "plants", "decor",
                  "interior", "furniture", "renovation", "remodel", "remodeling", "diy",
                  "homeowners", "homeowner", "plumbing", "plumber", "bathroom", "bedroom",
                  "laundry", "cleaning", "wedding", "weddings", "parenting", "pets", "dog",
                  "dogs", "cats", "dating", "shopping", "gifts", "hiking", "camping", "backpacking",
                  "outdoor", "outdoors", "fitness", "workout", "workouts", "automaker",
                  "automakers", "sedan", "suv", "convertible", "coupe", "horsepower"),
}
# Each section's English words, then its words in other languages (section_words.py),
# each word once.
DEFAULT_SECTIONS: dict[str, tuple[str, ...]] = {
    name: tuple(dict.fromkeys((*words, *section_words.words_of(name))))
    for name, words in ENGLISH_SECTION_WORDS.items()}


@dataclass(frozen=True)
class ConverterSettings:
    """Settings as the converter uses them; built once from Pelican's or the CLI's."""

    seed_dir: Path | None = None
    # Converted articles go in this folder under Pelican's content PATH.
    article_dir: str = "articles"
    # A seed above this size is skipped: no real article page is bigger.
    max_bytes: int = 8 * 1024 * 1024
    # Files with these endings are seeds; anything else (images, .DS_Store) is ignored.
    extensions: tuple[str, ...] = (".txt", ".text", "")
    sections: Mapping[str, tuple[str, ...]] = None  # type: ignore[assignment]
    default_section: str = "News"
    max_tags: int = 6
    # Worker processes for converting many seeds; 0 means one per core.
    workers: int = 0
    # The trained line labeller (`make train`); None means the one shipped with the code.
    labeller_model: Path | None = None
    # Keep what was learnt from the files read (file_memory.py) in this process for
    # its next build (`make devserver`, Pelican's autoreload); a process that builds
    # once (`make html`) lets it go after converting: it is saved in the cache for
    # the next run, and held it only added to the build's memory peak.
    keep_read_files: bool = True

    def __post_init__(self) -> None:
        if self.sections is None:
            object.__setattr__(self, "sections", DEFAULT_SECTIONS)


PREFIX = "SEED_"


def from_pelican(settings: Mapping[str, Any]) -> ConverterSettings:
    """Merge SEED_* entries of Pelican's settings over the defaults, once."""
    given = {}
    for f in fields(ConverterSettings):
        # seed_dir is SEED_DIR, not SEED_SEED_DIR: the prefix is not doubled.
        key = PREFIX + f.name.upper().removeprefix(PREFIX)
        if key in settings and settings[key] is not None:
            given[f.name] = settings[key]
    for key in ("seed_dir", "labeller_model"):
        if given.get(key) is not None:
            given[key] = Path(given[key])
    if "extensions" in given:
        given["extensions"] = tuple(given["extensions"])
    return ConverterSettings(**given)
