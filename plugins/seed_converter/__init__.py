"""Turn raw page dumps (seeds) into structured Markdown articles for Pelican."""


def register() -> None:
    """Pelican's entry point. The wiring is imported only here: it imports Pelican
    itself, which the command-line converter (`python -m seed_converter`, run by
    every `make html`) does not need when no slug is made."""
    from .plugin import register as wire_signals

    wire_signals()


__all__ = ["register"]
