"""How far a conversion run is, for whoever shows it (the build's progress bar).

A blinker signal, as Pelican's own signals are: the converter sends it and never
knows who listens; with no listener it costs nothing.
"""

from __future__ import annotations

from blinker import signal

# Sent once before the first seed is converted (done=0) and after each seed, with
# keyword arguments done and total (the seeds this run converts, not the unchanged).
seed_converted = signal("seed_converter.seed_converted")
