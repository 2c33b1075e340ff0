"""Forget what the case extractors remember from earlier pages (benches time a cold pass with it).

The extractors keep results per term, per quote and per clause in `functools.lru_cache`s, so that a
page pays once for what its rules ask again and again; the word lists and the gazetteer they load are
cached too, each as the one value of a cache of size 1. `clear_caches` empties the first kind in every
extractor module and leaves the loaded data alone.
"""

from __future__ import annotations

import importlib
import pkgutil

import tasks.extract


def clear_caches() -> None:
    for info in pkgutil.iter_modules(tasks.extract.__path__):
        module = importlib.import_module(f"tasks.extract.{info.name}")
        for value in list(vars(module).values()):
            params = getattr(value, "cache_parameters", None)
            own = getattr(value, "__module__", None) == module.__name__  # not one imported from elsewhere
            if params is not None and own and params()["maxsize"] != 1:
                value.cache_clear()
