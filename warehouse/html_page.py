"""The HTML pages' one Jinja2 environment: templates in warehouse/templates/, autoescaped, no network.

Both reports (warehouse/report.py, warehouse/corpus_report.py) render through it and share the
stylesheet `templates/report.css`; charts arrive as ready SVG (`Markup`, warehouse/charts.py).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

TEMPLATES = Path(__file__).parent / "templates"


@cache
def environment() -> Environment:
    """Undefined names fail loudly: a renamed field must not leave a silent hole in a page."""
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def render_page(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)
