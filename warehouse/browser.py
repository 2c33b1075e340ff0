"""A real headless Chromium for the HTML reports: the DOM after the page's scripts ran, and screenshots.

The browser tests use it to check that charts are laid out with a size; `python -m flows.report_cli
--screenshot` uses it for the docs picture.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def find_browser() -> str | None:
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def browse(
    page: Path, *, screenshot: Path | None = None, width: int = 1280, height: int = 2000, timeout: float = 90.0
) -> str:
    """Open `page` in headless Chromium: the DOM after its scripts ran, and a PNG when asked."""
    browser = find_browser()
    if browser is None:
        raise FileNotFoundError("no Chromium on PATH (Debian: apt-get install chromium)")
    url = page.resolve().as_uri()
    with tempfile.TemporaryDirectory(prefix="cases-chromium-") as profile:
        base = [browser, *BROWSER_FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"]
        dom = subprocess.run([*base, "--dump-dom", url], capture_output=True, text=True, timeout=timeout, check=True)
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([*base, f"--screenshot={screenshot}", url], capture_output=True, timeout=timeout, check=True)
    return dom.stdout
