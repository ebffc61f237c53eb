"""Where registry facts come from, and what the date, issuer and number findings say about it
(CC101, CC102, CC103); the issuer message that names the likely fix; one home for names and links."""

from __future__ import annotations

import copy
import unicodedata

from linter.catalogue import render
from linter.config import load_config
from linter.corpus import load_corpus

from ..ruletools import REPO, T, base_plan, codes, line_of

SLUG = "tinh-a-100-kh-ubnd-2022"
OTHER = "tinh-a-7-kh-snv-2022"


def results(report, code):
    return [r for r in report.results if r.finding.rule == code and not r.acknowledged]


def other_plan(project, **citation):
    """A second plan citing 76/NQ-CP, from which a registry fact may have been taken."""
    p = base_plan(slug=OTHER, number="7/KH-SNV", date="2022-03-01")
    p["citations"][0].update(citation)
    return project.add(p)


def source_of_76(project, **fields):
    project.documents[0].update(fields)


# -- CC101 ---------------------------------------------------------------------------------------


def test_cc101_registry_date_from_the_gazette_is_named_and_keeps_its_weight(project):
    source_of_76(project, source={"kind": "gazette"})
    plan = project.add(base_plan())
    plan["citations"][0]["date"] = "2021-07-16"
    report = project.lint()
    (r,) = results(report, "CC101")
    assert (r.finding.location.line, r.severity) == (line_of(project, SLUG, "2021-07-16"), "error")
    assert r.finding.params["variant"] == "registry" and r.finding.params["cited_in"] == "100/KH-UBND"
    assert render(r.finding, "en").startswith(
        "The citation in 100/KH-UBND dates document 76/NQ-CP 2021-07-16, but the document registry "
        "(registry/documents/docs.yaml), from the official gazette, says 2021-07-15."
    )
    assert "theo công báo" in render(r.finding, "vi")


def test_cc101_registry_date_known_only_from_a_citation_is_lighter_and_names_both_citations(project):
    other_plan(project)
    source_of_76(project, source={"kind": "citation", "plan": OTHER, "citation": "c1"})
    plan = project.add(base_plan())
    plan["citations"][0]["date"] = "2021-07-16"
    report = project.lint()
    (r,) = results(report, "CC101")
    assert (r.finding.location.path, r.finding.location.line) == (project.plan_path(SLUG), line_of(project, SLUG, "2021-07-16"))
    assert r.severity == "warning"
    assert (r.finding.params["variant"], r.finding.params["other_plan"], r.finding.params["other_citation"]) == (
        "citation",
        "7/KH-SNV",
        "c1",
    )
    assert "two citations disagree and it is not known which is right" in render(r.finding, "en")
    assert [loc.path for loc in r.finding.related] == ["registry/documents/docs.yaml", project.plan_path(OTHER)]


def test_cc101_per_field_source_wins_over_the_entry_source(project):
    other_plan(project)
    source_of_76(project, source={"kind": "gazette"}, sources={"date": {"kind": "citation", "plan": OTHER, "citation": "c1"}})
    plan = project.add(base_plan())
    plan["citations"][0]["date"] = "2021-07-16"
    (r,) = results(project.lint(), "CC101")
    assert (r.finding.params["variant"], r.severity) == ("citation", "warning")


def test_cc101_unsourced_registry_date_says_so(project):
    plan = project.add(base_plan())
    plan["citations"][0]["date"] = "2021-07-16"
    (r,) = results(project.lint(), "CC101")
    assert r.severity == "error" and "with no recorded source" in render(r.finding, "en")


def test_cc101_two_citations_without_a_registry_date_are_a_lighter_disagreement(project):
    project.documents[0].pop("date")
    plan = project.add(base_plan())
    second = copy.deepcopy(plan["citations"][0])
    second.update(id="c2", date="2021-07-16", section="I")
    plan["citations"].append(second)
    (r,) = results(project.lint(), "CC101")
    assert (r.finding.params["variant"], r.severity, r.finding.location.line) == (
        "citations",
        "warning",
        line_of(project, SLUG, "2021-07-16"),
    )


# -- CC102 ---------------------------------------------------------------------------------------


def with_provincial_document(project, **fields):
    project.documents.append(
        {
            "id": "tinh-a-9-qd-ubnd-2021",
            "number": "9/QĐ-UBND",
            "type": "quyet-dinh",
            "issuer": "tinh-a/ubnd-tinh",
            "date": "2021-03-01",
            "year": 2021,
            "title": T("Quy chế", "Rules"),
            **fields,
        }
    )


def cite_provincial(plan, issuer):
    plan["citations"].append(
        {
            "id": "c2",
            "document": "tinh-a-9-qd-ubnd-2021",
            "role": "legal-basis",
            "section": "preamble",
            "printed": f"Quyết định số 9/QĐ-UBND ngày 01/3/2021 của {issuer}",
            "number": "9/QĐ-UBND",
            "issuer_printed": issuer,
            "date": "2021-03-01",
        }
    )


def test_cc102_abbreviated_or_placed_name_asks_for_an_alias(project):
    with_provincial_document(project, source={"kind": "self"})
    plan = project.add(base_plan())
    cite_provincial(plan, "Ủy ban nhân dân tỉnh")
    report = project.lint()
    (r,) = results(report, "CC102")
    assert r.finding.location.line == line_of(project, SLUG, "issuer_printed: Ủy ban nhân dân tỉnh")
    assert (r.finding.params["variant"], r.finding.params["agency"], r.severity) == ("alias", "tinh-a/ubnd-tinh", "warning")
    assert "add 'Ủy ban nhân dân tỉnh' to the `aliases` of tinh-a/ubnd-tinh" in render(r.finding, "en")


def test_cc102_name_of_another_registered_agency_is_a_wrong_issuer_not_an_alias(project):
    with_provincial_document(project, source={"kind": "gazette"})
    plan = project.add(base_plan())
    cite_provincial(plan, "Sở Tư pháp")
    (r,) = results(project.lint(), "CC102")
    assert "variant" not in r.finding.params
    assert "from the official gazette" in render(r.finding, "en") and "fix `document`" in render(r.finding, "en")


def test_cc102_agency_without_aliases_asks_for_an_alias(project):
    project.agencies["trung-uong"][0]["aliases"] = []
    plan = project.add(base_plan())
    plan["citations"][0]["issuer_printed"] = "Chánh phủ"
    (r,) = results(project.lint(), "CC102")
    assert r.finding.params["variant"] == "alias"


def test_cc102_registry_issuer_known_only_from_a_citation_is_info(project):
    other_plan(project)
    source_of_76(project, sources={"issuer": {"kind": "citation", "plan": OTHER, "citation": "c1"}})
    project.agencies["trung-uong"].append(
        {"id": "trung-uong/bo-noi-vu", "name": T("Bộ Nội vụ", "Ministry of Home Affairs"), "level": "trung-uong", "kind": "single"}
    )
    plan = project.add(base_plan())
    plan["citations"][0]["issuer_printed"] = "Bộ Nội vụ"
    (r,) = results(project.lint(), "CC102")
    assert (r.finding.params["variant"], r.severity, r.finding.params["other_plan"]) == ("citation", "info", "7/KH-SNV")


def test_cc102_tone_placement_and_unicode_form_compare_equal(project):
    plan = project.add(base_plan())
    cite = plan["citations"][0]
    # "ỦY BAN NHÂN DÂN TỈNH A" is an alias; old tone placement and decomposed form are the same name
    with_provincial_document(project)
    cite_provincial(plan, unicodedata.normalize("NFD", "UỶ BAN NHÂN DÂN TỈNH A"))
    cite["issuer_printed"] = unicodedata.normalize("NFD", "Chính phủ")
    assert codes(project.lint(), "CC102") == []


# -- CC103 ---------------------------------------------------------------------------------------


def test_cc103_number_known_only_from_a_citation_is_info(project):
    other_plan(project)
    source_of_76(project, source={"kind": "citation", "plan": OTHER, "citation": "c1"})
    plan = project.add(base_plan())
    plan["citations"][0]["number"] = "67/NQ-CP"
    (r,) = results(project.lint(), "CC103")
    assert (r.finding.location.line, r.severity, r.finding.params["variant"]) == (
        line_of(project, SLUG, "number: 67/NQ-CP"),
        "info",
        "citation",
    )


def test_cc103_number_from_the_gazette_is_a_warning_naming_its_source(project):
    source_of_76(project, source={"kind": "gazette"})
    plan = project.add(base_plan())
    plan["citations"][0]["number"] = "67/NQ-CP"
    (r,) = results(project.lint(), "CC103")
    assert r.severity == "warning" and "(76/NQ-CP, from the official gazette)" in render(r.finding, "en")


# -- the real registry ---------------------------------------------------------------------------


def test_every_registry_document_says_where_it_comes_from():
    corpus = load_corpus(load_config(REPO)).corpus
    for doc in corpus.documents.values():
        source = doc.sources.entry
        assert source is not None, doc.id
        if doc.plan:
            assert source.kind == "self", doc.id
        for field_name in ("number", "date", "issuer", "title"):
            s = doc.sources.of(field_name)
            assert s is not None, (doc.id, field_name)
            if s.kind == "citation":
                plan = corpus.plans[s.plan or ""]
                cited = [c for c in plan.citations if c.id == s.citation]
                assert cited and cited[0].document == doc.id, (doc.id, field_name)


# -- one home -------------------------------------------------------------------------------------


def test_names_and_plan_links_have_one_home():
    from linter.rules import (
        _refs,
        cc101_citation_date_mismatch,
        cc102_citation_issuer_mismatch,
        cc108_citation_plan_link,
        cc110_unknown_spelling,
    )

    assert cc102_citation_issuer_mismatch.agency_names is _refs.agency_names is cc110_unknown_spelling.agency_names
    assert cc101_citation_date_mismatch.plan_behind is _refs.plan_behind is cc108_citation_plan_link.plan_behind
