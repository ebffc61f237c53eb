from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from .browsing import ARTIFACTS, DESKTOP, Watched, chromium_path
from .sitetools import REPO, build_project, copy_site_sources, serve

@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real corpus built into a temporary project (one build per test worker)."""
    root = tmp_path_factory.mktemp("site-project")
    for name in ("plans", "registry", "schema", "sources"):
        shutil.copytree(REPO / name, root / name)
    shutil.copyfile(REPO / "pyproject.toml", root / "pyproject.toml")
    copy_site_sources(root)
    result = build_project(root, strict=True)
    return result.site_dir


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    httpd, url = serve(built_site)
    yield url
    httpd.shutdown()


@pytest.fixture(scope="session")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    exe = chromium_path()
    if exe is None:
        pytest.fail("Chromium is not installed: run `make test` (it installs Debian's chromium) or apt-get install chromium")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def open_page(browser, site_url: str, request: pytest.FixtureRequest):
    """``open_page(width)``: a watched page of that width; closed after the test, screenshotted if it fails."""
    pages: list[Watched] = []
    request.node.open_pages = []

    def make(width: int = DESKTOP, height: int = 900) -> Watched:
        w = Watched(browser, site_url, width, height)
        pages.append(w)
        request.node.open_pages.append(w.page)
        return w

    yield make
    for w in pages:
        w.page.close()


@pytest.fixture
def watched(open_page) -> Watched:
    return open_page()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """A failing test that opened browser pages leaves one screenshot per page in test-artifacts/."""
    report = yield
    if report.failed and call.when == "call":
        for i, page in enumerate(getattr(item, "open_pages", [])):
            name = re.sub(r"[^A-Za-z0-9._-]+", "_", item.nodeid.split("::", 1)[-1])
            try:
                ARTIFACTS.mkdir(exist_ok=True)
                page.screenshot(path=str(ARTIFACTS / f"{name}-{i}.png"), full_page=True)
            except Exception:  # a closed or crashed page leaves no screenshot; the report stays the test's own
                pass
    return report
