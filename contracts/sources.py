"""Contract of `sources`: the fingerprint of every input file the warehouse was derived from or kept out.

A re-run compares a file's size and modification time with its row here before reading it: an
unchanged file costs one stat and one lookup, no read, decode or parse. A file whose stat changed
but whose bytes did not (touched, copied) is recognised by `sha256` after one read and not parsed.
Reference files (the gazetteer behind `regions`) have rows too, so `regions` is reloaded only when
they change. URLs are not here: `pages` holds what their conditional GET needs.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

KINDS = ["page", "reference"]
# What an input's bytes became when this extractor version last read them. An input kept out (its article
# quarantined by a contract, or refused by the reader: too damaged, no text) is as settled as a stored one: the same
# bytes give the same verdict, so a re-run skips it by stat as it skips a stored article.
OUTCOMES = ["article", "quarantined", "failed"]


class Sources(pa.DataFrameModel):
    uri: Series[str] = pa.Field(
        unique=True,
        description="Canonical path of the file (relative to the project when inside it, else absolute); the key.",
    )
    kind: Series[str] = pa.Field(isin=KINDS, description="page (an input of ingest) | reference (gazetteer file).")
    size: Series[int] = pa.Field(ge=0, description="Size in bytes when last read.")
    mtime_ns: Series[int] = pa.Field(description="Modification time (ns since the epoch) when last read.")
    sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="SHA-256 of the raw bytes.")
    article_id: Series[str] = pa.Field(
        nullable=True,
        description="The article these bytes became (stored in `articles` when the outcome is article); NULL for "
        "reference files.",
    )
    extractor_version: Series[str] = pa.Field(
        nullable=True,
        description="Extractor version that derived the article: a new version re-reads and re-derives every file.",
    )
    outcome: Series[str] = pa.Field(
        nullable=True,
        isin=OUTCOMES,
        description=(
            "What the bytes became: article (stored), quarantined (kept out by a contract: table quarantine) or "
            "failed (refused by the reader: table fetch_failures); an unchanged file of any outcome is skipped by "
            "stat on a re-run, reported by the run that met it. NULL for reference files (and rows written before "
            "the column, read as article)."
        ),
    )
    run_id: Series[str] = pa.Field(description="The run that last read the file (or found it unchanged by its bytes).")
    checked_at: Series[pd.Timestamp] = pa.Field(description="When that run read it, UTC.")

    class Config:
        strict = True
        coerce = True
