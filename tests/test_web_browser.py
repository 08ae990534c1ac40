"""The workbench as a person uses it: Debian's Chromium, driven by Playwright.

The server is the real ``diplograph serve`` command on a free loopback port
over the demo database (the bundled sample corpus, ingested by the real
``diplograph ingest``). Screenshots go to ``build/screenshots/`` (or
``$DIPLOGRAPH_SCREENSHOTS``) so a person can look at what the test saw.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT, SAMPLE, new_store_location, run_cli

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

try:
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # pragma: no cover - CI installs it with the dev extras
    sync_playwright = None

pytestmark = [
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian Chromium (/usr/bin/chromium) is not installed"
    ),
    pytest.mark.skipif(sync_playwright is None, reason="playwright (PyPI) is not installed"),
]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=5) as resp:
        return json.loads(resp.read())


@pytest.fixture(scope="session")
def screenshots() -> Path:
    folder = Path(os.environ.get("DIPLOGRAPH_SCREENSHOTS") or ROOT / "build" / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def demo_db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, str]:
    """The demo database on each backend and a copy of it for the editing server.

    PostgreSQL: a database on the session's real server, copied with ``CREATE
    DATABASE ... TEMPLATE`` before any server connects to it (a template must be idle).
    """
    folder = tmp_path_factory.mktemp("demo")
    db = new_store_location(request, request.param, folder)
    proc = run_cli("ingest", str(SAMPLE), "--db", db, "--quiet")
    assert proc.returncode in (0, 1), proc.stderr
    if request.param == "sqlite":
        copy = str(folder / "edit.db")
        shutil.copy(db, copy)
        return db, copy
    import psycopg

    server = request.getfixturevalue("pg_server")
    name = f"{db.rsplit('/', 1)[1]}_edit"
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {db.rsplit('/', 1)[1]}")
    return db, server.url(name)


@pytest.fixture(scope="session")
def server(demo_db: tuple[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    log = (tmp_path_factory.mktemp("serve") / "serve.log").open("w+")
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "diplograph.cli", "serve", "--db", demo_db[0]),
            *("--port", str(port), "--quiet"),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=dict(os.environ, PYTHONWARNINGS="error"),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        state = None
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                log.seek(0)
                pytest.fail(f"diplograph serve exited {proc.returncode}: {log.read()}")
            try:
                state = get_json(f"{base}/api/health")
                if state["gazetteer"] != "building":  # region names are ready
                    break
            except OSError:
                pass
            time.sleep(0.3)
        assert state is not None and state["read_only"] is True, state
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
        log.close()


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    assert sync_playwright is not None
    home = tmp_path_factory.mktemp("chromium-home")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAYWRIGHT_")}
    env["HOME"] = str(home)
    with sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=str(CHROMIUM), args=LAUNCH_ARGS, env=env, headless=True
        )
        try:
            yield b
        finally:
            b.close()
    shutil.rmtree(home, ignore_errors=True)


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    p = context.new_page()
    p.set_default_timeout(15_000)
    dialogs: list[str] = []
    p.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    p.dialogs = dialogs  # type: ignore[attr-defined]
    yield p
    context.close()


def test_search_kaluga_open_event_see_reports_open_pair(
    page: Page, server: str, screenshots: Path
) -> None:
    page.goto(server + "/")
    assert int(page.inner_text("#count-documents")) >= 60
    assert page.locator("svg.chart rect.bar").count() > 0
    page.screenshot(path=str(screenshots / "01-dashboard.png"), full_page=True)

    page.fill("header input[name=q]", "Kaluga")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Kaluga*")
    count = page.inner_text("#result-count")
    assert int(count.split()[0]) >= 4, count
    hits = page.locator("#results mark.hit").all_inner_texts()
    # Kaluga in Latin letters and the Russian "Калужской области" (search across scripts).
    assert any(h.lower() == "kaluga" for h in hits), hits
    assert any(h.startswith("Калужск") for h in hits), hits
    assert "Калужской области" in page.inner_text("#results")
    page.screenshot(path=str(screenshots / "02-search-kaluga.png"), full_page=True)

    multi = page.locator("#results a.event-link").filter(has_text="reports")
    reports = [int(x) for x in multi.evaluate_all("els => els.map(e => e.dataset.reports)")]
    assert reports and max(reports) >= 2, reports
    multi.nth(reports.index(max(reports))).click()
    page.wait_for_url("**/events/*")
    shown = page.locator("section.report")
    assert shown.count() >= 2
    assert int(page.inner_text("#report-count")) == shown.count()
    langs = set(page.locator("section.report span.lang").all_inner_texts())
    assert page.locator("section.report mark.evidence").count() >= 2
    facts = page.inner_text("#event-facts")
    assert "Kalu" in facts
    page.screenshot(path=str(screenshots / "03-event.png"), full_page=True)

    page.locator("a.pair-link").first.click()
    page.wait_for_url("**/pairs/*/*")
    title = page.inner_text("#pair-title")
    assert "Kaluga" in title, title
    event_id = page.url  # the pair timeline links back to events
    assert page.locator("table.timeline a[href^='/events/']").count() >= 1, event_id
    page.screenshot(path=str(screenshots / "04-region-pair.png"), full_page=True)
    assert len(langs) >= 1
    assert page.dialogs == []  # type: ignore[attr-defined]


def test_xss_article_renders_inert(page: Page, server: str, screenshots: Path) -> None:
    page.goto(server + "/search?q=onerror")
    page.locator("#results a.doc-link").first.click()
    page.wait_for_url("**/documents/*")
    text = page.inner_text("#article-text")
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert page.locator("#article-text img, #article-text script").count() == 0
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("script:not([src])").count() == 0
    page.screenshot(path=str(screenshots / "05-xss-document.png"), full_page=True)

    for link in page.locator("dl.facts a[href^='/events/']").all()[:1]:
        link.click()
        page.wait_for_url("**/events/*")
        body = page.inner_text("main")
        assert "<script>alert(1)</script>" in body  # the full report text, escaped
        assert page.locator("main img").count() == 0
        page.screenshot(path=str(screenshots / "06-xss-event.png"), full_page=True)

    page.goto(server + "/search?q=onerror")
    assert "<img src=x onerror=alert(1)>" in page.inner_text("#results") or (
        "onerror" in page.inner_text("#results")
    )
    page.wait_for_timeout(300)  # give any injected handler its chance to fire
    assert page.dialogs == []  # type: ignore[attr-defined]
    assert page.evaluate("() => typeof window.__pwned") == "undefined"


def test_network_view_and_region_page(page: Page, server: str, screenshots: Path) -> None:
    page.goto(server + "/regions/RU-KLU")
    assert "Kaluga" in page.inner_text("h1")
    assert page.locator("#names tr").count() > 5  # names in many languages
    page.screenshot(path=str(screenshots / "07-region.png"), full_page=True)
    page.goto(server + "/network")
    nodes = page.locator("svg.net g.node")
    assert nodes.count() >= 10
    nodes.first.locator("circle").hover()
    assert page.locator("svg.net line.active").count() >= 1  # our own JS ran (CSP allows 'self')
    page.screenshot(path=str(screenshots / "08-network.png"), full_page=True)


# -- corrections in the browser ----------------------------------------------------------
TOKEN = "browser-test-token"


@pytest.fixture(scope="session")
def edit_server(
    demo_db: tuple[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str, Path]]:
    """A second server with --allow-edit over a copy of the demo database."""
    folder = tmp_path_factory.mktemp("edit")
    db = demo_db[1]
    port = free_port()
    log = (folder / "serve.log").open("w+")
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "diplograph.cli", "serve", "--db", db),
            *("--port", str(port), "--quiet", "--allow-edit"),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=dict(os.environ, PYTHONWARNINGS="error", DIPLOGRAPH_TOKEN=TOKEN),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                log.seek(0)
                pytest.fail(f"diplograph serve exited {proc.returncode}: {log.read()}")
            try:
                if get_json(f"{base}/api/health")["edits"]:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("serve --allow-edit did not start")
            time.sleep(0.3)
        yield base, db, folder
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
        log.close()


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def _two_single_report_events(base: str) -> tuple[str, str]:
    """Two one-report events from different documents (a merge joins those)."""
    items = get_json(f"{base}/api/events?limit=100")["items"]
    singles = [e["event_id"] for e in items if e["reports"] == 1]
    docs = {}
    for ev in singles:
        docs[ev] = get_json(f"{base}/api/events/{ev}")["reports"][0]["doc_id"]
    first = singles[0]
    second = next(e for e in singles[1:] if docs[e] != docs[first])
    return first, second


def test_merge_in_the_browser_needs_the_token_is_audited_exported_and_undone(
    page: Page, edit_server: tuple[str, str, Path], screenshots: Path
) -> None:
    base, db, folder = edit_server
    keep, other = _two_single_report_events(base)
    page.goto(f"{base}/events/{keep}")
    assert page.inner_text("#report-count") == "1"

    # Without the token: refused, nothing changes.
    page.fill("#edit-author", "analyst A")
    page.fill("#merge-form input[name=other]", other)
    page.click("#merge-form button[type=submit]")
    page.locator("#edit-status", has_text="refused").wait_for()  # CSP: no eval
    assert "refused (401)" in page.inner_text("#edit-status")
    assert _status(f"{base}/api/events/{other}") == 200
    assert get_json(f"{base}/api/corrections")["total"] == 0
    page.screenshot(path=str(screenshots / "10-merge-refused.png"), full_page=True)

    # With the token: one event with both reports after the reload.
    page.fill("#edit-token", TOKEN)
    page.fill("#merge-form input[name=other]", other)
    with page.expect_navigation():
        page.click("#merge-form button[type=submit]")
    assert page.inner_text("#report-count") == "2"
    assert page.locator("section.report").count() == 2
    assert _status(f"{base}/api/events/{other}") == 404
    page.reload()
    assert page.inner_text("#report-count") == "2"
    page.screenshot(path=str(screenshots / "11-merged-event.png"), full_page=True)

    # The audit page lists the merge with its author.
    page.goto(f"{base}/corrections")
    row = page.locator("#corrections tr[data-action=merge]")
    assert row.count() == 1
    text = row.inner_text()
    assert "analyst A" in text and keep in text and other in text
    page.screenshot(path=str(screenshots / "12-audit.png"), full_page=True)

    # `diplograph export` shows one event_id for both reports.
    out = folder / "export.jsonl"
    proc = run_cli("export", "--db", db, "--format", "jsonl", "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    ids = [ev["event_id"] for line in out.read_text("utf-8").splitlines()
           for ev in json.loads(line)["events"]]  # fmt: skip
    assert ids.count(keep) == 2 and other not in ids

    # Undo (a correction too) restores the two events.
    page.goto(f"{base}/events/{keep}")
    with page.expect_navigation():
        page.click("#event-corrections tr[data-action=merge] .undo-form button")
    assert page.inner_text("#report-count") == "1"
    assert _status(f"{base}/api/events/{other}") == 200
    actions = [c["action"] for c in get_json(f"{base}/api/corrections")["items"]]
    assert actions == ["undo", "merge"]
    page.screenshot(path=str(screenshots / "13-undone.png"), full_page=True)
    assert page.dialogs == []  # type: ignore[attr-defined]
