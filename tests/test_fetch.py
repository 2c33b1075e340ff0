"""The fetcher against a real HTTP server on 127.0.0.1 serving the fixture site (tests/fixtures/site)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tasks.fetch_batch import fetch_batch
from tasks.http_client import Fetcher, FetchFailed, FetchPolicy
from tasks.netguard import AddressBlocked
from tasks.pipeline import process_source
from tasks.rawstore import RawStore
from tasks.records import Article
from tasks.urls import canonical_url, retry_after_seconds, url_allowed
from tests.fixtures.site import server as site_mod

FAST = FetchPolicy(delay=0.0, backoff=0.01, timeout=0.5, max_attempts=2, max_bytes=1_000_000, allow_private=True)
VERSION = "test"


@pytest.fixture
def site() -> Iterator[object]:
    with site_mod.FixtureSite() as s:
        yield s


@pytest.fixture
def store(tmp_path: Path) -> RawStore:
    return RawStore(tmp_path)


def _by_url(batch):
    return {o.url: o for o in batch.outcomes}


@pytest.mark.timeout(30)
def test_every_url_is_a_document_or_a_failure_with_its_reason(site, store):
    urls = [site.url(p) for p in [*site_mod.ARTICLE_PATHS, *site_mod.FAILING_PATHS]]
    started = time.monotonic()
    batch = fetch_batch(urls, FAST, store, VERSION)
    assert time.monotonic() - started < 10
    outcomes = _by_url(batch)
    assert len(batch.docs) + len(batch.failures) == len(urls)
    for path, reason in site_mod.FAILING_PATHS.items():
        failure = outcomes[site.url(path)].failure
        assert failure is not None and failure.stage == "fetch", path
        assert failure.reason == reason, (path, failure)
    fail = {p: outcomes[site.url(p)].failure for p in site_mod.FAILING_PATHS}
    assert (fail["/faults/missing.html"].attempts, fail["/faults/missing.html"].last_status) == (1, 404)
    assert fail["/faults/slow.html"].attempts == 2  # retried, then given up (bounded)
    assert fail["/faults/reset.html"].attempts == 2
    assert fail["/faults/loop.html"].last_status == 302
    assert fail["/faults/huge.html"].detail.endswith("limit 1000000 bytes")
    assert fail["/private/secret.html"].attempts == 0
    # robots.txt obeyed: the disallowed page was never requested; robots.txt once per host
    assert site.requests_for("/private/secret.html") == []
    assert site.requests_for("/robots.txt") == [200]
    # a descriptive User-Agent on every request
    assert all(agent and agent.startswith("grassroots-cases/") for _, _, agent in site.log)
    # every document parses into an article
    for doc in batch.docs:
        assert isinstance(process_source(doc), Article), doc.source_uri


def test_500_then_success_and_429_with_retry_after(site, store):
    started = time.monotonic()
    batch = fetch_batch([site.url("/faults/flaky.html"), site.url("/faults/busy.html")], FAST, store, VERSION)
    elapsed = time.monotonic() - started
    assert not batch.failures
    assert site.requests_for("/faults/flaky.html") == [500, 200]
    assert site.requests_for("/faults/busy.html") == [429, 200]
    assert elapsed >= 0.9  # Retry-After: 1 honoured
    pages = {p["url"]: p for p in batch.pages}
    assert pages[canonical_url(site.url("/faults/busy.html"))]["attempts"] == 2


def test_retry_after_that_is_too_long_fails_for_this_run(site, store):
    policy = FAST.with_(max_retry_after=0.5)
    batch = fetch_batch([site.url("/faults/busy.html")], policy, store, VERSION)
    (failure,) = batch.failures
    assert (failure.reason, failure.last_status, failure.attempts) == ("HTTP 429", 429, 1)
    assert "Retry-After" in failure.detail


def test_a_server_that_stays_down_is_retried_with_growing_waits_then_given_up(site, store):
    """Waits double from `backoff` (jitter ±20 %) up to `backoff_max`; the last status is reported."""
    policy = FAST.with_(max_attempts=4, backoff=0.1, backoff_max=0.15)
    started = time.monotonic()
    batch = fetch_batch([site.url("/faults/down.html")], policy, store, VERSION)
    elapsed = time.monotonic() - started
    (failure,) = batch.failures
    assert (failure.reason, failure.last_status, failure.attempts) == ("HTTP 503", 503, 4)
    assert failure.detail == "still HTTP 503 after 4 attempts"
    assert site.requests_for("/faults/down.html") == [503] * 4
    assert 0.8 * (0.1 + 0.15 + 0.15) <= elapsed < 5.0  # three waits: 0.1, then 0.2 capped at 0.15, twice


def test_lying_charset_labels_are_read_correctly(site, store):
    urls = [site.url("/news/lying.html"), site.url("/news/latin1.html"), site.url("/n/2012/0510/c117092-17000000.html")]
    batch = fetch_batch(urls, FAST, store, VERSION)
    titles = [process_source(doc).title for doc in batch.docs]
    assert titles == [
        "杭州上城区：“五社联动”打造共建共治共享社区",
        "沈阳和平区：“一网统管”提升社区治理效能",
        "青岛市北区：“网格化+党建”织密城市治理网",
    ]
    assert [p["charset"] for p in batch.pages] == ["gb18030", "gb18030", "gb18030"]


def test_conditional_get_and_content_hash_skip(site, store):
    urls = [site.url(p) for p in site_mod.ARTICLE_PATHS]
    first = fetch_batch(urls, FAST, store, VERSION)
    assert len(first.docs) == len(urls)
    prior = {p["url"]: p for p in first.pages}
    site.clear_log()
    second = fetch_batch(urls, FAST, store, VERSION, prior=prior)
    assert sorted(second.unchanged) == sorted(urls) and not second.docs and not second.failures
    article_hits = [(p, s) for p, s, _ in site.log if p != "/robots.txt"]
    assert article_hits and all(status == 304 for _, status in article_hits)  # no body fetched again
    # a server without validators: the content hash decides
    stripped = {u: {**p, "etag": None, "last_modified": None} for u, p in prior.items()}
    third = fetch_batch(urls, FAST, store, VERSION, prior=stripped)
    assert sorted(third.unchanged) == sorted(urls)
    # a changed page is fetched and parsed again
    path = "/news/20231205/1001.html"
    site.server.override[path] = site_mod.page_bytes(path).replace("近邻党建".encode(), "邻里党建".encode())
    fourth = fetch_batch(urls, FAST, store, VERSION, prior=prior)
    assert [d.source_uri for d in fourth.docs] == [site.url(path)]
    # a new extractor version re-parses stored bytes without fetching bodies
    site.server.override.clear()
    fifth = fetch_batch(urls, FAST, store, "next", prior=prior)
    assert len(fifth.docs) == len(urls)


def test_multi_page_article_is_fetched_and_joined(site, store):
    url = site.url("/n1/2016/0705/c117092-28526000.html")
    batch = fetch_batch([url], FAST, store, VERSION)
    (page,) = batch.pages
    assert [u.rsplit("/", 1)[-1] for u in page["part_urls"]] == ["c117092-28526000-2.html", "c117092-28526000-3.html"]
    assert len(page["part_raw_paths"]) == 2 and page["attempts"] == 3
    article = process_source(batch.docs[0])
    assert article.source_uri == url
    assert "背景与起因" in article.body and "组织联建" in article.body and "经验与启示" in article.body
    assert article.body.count("成都市武侯区现有城市社区") == 1
    assert article.editors == ("宋晨", "闫妍")
    assert store.get(page["raw_path"]) == site_mod.page_bytes("/n1/2016/0705/c117092-28526000.html")


def test_refusals_before_any_request(site, store):
    public_only = FAST.with_(allow_private=False)
    batch = fetch_batch([site.url("/news/20231205/1001.html")], public_only, store, VERSION)
    assert batch.failures[0].reason == "private address"
    batch = fetch_batch(["file:///etc/passwd", "ftp://example.org/x"], FAST, store, VERSION)
    assert [f.reason for f in batch.failures] == ["scheme not allowed", "scheme not allowed"]
    only = FAST.with_(allowed_hosts=["example.org"])
    batch = fetch_batch([site.url("/news/20231205/1001.html")], only, store, VERSION)
    assert batch.failures[0].reason == "host not allowed"
    assert site.log == []


def test_redirect_limit_and_per_host_politeness(site):
    policy = FAST.with_(delay=0.2, per_host=1)
    with Fetcher(policy) as fetcher:
        started = time.monotonic()
        for path in ("/news/lying.html", "/news/latin1.html", "/faults/flaky.html"):
            with contextlib.suppress(FetchFailed):
                fetcher.get(site.url(path))
        # robots.txt + 3 pages + the flaky retry: at least 4 gaps of 0.2 s on one host
        assert time.monotonic() - started >= 0.75
    with Fetcher(FAST.with_(max_redirects=0)) as fetcher, pytest.raises(FetchFailed) as info:
        fetcher.get(site.url("/faults/loop.html"))
    assert info.value.reason == "too many redirects"


def test_raw_store_is_content_addressed(tmp_path):
    store = RawStore(tmp_path)
    sha, rel = store.put(b"<html>x</html>")
    assert rel == f"raw/{sha[:2]}/{sha}.gz" and (tmp_path / rel).exists()
    assert store.put(b"<html>x</html>") == (sha, rel)
    assert store.get(rel) == b"<html>x</html>"
    assert store.get("raw/00/missing.gz") is None


def test_url_helpers():
    assert canonical_url("HTTP://Example.ORG:80/a?b=1#frag") == "http://example.org/a?b=1"
    assert canonical_url("https://example.org:8443") == "https://example.org:8443/"
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert retry_after_seconds("soon") is None


@pytest.mark.timeout(60)
def test_headers_trickled_a_byte_a_second_fail_at_the_total_limit(site):
    """Each byte arrives well within the per-read timeout; only the wall-clock limit can end it."""
    policy = FAST.with_(timeout=5.0, total_timeout=2.0, max_attempts=3)
    started = time.monotonic()
    with Fetcher(policy) as fetcher, pytest.raises(FetchFailed) as caught:
        fetcher.get(site.url("/faults/trickle.html"))
    took = time.monotonic() - started
    assert caught.value.reason == "too slow" and "2s" in (caught.value.detail or "")
    assert caught.value.attempts == 1, "not retried: a retry would trickle as long again"
    assert 1.9 <= took < 4.0, took


@pytest.mark.timeout(30)
def test_metadata_and_link_local_addresses_stay_blocked_with_allow_private():
    """--allow-private lifts the private/loopback block only; nothing is sent to these addresses."""
    with Fetcher(FAST) as fetcher:
        for url in (
            "http://169.254.169.254/latest/meta-data/",
            "http://100.100.100.200/latest/meta-data/",
            "http://[fe80::1]/",
            "http://[::ffff:169.254.169.254]/",
        ):
            with pytest.raises(FetchFailed) as caught:
                fetcher.get(url)
            assert (caught.value.reason, caught.value.attempts) == ("blocked address", 0), url
            assert "never fetched" in (caught.value.detail or "")
        assert fetcher.n_requests == 0


def test_the_transport_connects_only_to_addresses_it_checked(site):
    """The connect-time check does not rely on check_url: a request made past it is refused too."""
    port = site.base.rsplit(":", 1)[1]
    with Fetcher(FAST.with_(allow_private=False)) as fetcher, pytest.raises(AddressBlocked, match="non-public"):
        fetcher.client.get(f"http://localhost:{port}/news/20231205/1001.html")
    assert site.log == []
    with Fetcher(FAST) as fetcher:  # allowed: it connects (to the checked address) and keeps the host name
        assert fetcher.client.get(f"http://localhost:{port}/news/20231205/1001.html").status_code == 200


def test_allow_lists_match_scheme_host_and_port():
    allowed = frozenset({"example.org", "127.0.0.1:8080", "https://secure.example.net"})
    assert url_allowed("http://example.org/a", allowed) and url_allowed("https://news.example.org/a", allowed)
    assert not url_allowed("http://example.org:8081/a", allowed), "a bare host admits the default ports only"
    assert url_allowed("http://127.0.0.1:8080/x", allowed) and not url_allowed("http://127.0.0.1:9090/x", allowed)
    assert url_allowed("https://secure.example.net/", allowed)
    assert not url_allowed("http://secure.example.net/", allowed), "the entry names https"
    assert not url_allowed("http://badexample.org/", allowed)


@pytest.mark.timeout(30)
def test_a_body_and_its_content_length_that_disagree_are_a_truncated_page(site, store):
    batch = fetch_batch([site.url("/faults/short.html"), site.url("/faults/long.html")], FAST, store, VERSION)
    short, long = batch.failures
    assert short.reason == "truncated page" and "5000" in (short.detail or ""), short
    assert long.reason == "truncated page" and "more than its Content-Length 12" in (long.detail or ""), long
    assert batch.docs == [] and batch.pages == []
    ok = fetch_batch([site.url("/news/20231205/1001.html")], FAST, store, VERSION)
    assert ok.failures == [] and len(ok.docs) == 1, "an honest Content-Length passes"


def test_robots_wildcards_and_longest_match_per_rfc_9309():
    """What urllib.robotparser got wrong: `*`, `$`, and the longest rule winning over the first."""
    from tasks.robots import parse_robots

    rules = parse_robots("User-agent: *\nDisallow: /n1/\nAllow: /n1/*.html$\nDisallow: /*.pdf$\n")
    agent = FAST.user_agent
    assert rules.allows("http://x.cn/n1/2022/0213/c1-1.html", agent)
    assert not rules.allows("http://x.cn/n1/2022/0213/c1-1.html?print=1", agent)
    assert not rules.allows("http://x.cn/files/a.pdf", agent) and rules.allows("http://x.cn/files/a.pdf.html", agent)
    assert not rules.allows("http://x.cn/n1/list/", agent)
