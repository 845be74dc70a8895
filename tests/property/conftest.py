"""Hypothesis profiles for the property tests: modest example counts keep CI fast.

`HYPOTHESIS_PROFILE=thorough` runs many more examples by hand.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default",
    max_examples=40,
    deadline=None,  # a conversion's time varies with the machine's load, not the input
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=True,  # CI sees the same examples on every run
)
settings.register_profile("thorough", parent=settings.get_profile("default"),
                          max_examples=1000, derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
