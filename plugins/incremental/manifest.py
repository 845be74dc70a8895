"""What the last build wrote: per output file, what it read, its fingerprint and stat."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, replace
from pathlib import Path

import pelican

from .fingerprint import Fingerprinter, digest

log = logging.getLogger(__name__)

# Settings that name where things are, not what the site is; or change every build.
VOLATILE_SETTINGS = frozenset({
    "OUTPUT_PATH", "PATH", "CACHE_PATH", "SEED_SUMMARY", "SEED_DIR", "PLUGIN_PATHS",
    "LOAD_CONTENT_CACHE",
})
VOLATILE_PREFIXES = ("INCREMENTAL_",)
FORMAT = 1


def file_name(key: str) -> str:
    """The output file a manifest key names: a key is what wrote the file ("page",
    "feed", "file"), a colon, and the file's name."""
    return key.split(":", 1)[1]


@dataclass(frozen=True)
class Entry:
    fp: str
    reads: dict
    template: str
    stat: tuple = ()

    def with_stat(self, stat: tuple) -> Entry:
        return replace(self, stat=tuple(stat))


@dataclass
class Manifest:
    build: str
    files: dict = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.files is None:
            self.files = {}

    @staticmethod
    def path(state_dir: Path, previous_output: Path) -> Path:
        return state_dir / f"manifest-{digest(str(previous_output))[:12]}.json"

    @classmethod
    def load(cls, state_dir: Path, previous_output: Path) -> Manifest:
        try:
            raw = json.loads(cls.path(state_dir, previous_output).read_text(encoding="utf-8"))
            if raw.get("format") != FORMAT:
                return cls("")
            reads = raw["reads"]
            files = {
                key: Entry(fp, reads[r], template, tuple(stat))
                for key, (fp, r, template, stat) in raw["files"].items()
            }
            return cls(raw["build"], files)
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return cls("")

    def save(self, state_dir: Path, previous_output: Path) -> None:
        """Write atomically; each distinct set of reads is stored once."""
        table: dict[str, int] = {}
        reads: list[dict] = []
        files = {}
        # Most entries share one reads dict per template (render.py): each is
        # written out once, not once per file.
        texts: dict[int, str] = {}
        for key, e in self.files.items():
            text = texts.get(id(e.reads))
            if text is None:
                text = texts[id(e.reads)] = json.dumps(e.reads, sort_keys=True)
            if text not in table:
                table[text] = len(reads)
                reads.append(e.reads)
            files[key] = [e.fp, table[text], e.template, list(e.stat)]
        state_dir.mkdir(parents=True, exist_ok=True)
        target = self.path(state_dir, previous_output)
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps({"format": FORMAT, "build": self.build, "reads": reads,
                                   "files": files}), encoding="utf-8")
        os.replace(tmp, target)


def build_digest(settings) -> str:
    """Settings, theme templates, plugin code and Pelican's version: change one, render all."""
    fp = Fingerprinter()
    parts = [f"pelican {pelican.__version__}" if hasattr(pelican, "__version__") else "pelican"]
    for key in sorted(settings):
        if key in VOLATILE_SETTINGS or key.startswith(VOLATILE_PREFIXES):
            continue
        parts.append(f"{key}={fp.value(settings[key])}")
    roots = [Path(settings["THEME"]) / "templates"]
    roots += [Path(p) for p in settings.get("PLUGIN_PATHS", ())]
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in (".html", ".xml", ".j2", ".py", ".txt"):
                text = path.read_text("utf-8", "replace")
                parts.append(f"{path.relative_to(root)}:{digest(text)}")
    return digest("\n".join(parts))
