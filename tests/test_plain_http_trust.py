"""A plain-HTTP Prefect API gets a one-certificate trust store (flows/server.py); an https one keeps certifi's."""

from __future__ import annotations

import os
import ssl
from pathlib import Path

import pytest

from flows.server import PLAIN_HTTP_CA, skip_ca_bundle_for_plain_http


@pytest.fixture
def prefect_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    monkeypatch.setenv("PREFECT_API_SSL_CERT_FILE", "")  # recorded, so that what the test sets is undone after it
    monkeypatch.delenv("PREFECT_API_SSL_CERT_FILE")
    return tmp_path


def test_plain_http_api_gets_a_small_loadable_store(prefect_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    skip_ca_bundle_for_plain_http()
    store = Path(os.environ["PREFECT_API_SSL_CERT_FILE"])
    assert store == prefect_env / PLAIN_HTTP_CA
    assert store.read_text(encoding="ascii").count("BEGIN CERTIFICATE") == 1
    ssl.create_default_context(cafile=str(store))  # what Prefect's client does with it: must not raise
    skip_ca_bundle_for_plain_http()  # a second CLI reuses the file
    assert [p.name for p in prefect_env.iterdir()] == [PLAIN_HTTP_CA]


@pytest.mark.parametrize("url", ["https://api.prefect.cloud/api/accounts/x", ""])
def test_https_or_unknown_api_keeps_the_bundle(prefect_env: Path, monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv("PREFECT_API_URL", url)
    skip_ca_bundle_for_plain_http()
    assert "PREFECT_API_SSL_CERT_FILE" not in os.environ
    assert not (prefect_env / PLAIN_HTTP_CA).exists()


def test_a_users_cert_file_is_kept(prefect_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    monkeypatch.setenv("PREFECT_API_SSL_CERT_FILE", "/etc/ssl/mine.pem")
    skip_ca_bundle_for_plain_http()
    assert os.environ["PREFECT_API_SSL_CERT_FILE"] == "/etc/ssl/mine.pem"
