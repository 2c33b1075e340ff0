"""Inline SVG charts as small functions: ranked horizontal bars, stacked vertical bars, a legend.

No chart library and no script: the pages (warehouse/report.py, warehouse/corpus_report.py) embed the
SVG as is, so they open offline. Every drawn bar carries `data-mark` (its chart) and `data-value`, and
a `<title>` tooltip; the browser tests count the marks the browser laid out with a size.
"""

from __future__ import annotations

import html
from dataclasses import dataclass


@dataclass
class Bar:
    label: str
    value: float
    colour: str
    tip: str


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def hbar_chart(chart: str, bars: list[Bar], *, vmax: float | None = None, fmt: str = "{:.0f}", width: int = 560) -> str:
    """Horizontal bars with labels on the left: top checks, reasons, coverage."""
    if not bars:
        return f'<p class="empty" data-chart-empty="{esc(chart)}">Nothing recorded yet.</p>'
    label_w, row_h, pad = 230, 22, 6
    vmax = vmax or max(b.value for b in bars) or 1
    plot_w = width - label_w - 70
    height = len(bars) * row_h + pad * 2
    parts = [
        f'<svg class="chart" data-chart="{esc(chart)}" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, b in enumerate(bars):
        y = pad + i * row_h
        w = max(1.0, plot_w * (b.value / vmax)) if b.value else 0
        label = b.label if len(b.label) <= 34 else b.label[:33] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" class="lbl">{esc(label)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{plot_w}" height="{row_h - 6}" class="track"/>')
        if w:
            parts.append(
                f'<rect data-mark="{esc(chart)}" data-value="{b.value:g}" x="{label_w}" y="{y + 3}" width="{w:.1f}" '
                f'height="{row_h - 6}" fill="{b.colour}"><title>{esc(b.tip)}</title></rect>'
            )
        parts.append(f'<text x="{label_w + plot_w + 6}" y="{y + 15}" class="val">{esc(fmt.format(b.value))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def vbar_chart(
    chart: str,
    columns: list[list[Bar]],
    labels: list[str],
    *,
    vmax: float | None = None,
    axis: str = "{:.0f}",
    width: int = 900,
    height: int = 200,
) -> str:
    """Vertical (stacked) bars, one column per run, oldest left."""
    if not columns:
        return f'<p class="empty" data-chart-empty="{esc(chart)}">No runs recorded yet.</p>'
    left, bottom, top = 44, 24, 8
    plot_w, plot_h = width - left - 8, height - bottom - top
    totals = [sum(b.value for b in col) for col in columns]
    vmax = vmax or max(totals) or 1
    step = plot_w / len(columns)
    bar_w = max(3.0, min(28.0, step * 0.7))
    parts = [
        f'<svg class="chart" data-chart="{esc(chart)}" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for frac in (0, 0.5, 1):
        y = top + plot_h * (1 - frac)
        parts.append(f'<line x1="{left}" x2="{width - 8}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
        parts.append(
            f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" class="ax">{esc(axis.format(vmax * frac))}</text>'
        )
    every = max(1, len(columns) // 10)
    for i, col in enumerate(columns):
        x = left + i * step + (step - bar_w) / 2
        y = top + plot_h
        for b in col:
            h = plot_h * (b.value / vmax) if b.value else 0
            if h <= 0:
                continue
            y -= h
            parts.append(
                f'<rect data-mark="{esc(chart)}" data-value="{b.value:g}" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
                f'height="{max(h, 1):.1f}" fill="{b.colour}"><title>{esc(b.tip)}</title></rect>'
            )
        if i % every == 0 or i == len(columns) - 1:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - 8}" text-anchor="middle" class="ax">'
                f"{esc(labels[i])}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)


def legend(items: list[tuple[str, str]]) -> str:
    return (
        '<div class="legend">'
        + "".join(f'<span><i style="background:{c}"></i>{esc(label)}</span>' for label, c in items)
        + "</div>"
    )
