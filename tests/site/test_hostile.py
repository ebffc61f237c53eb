"""Data text is inert: templates, scripts, HTML and javascript: links in YAML render as plain text."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from linter.textnorm import CONTROL, visible

from ..ruletools import Project, base_plan
from .sitetools import build_project, copy_site_sources, dead_links

PAYLOADS = [
    "{{ 7*7 }}",
    "{% raw %}x{% endraw %}",
    "<script>alert('xss')</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "javascript:alert(1)",
    "**bold** _it_ `code` {#id .cls}",
    "| a | b |",
    "</title><script>alert('title')</script>",
    "\x86[bấm vào đây](javascript:alert(document.domain))",
    "\x9f[x](javascript:alert(2)) \u202e \x1b]52;c;SGVsbG8=\x07",
]
HOSTILE = " ".join(PAYLOADS)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.bad: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("img", "iframe", "object", "embed"):
            if a.get("onerror") is not None or a.get("src") == "x":
                self.bad.append(f"<{tag}> from data")
        for k, v in attrs:
            if k.startswith("on"):
                self.bad.append(f"{tag} {k}")
            if k in ("href", "src") and v and v.strip().lower().startswith("javascript:"):
                self.bad.append(f"{tag} {k}={v}")

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    project = Project(root)
    plan = base_plan()
    plan["document"]["title"] = {"vi": HOSTILE, "en": HOSTILE}
    plan["plan"]["title"] = {"vi": HOSTILE, "en": HOSTILE}
    plan["tasks"][0]["text"] = {"vi": HOSTILE, "en": HOSTILE + " (en)"}
    plan["tasks"][0]["lead"][0]["printed"] = HOSTILE
    plan["tasks"][0]["notes"] = {"vi": HOSTILE, "en": HOSTILE}
    plan["targets"][0]["printed"] = {"vi": HOSTILE, "en": HOSTILE}
    plan["sections"][0]["heading"] = {"vi": HOSTILE, "en": HOSTILE}
    plan["sections"][0]["paragraphs"] = [{"vi": HOSTILE, "en": HOSTILE}]
    plan["citations"][0]["printed"] = HOSTILE
    plan["document"]["place"] = HOSTILE
    plan["document"]["recipients"] = [{"vi": HOSTILE, "en": HOSTILE}]
    plan["document"]["signer"]["name"] = HOSTILE
    plan["wrapper"] = {"articles": [{"number": "1", "text": {"vi": HOSTILE, "en": HOSTILE}}]}
    plan["transcription"]["notes"] = [{"vi": HOSTILE, "en": HOSTILE}]
    plan["tasks"][0]["deadline"] = {"kind": "unreadable", "printed": HOSTILE}
    project.agencies["tinh-a"][1]["name"] = {"vi": HOSTILE, "en": HOSTILE}
    project.agencies["tinh-a"][1]["aliases"].append(HOSTILE)
    project.documents[0]["title"] = {"vi": HOSTILE, "en": HOSTILE}
    project.add(plan)
    project.write()
    copy_site_sources(root)
    return build_project(root, strict=False).site_dir


def test_payloads_are_shown_as_text(hostile_site: Path):
    for prefix in ("", "en/"):
        page = hostile_site / prefix / "corpus" / "plans" / "tinh-a-100-kh-ubnd-2022" / "index.html"
        html = page.read_text(encoding="utf-8")
        parser = _Text()
        parser.feed(html)
        text = " ".join(" ".join(parser.text).split())
        assert parser.bad == []
        for payload in PAYLOADS:
            assert " ".join(visible(payload).split()) in text, payload     # control characters shown as escapes
        assert not CONTROL.search(html), "a control character reached the page"
        assert not re.search(r'href="\s*javascript', html, re.I)
        assert "<script>alert" not in html
        assert "</title><script>" not in html
        assert not re.search(r"\b49\b", text.replace(HOSTILE, "")), "a template was rendered"


def test_agency_page_is_inert_too(hostile_site: Path):
    html = (hostile_site / "corpus" / "agencies" / "tinh-a" / "so-noi-vu" / "index.html").read_text(encoding="utf-8")
    parser = _Text()
    parser.feed(html)
    assert parser.bad == []
    assert "<script>alert" not in html
    assert "{{ 7*7 }}" in " ".join(parser.text)
    assert not CONTROL.search(html) and not re.search(r'href="\s*javascript', html, re.I)


def test_no_page_of_the_hostile_site_links_to_a_script(hostile_site: Path):
    for page in hostile_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r'(href|src)="\s*(javascript|data|vbscript):', html, re.I), page


def test_hostile_site_has_no_dead_links(hostile_site: Path):
    assert dead_links(hostile_site) == []


@pytest.mark.browser
def test_nothing_executes_in_a_browser(hostile_site: Path, browser):
    from .sitetools import serve

    httpd, url = serve(hostile_site)
    events: list[str] = []
    page = browser.new_page()
    try:
        page.on("dialog", lambda d: (events.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: events.append(str(e)))
        for path in ("corpus/plans/tinh-a-100-kh-ubnd-2022/", "en/corpus/plans/tinh-a-100-kh-ubnd-2022/",
                     "corpus/agencies/tinh-a/so-noi-vu/", "corpus/documents/76-nq-cp-2021/"):
            page.goto(f"{url}/{path}")
            page.wait_for_load_state("networkidle")
            page.locator("a", has_text="click").count()
            assert "{{ 7*7 }}" in page.inner_text("body")
    finally:
        page.close()
        httpd.shutdown()
    assert events == []
