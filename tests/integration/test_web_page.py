"""The web page at ``/`` in a real headless Chromium, against the API on the loaded seeds.

Installs nothing: skips when /usr/bin/chromium or the playwright package is missing (scripts/test.sh
installs both). Screenshots go to ``test-output/web-page/`` in the repository (gitignored).
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from neo4j import GraphDatabase

from api.app import create_app
from api.db import Target
from tests.integration.seeded import load_seeds

pytestmark = pytest.mark.integration

CHROMIUM = Path("/usr/bin/chromium")
OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "web-page"
# The network is closed: without these Chromium keeps trying to reach Google's hosts.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
QUESTION = "县里的扶贫资金被挪用谁负责"
# Bearers, overseers and the top of the chain the county-fund question must show.
EXPECTED = {"县级政府", "县级党委和政府", "县级党委和政府主要负责人", "审计署", "中央纪委机关", "党中央、国务院"}
QUOTE = "对扶贫资金管理监督负首要责任"  # 第十九条: the county government's 首要责任


@pytest.fixture(scope="module")
def base_url(neo4j_connection: Any) -> Iterator[str]:
    """The API (and so the page) served by uvicorn in a thread on a free port."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (scripts/test.sh installs Debian's chromium)")
    pytest.importorskip("playwright.sync_api", reason="the playwright package is missing (pip install -e '.[dev]')")
    with GraphDatabase.driver(neo4j_connection.uri, auth=neo4j_connection.auth) as driver:
        load_seeds(driver, neo4j_connection.database)
    target = Target(neo4j_connection.uri, neo4j_connection.auth, neo4j_connection.database)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(target), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(base_url: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    shutil.rmtree(OUTPUT, ignore_errors=True)
    OUTPUT.mkdir(parents=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1500, "height": 1000}, locale="zh-CN")
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.goto(base_url + "/")
    _wait_done(tab)
    yield tab
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_done(tab: Any) -> None:
    tab.wait_for_selector("#view[data-state=done], #view[data-state=error]", timeout=30_000)
    assert tab.get_attribute("#view", "data-state") == "done", tab.inner_text("#status")


def _graph_names(tab: Any) -> set[str]:
    return set(tab.locator("#graph .node .name").all_text_contents())  # SVG text has no innerText


def test_county_fund_question_draws_the_chain_with_article_text(page: Any, base_url: str) -> None:
    page.fill("#question", QUESTION)
    page.click("#ask-form button[type=submit]")
    page.wait_for_selector("#graph .node", timeout=30_000)
    _wait_done(page)
    names = _graph_names(page)
    assert names >= EXPECTED, f"missing from the drawing: {EXPECTED - names}"
    # Every organ of the API's answer is drawn: the page hides nothing the API said.
    answer = page.evaluate(f"fetch('/api/v1/ask?q={QUESTION}').then(r => r.json())")["answer"]
    assert {o["name"] for o in answer["organs"]} <= names
    # Levels top to bottom: the centre is drawn above the county.
    top = {
        n: page.locator("#graph .node", has_text=n).first.bounding_box()["y"] for n in ("党中央、国务院", "县级政府")
    }
    assert top["党中央、国务院"] < top["县级政府"]
    # Edge types are told apart in the drawing and the legend.
    assert {"SUPERVISES", "REPORTS_TO", "PART_OF"} <= set(
        page.eval_on_selector_all("#graph path.edge", "paths => paths.map(p => p.dataset.type)")
    )
    assert "监督" in page.inner_text("#legend") and "报告" in page.inner_text("#legend")
    # The cited article text beside the drawing, the quoted span marked.
    card = page.locator(".article", has_text="第十九条").first
    assert QUOTE in card.inner_text()
    assert QUOTE in card.locator("mark").all_inner_texts()
    page.screenshot(path=str(OUTPUT / "01-county-fund-question.png"), full_page=True)
    page.locator("#graph-box").screenshot(path=str(OUTPUT / "02-county-fund-chain-graph.png"))


def test_chain_form_and_opening_an_organ(page: Any) -> None:
    page.select_option("#document", "jx-tpgj")
    page.select_option("#topic", "fund")
    page.select_option("#level", "county")
    page.click("#chain-form button[type=submit]")
    page.wait_for_selector("#graph .node", timeout=30_000)
    _wait_done(page)
    assert "江西省" in page.inner_text("#summary")
    assert {"县级政府", "省委、省政府"} <= _graph_names(page)
    page.screenshot(path=str(OUTPUT / "03-jiangxi-county-fund-chain.png"), full_page=True)
    page.locator("#graph .node", has_text="县级政府").first.click()
    page.wait_for_function("document.querySelector('#view-title').textContent === '县级政府'")
    _wait_done(page)
    assert "职责" in page.inner_text("#details")


def test_organ_search_opens_the_organ(page: Any) -> None:
    page.select_option("#document", "cn-2016-tpgj")
    page.fill("#organ-query", "审计")
    page.click("#organ-form button[type=submit]")
    page.wait_for_selector("#organ-results a", timeout=30_000)
    page.locator("#organ-results a", has_text="审计署").first.click()
    page.wait_for_function("document.querySelector('#view-title').textContent === '审计署'")
    _wait_done(page)
    details = page.inner_text("#details")
    assert "跟踪审计" in details
    assert "审计署" in _graph_names(page)
    page.screenshot(path=str(OUTPUT / "04-organ-audit-office.png"), full_page=True)
