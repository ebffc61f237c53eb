"""A section names its annex by id (CC403), and a registry document may say its title is not printed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from linter.catalogue import render
from linter.export import registry_data
from linter.schema_check import SchemaSet
from linter.sitegen import urls
from linter.sitegen.context import SiteContext
from linter.sitegen.pages import agencies, documents
from linter.sitegen.words import t

from .ruletools import Project, T, base_plan, codes, line_of

SLUG = "tinh-a-100-kh-ubnd-2022"
SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schema"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    root = tmp_path / "project"
    root.mkdir()
    return Project(root)


def plan_with_annex(present: bool = True) -> dict[str, Any]:
    """A plan whose section II says “(Có phụ lục chi tiết kèm theo)” and records one annex, PL."""
    plan = base_plan()
    plan["sections"][1]["paragraphs"] = [T("(Có phụ lục chi tiết kèm theo)", "(With a detailed appendix attached)")]
    plan["annexes"] = [{"id": "PL", "title": T("Danh mục nhiệm vụ cải cách hành chính", "List of reform tasks"), "present": present}]
    return plan


# CC403: the reference is an annex id


def test_cc403_reports_a_reference_to_an_unknown_annex_id(project):
    plan = project.add(plan_with_annex())
    plan["sections"][1]["refers_to_annex"] = {"annex": "PL2", "printed": "phụ lục chi tiết"}
    report = project.lint()
    assert codes(report, "CC403") == [("CC403", project.plan_path(SLUG), line_of(project, SLUG, "annex: PL2"))]
    (result,) = [r for r in report.results if r.finding.rule == "CC403"]
    assert result.finding.params == {"variant": "unknown", "annex": "PL2", "known": "PL"}
    vi, en = render(result.finding, "vi"), render(result.finding, "en")
    assert "“PL2”" in vi and "các mã đã có: PL" in vi and "Thêm phụ lục" in vi
    assert "'PL2'" in en and "known ids: PL" in en and "Add the annex" in en


def test_cc403_lists_no_known_ids_when_the_plan_records_no_annex(project):
    plan = project.add(base_plan())
    plan["sections"][1]["refers_to_annex"] = {"annex": "PL"}
    report = project.lint()
    assert codes(report, "CC403") == [("CC403", project.plan_path(SLUG), line_of(project, SLUG, "annex: PL"))]
    assert [r.finding.params["known"] for r in report.results if r.finding.rule == "CC403"] == ["—"]


def test_cc403_reports_an_annex_recorded_absent(project):
    project.add(plan_with_annex(present=False))
    report = project.lint()
    assert codes(report, "CC403") == [("CC403", project.plan_path(SLUG), line_of(project, SLUG, "present: false"))]
    (result,) = [r for r in report.results if r.finding.rule == "CC403"]
    assert result.finding.params == {"annex": "Danh mục nhiệm vụ cải cách hành chính"}


def test_cc403_reports_an_absent_annex_once_even_when_a_section_refers_to_it(project):
    plan = project.add(plan_with_annex(present=False))
    plan["sections"][1]["refers_to_annex"] = {"annex": "PL", "printed": "phụ lục chi tiết"}
    assert codes(project.lint(), "CC403") == [("CC403", project.plan_path(SLUG), line_of(project, SLUG, "present: false"))]


def test_cc403_is_silent_on_a_known_id_whatever_the_words_printed(project):
    # The section prints “phụ lục chi tiết”; the annex's title is “Danh mục nhiệm vụ …”: the id links them.
    plan = project.add(plan_with_annex())
    plan["sections"][1]["refers_to_annex"] = {"annex": "PL", "printed": "phụ lục chi tiết"}
    assert codes(project.lint(), "CC403") == []


def test_a_reference_written_as_a_bare_name_is_a_schema_error(project):
    plan = project.add(plan_with_annex())
    plan["sections"][1]["refers_to_annex"] = "Phụ lục"
    assert [c for c, _, _ in codes(project.lint()) if c.startswith("CC01")] == ["CC012"]


# A registry document whose title no text prints


@pytest.fixture(scope="module")
def documents_schema() -> Any:
    return SchemaSet(SCHEMA_DIR).validator("documents")


def entry(**changes: Any) -> dict[str, Any]:
    doc = {"id": "15-cv-ubnd-2021", "number": "15/CV-UBND", "type": "cong-van", "issuer": "tinh-a/ubnd-tinh", "year": 2021}
    doc.update(changes)
    return {"documents": [doc]}


def test_schema_accepts_a_title_marked_not_printed(documents_schema):
    assert list(documents_schema.iter_errors(entry(title=None, title_printed=False))) == []


def test_schema_accepts_a_printed_title(documents_schema):
    assert list(documents_schema.iter_errors(entry(title=T("Về việc triển khai CCHC", "On implementing reform")))) == []


@pytest.mark.parametrize(
    "changes",
    [
        {"title": None},  # no title, no mark
        {"title": {"vi": ""}},  # an empty title
        {"title": None, "title_printed": True},  # a mark that says the opposite
        {"title": T("Về việc triển khai CCHC", "On implementing reform"), "title_printed": False},  # a title and the mark
        {"title_printed": False},  # the title key itself left out
    ],
)
def test_schema_rejects_a_missing_title_without_the_mark(documents_schema, changes):
    assert list(documents_schema.iter_errors(entry(**changes)))


def test_lint_asks_for_the_mark_on_a_null_title(project):
    project.documents.append(entry(title=None)["documents"][0])
    project.add(base_plan())
    found = [(r.finding.rule, r.finding.params.get("field")) for r in project.lint().results if r.finding.rule.startswith("CC01")]
    assert found == [("CC010", "title_printed")]


def test_the_site_words_for_a_title_not_printed_exist_in_both_languages():
    assert t("title_not_printed", "vi") == "(trích yếu không được in)"
    assert t("title_not_printed", "en") == "(title not printed)"


def test_lint_and_site_take_a_document_whose_title_is_not_printed(project):
    project.documents.append(entry(title=None, title_printed=False)["documents"][0])
    project.add(base_plan())
    report = project.lint()
    assert [r.finding.rule for r in report.results if r.finding.rule.startswith("CC0")] == []
    assert report.loaded is not None and report.loaded.corpus is not None
    ctx = SiteContext.build(report.loaded.corpus, report)
    pages = {p.path: p for module in (documents, agencies) for p in module.pages(ctx)}
    page = pages[urls.document("15-cv-ubnd-2021")]
    assert "(trích yếu không được in)" in page.vi and "(title not printed)" in page.en
    assert "(trích yếu không được in)" in pages[urls.index("documents")].vi
    assert "(title not printed)" in pages[urls.agency("tinh-a/ubnd-tinh")].en
    assert registry_data(report.loaded.corpus)["documents"]["15-cv-ubnd-2021"]["title"] is None
