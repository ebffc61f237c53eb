"""The site built from the corpus: every page kind in both languages, no dead link, nothing external."""

from __future__ import annotations

import json
import re
from pathlib import Path

from linter.config import load_config
from linter.engine import lint

from .sitetools import REPO, dead_links, external_resources


def corpus():
    report = lint(load_config(REPO), [])
    return report.loaded.corpus


def test_every_page_kind_in_both_languages(built_site: Path):
    c = corpus()
    plan = next(iter(c.plans.values()))
    agency_id = plan.issuer.agency
    scope, name = agency_id.split("/", 1)
    indicator = next(iter(c.indicators))
    document = next(iter(c.documents))
    from linter.textnorm import slugify

    pages = ["", "corpus/plans/", f"corpus/plans/{plan.slug}/", "corpus/provinces/", f"corpus/provinces/{plan.province}/",
             "corpus/agencies/", f"corpus/agencies/{scope}/{name}/", "corpus/indicators/", f"corpus/indicators/{slugify(indicator)}/",
             "corpus/documents/", f"corpus/documents/{slugify(document)}/", "corpus/rules/", "corpus/rules/cc101/",
             "corpus/findings/", "contributing/", "data-model/"]
    for lang_prefix, html_lang in (("", "vi"), ("en/", "en")):
        for page in pages:
            path = built_site / lang_prefix / page / "index.html"
            assert path.exists(), path
            assert f'<html lang="{html_lang}"' in path.read_text(encoding="utf-8"), path


def test_every_plan_has_a_page_and_downloads(built_site: Path):
    for slug, plan in corpus().plans.items():
        page = (built_site / "corpus" / "plans" / slug / "index.html").read_text(encoding="utf-8")
        assert plan.header.number in page
        for ext in ("yaml", "json", "csv"):
            assert (built_site / "corpus" / "downloads" / f"{slug}.{ext}").stat().st_size > 0
        data = json.loads((built_site / "corpus" / "downloads" / f"{slug}.json").read_text(encoding="utf-8"))
        assert data["slug"] == slug


def test_no_dead_links_or_anchors(built_site: Path):
    assert dead_links(built_site) == []


def test_nothing_is_loaded_from_another_host(built_site: Path):
    assert external_resources(built_site) == []


def _index(site: Path, lang: str) -> dict:
    path = site / ("" if lang == "vi" else lang) / "search" / "search_index.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_one_search_index_per_language_with_folded_text(built_site: Path):
    vi, en = _index(built_site, "vi"), _index(built_site, "en")
    for index in (vi, en):
        assert "folded" in index["config"]["fields"] and index["config"]["pipeline"] == []
        assert index["docs"] and not any(d["location"].startswith("en/") for d in index["docs"])
    # the same page, once per language, each in its own index
    assert any(d["location"] == "corpus/plans/" and d["title"] == "Kế hoạch" for d in vi["docs"])
    assert any(d["location"] == "corpus/plans/" and d["title"] == "Plans" for d in en["docs"])
    assert not any(d["title"] == "Plans" for d in vi["docs"])
    home = next(d for d in vi["docs"] if "cải cách" in d["text"])
    words = home["folded"].split()
    assert {"cai", "cach"} <= set(words) and len(words) == len(set(words))
    # a word the text already holds as it is ("kế hoạch" folds to "ke hoach"; "dữ liệu" to "du lieu") is not held twice
    assert not set(words) & set(home["text"].lower().split())


def test_folded_words_are_new_words_once() -> None:
    from linter.sitegen.search import new_words

    sep = re.compile(r"[\s\-]+")
    assert new_words("Cải cách hành chính, cải cách thể chế", sep) == "cai cach hanh chinh, the che"
    assert new_words("Plan 2021-2025 of Đồng Nai", sep) == "dong"
    assert new_words("PAR INDEX", sep) == ""


def test_search_indexes_readable_text_once(built_site: Path):
    for lang in ("vi", "en"):
        docs = _index(built_site, lang)["docs"]
        # a source text is on its plan's page in full: its own page is not indexed twice
        assert not any(d["location"].startswith("corpus/sources/") for d in docs)
        # table cells are separated, so snippets read as words ("Nhiệm vụ Chủ trì", not "Nhiệm vụChủ trì")
        tasks = [d["text"] for d in docs if d["location"].endswith("#tasks")]
        assert tasks and all(("Nhiệm vụChủ trì" not in x) and ("TaskLead" not in x) for x in tasks)
        # findings and timelines repeat the plan's text: kept out of the index
        assert not any(d["location"].endswith(("#findings", "#timeline")) and len(d["text"]) > 400 for d in docs)


def test_plan_page_shows_findings_next_to_what_they_concern(built_site: Path):
    c = corpus()
    report = lint(load_config(REPO), [])
    plans_with_findings = {r.finding.location.path for r in report.results}
    for slug, plan in c.plans.items():
        if plan.path in plans_with_findings:
            html = (built_site / "corpus" / "plans" / slug / "index.html").read_text(encoding="utf-8")
            assert 'class="cchc-badge' in html
            assert 'id="findings"' in html
            break


def test_rule_reference_has_every_rule(built_site: Path):
    report = lint(load_config(REPO), [])
    for code in report.rules:
        for prefix in ("", "en/"):
            assert (built_site / prefix / "corpus" / "rules" / code.lower() / "index.html").exists()


def test_site_command_end_to_end(built_site: Path, tmp_path: Path):
    """`cchc site build --strict` as an editor or CI runs it: exit 0, a report in both languages."""
    from ..conftest import run_cli

    project = built_site.parent
    r = run_cli("site", "build", "--root", str(project), "--site-dir", str(tmp_path / "out"), "--strict", timeout=600)
    assert r.code == 0, r.out + r.err
    assert "Đã tạo" in r.out and "Generated" in r.out
    assert (tmp_path / "out" / "index.html").exists() and (tmp_path / "out" / "en" / "index.html").exists()
    broken = run_cli("site", "build", "--root", str(project), "-f", str(tmp_path / "missing.yml"))
    assert broken.code == 2 and "Traceback" not in broken.err


def test_source_pages_show_the_text_as_found_and_paragraphs_link_to_their_lines(built_site: Path):
    import re

    c = corpus()
    for slug, plan in c.plans.items():
        assert plan.transcription is not None
        raw = (REPO / plan.transcription.source).read_bytes()
        for prefix in ("", "en/"):
            page = (built_site / prefix / "corpus" / "sources" / slug / "index.html").read_text(encoding="utf-8")
            lines = raw.decode("utf-8").split("\n")
            assert f'id="L{len(lines)}"' in page and 'id="L1"' in page
            # the plan page states the transcription status and links each paragraph to its source lines
            plan_page = (built_site / prefix / "corpus" / "plans" / slug / "index.html").read_text(encoding="utf-8")
            assert f"sources/{slug}/#L" in plan_page
            assert ("Đã chép đủ" if prefix == "" else "Complete") in plan_page
        assert (built_site / "corpus" / "downloads" / f"{slug}.source.txt").read_bytes() == raw
    # a paragraph's link points at the line where its text starts
    plan = c.plans["ca-mau-70-qd-ubnd-2016"]
    page = (built_site / "corpus" / "plans" / plan.slug / "index.html").read_text(encoding="utf-8")
    m = re.search(r'<p>Từ những tồn tại, hạn chế nêu trên[^<]*<a href="[^"]*sources/ca-mau-70-qd-ubnd-2016/#L(\d+)" class="cchc-srcref"', page)
    assert m is not None
    line = int(m.group(1))
    assert "PAR INDER" in (REPO / plan.transcription.source).read_text(encoding="utf-8").split("\n")[line - 1]


def test_reported_results_are_charted_beside_targets(built_site: Path):
    page = (built_site / "corpus" / "indicators" / "par-index" / "index.html").read_text(encoding="utf-8")
    assert "<rect" in page and "38/63" in page and "70/QĐ-UBND" in page
    plan = (built_site / "en" / "corpus" / "plans" / "ca-mau-70-qd-ubnd-2016" / "index.html").read_text(encoding="utf-8")
    assert "Results reported by the document" in plan and "42/63" in plan
