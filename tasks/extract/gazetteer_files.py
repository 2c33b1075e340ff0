"""Where the vendored gazetteer lives and which files make it.

Apart from the region rules (tasks/extract/regions.py) because the warehouse's reference loader
(warehouse/reference.py) fingerprints these files on every run to tell whether `regions` is current,
and importing the rules for a path cost every run, unchanged re-runs included, their compiled patterns.
"""

from __future__ import annotations

from pathlib import Path

GAZETTEER_DIR = Path(__file__).resolve().parents[2] / "seeds" / "reference" / "gazetteer"
GAZETTEER_FILES = ("provinces.csv", "cities.csv", "areas.csv", "streets.csv")
