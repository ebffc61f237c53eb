"""Reference rules CC101–CC111: each fires on a small corpus and stays silent on a near miss."""

from __future__ import annotations

import copy

from ..ruletools import T, base_plan, codes, line_of


def child_plan(**changes):
    p = base_plan(slug="tinh-a-5-kh-snv-2022", number="5/KH-SNV", date="2022-12-30", period=(2023, 2023))
    p["issuer"] = {"agency": "tinh-a/so-noi-vu", "printed": "Sở Nội vụ"}
    p["document"]["issuer_printed"] = "Sở Nội vụ"
    p["parent"] = "tinh-a-100-kh-ubnd-2022"
    p["targets"] = []
    p["tasks"][0]["deadline"] = {"kind": "quarter", "printed": "Quý IV/2023", "quarter": 4, "year": 2023}
    p["citations"].append(
        {
            "id": "c2",
            "document": "tinh-a-100-kh-ubnd-2022",
            "plan": "tinh-a-100-kh-ubnd-2022",
            "role": "implements",
            "section": "preamble",
            "printed": "Kế hoạch số 100/KH-UBND ngày 10/01/2022 của UBND tỉnh",
            "number": "100/KH-UBND",
            "type": "ke-hoach",
            "issuer_printed": "UBND tỉnh",
            "date": "2022-01-10",
        }
    )
    p.update(changes)
    return p


def with_parent_document(project):
    project.documents.append(
        {
            "id": "tinh-a-100-kh-ubnd-2022",
            "number": "100/KH-UBND",
            "type": "ke-hoach",
            "issuer": "tinh-a/ubnd-tinh",
            "date": "2022-01-10",
            "year": 2022,
            "plan": "tinh-a-100-kh-ubnd-2022",
            "title": T("Kế hoạch CCHC", "Reform plan"),
        }
    )


def test_cc101_fires_when_child_cites_parent_with_another_date(project):
    project.add(base_plan())
    child = project.add(child_plan())
    with_parent_document(project)
    child["citations"][1]["date"] = "2022-01-12"
    report = project.lint()
    assert codes(report, "CC101") == [("CC101", project.plan_path(child["slug"]), line_of(project, child["slug"], "2022-01-12"))]
    related = report.results[0].finding.related[0]
    assert related.path == project.plan_path("tinh-a-100-kh-ubnd-2022")


def test_cc101_silent_when_dates_agree(project):
    project.add(base_plan())
    project.add(child_plan())
    with_parent_document(project)
    assert codes(project.lint(), "CC101") == []


def test_cc101_registry_date_disagreeing_with_plan_header(project):
    project.add(base_plan())
    with_parent_document(project)
    project.documents[-1]["date"] = "2022-01-11"
    assert [c[1] for c in codes(project.lint(), "CC101")] == ["registry/documents/docs.yaml"]


def test_cc101_identity_is_number_issuer_and_year(project):
    """76/NQ-CP of 2013 is another document: citing it with its own date is fine."""
    plan = project.add(base_plan())
    plan["citations"].append(
        {
            "id": "c2",
            "document": "76-nq-cp-2013",
            "role": "body",
            "section": "I",
            "printed": "Nghị quyết 76/NQ-CP ngày 13/6/2013",
            "number": "76/NQ-CP",
            "issuer_printed": "Chính phủ",
            "date": "2013-06-13",
        }
    )
    assert codes(project.lint(), "CC101") == []


def test_cc101_citations_without_reference_date_must_agree(project):
    project.documents[0].pop("date")
    plan = project.add(base_plan())
    second = copy.deepcopy(plan["citations"][0])
    second.update(id="c2", date="2021-07-16", section="I")
    plan["citations"].append(second)
    assert codes(project.lint(), "CC101") == [("CC101", project.plan_path(plan["slug"]), line_of(project, plan["slug"], "2021-07-16"))]


def test_cc102_issuer_mismatch(project):
    plan = project.add(base_plan())
    plan["citations"][0]["issuer_printed"] = "Bộ Nội vụ"
    assert codes(project.lint(), "CC102") == [
        ("CC102", project.plan_path(plan["slug"]), line_of(project, plan["slug"], "issuer_printed: Bộ Nội vụ"))
    ]


def test_cc102_spelling_in_aliases_is_fine(project):
    plan = project.add(base_plan())
    plan["citations"][0]["issuer_printed"] = "CHÍNH PHỦ"
    assert codes(project.lint(), "CC102") == []


def test_cc102_registered_name_inside_a_longer_designation_is_fine(project):
    plan = project.add(base_plan())
    plan["citations"][0]["issuer_printed"] = "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert codes(project.lint(), "CC102") == []
    plan["citations"][0]["issuer_printed"] = "Hội nghị lần thứ năm Chính phủ"
    assert codes(project.lint(), "CC102") == []
    plan["citations"][0]["issuer_printed"] = "Văn phòng Chính phủ"  # another body, though it ends with the name
    slug = plan["slug"]
    assert codes(project.lint(), "CC102") == [
        ("CC102", project.plan_path(slug), line_of(project, slug, "issuer_printed: Văn phòng Chính phủ"))
    ]


def test_cc103_number_mismatch(project):
    plan = project.add(base_plan())
    plan["citations"][0]["number"] = "67/NQ-CP"
    assert codes(project.lint(), "CC103") == [
        ("CC103", project.plan_path(plan["slug"]), line_of(project, plan["slug"], "number: 67/NQ-CP"))
    ]


def test_cc103_spacing_and_case_do_not_matter(project):
    plan = project.add(base_plan())
    plan["citations"][0]["number"] = "76/nq-CP "
    assert codes(project.lint(), "CC103") == []


def test_cc104_unknown_document(project):
    plan = project.add(base_plan())
    plan["citations"][0]["document"] = "99-nq-cp-2099"
    assert codes(project.lint(), "CC104") == [("CC104", project.plan_path(plan["slug"]), line_of(project, plan["slug"], "99-nq-cp-2099"))]


def test_cc104_corpus_plan_slug_is_a_known_document(project):
    project.add(base_plan())
    project.add(child_plan())
    assert codes(project.lint(), "CC104") == []


def test_cc105_unknown_agency(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["lead"][0]["agency"] = "tinh-a/so-khong-co"
    assert codes(project.lint(), "CC105") == [
        ("CC105", project.plan_path(plan["slug"]), line_of(project, plan["slug"], "tinh-a/so-khong-co"))
    ]


def test_cc105_known_agencies_pass(project):
    project.add(base_plan())
    assert codes(project.lint(), "CC105") == []


def test_cc106_unknown_indicator(project):
    plan = project.add(base_plan())
    plan["targets"][2]["indicator"] = "PAR-IDNEX"
    assert codes(project.lint(), "CC106") == [("CC106", project.plan_path(plan["slug"]), line_of(project, plan["slug"], "PAR-IDNEX"))]


def test_cc107_broken_parent(project):
    project.add(base_plan())
    child = project.add(child_plan(parent="tinh-a-100-kh-ubnd-2012"))
    assert codes(project.lint(), "CC107") == [("CC107", project.plan_path(child["slug"]), line_of(project, child["slug"], "parent:"))]


def test_cc107_cycle(project):
    parent = project.add(base_plan())
    parent["parent"] = "tinh-a-5-kh-snv-2022"
    project.add(child_plan())
    report = project.lint()
    one, other = parent["slug"], "tinh-a-5-kh-snv-2022"
    assert codes(report, "CC107") == [
        ("CC107", project.plan_path(one), line_of(project, one, "parent:")),
        ("CC107", project.plan_path(other), line_of(project, other, "parent:")),
    ]


def test_cc107_valid_parent(project):
    project.add(base_plan())
    project.add(child_plan())
    assert codes(project.lint(), "CC107") == []


def test_cc108_missing_plan_link(project):
    project.add(base_plan())
    child = project.add(child_plan())
    del child["citations"][1]["plan"]
    assert codes(project.lint(), "CC108") == [
        ("CC108", project.plan_path(child["slug"]), line_of(project, child["slug"], "document: tinh-a-100-kh-ubnd-2022"))
    ]


def test_cc108_link_present(project):
    project.add(base_plan())
    project.add(child_plan())
    assert codes(project.lint(), "CC108") == []


def test_cc109_agency_of_another_province(project):
    plan = project.add(base_plan())
    plan["tasks"][1]["lead"][0]["agency"] = "tinh-b/so-noi-vu"
    assert codes(project.lint(), "CC109") == [
        ("CC109", project.plan_path(plan["slug"]), line_of(project, plan["slug"], "tinh-b/so-noi-vu"))
    ]


def test_cc109_central_agency_allowed(project):
    plan = project.add(base_plan())
    plan["tasks"][1]["cooperating"] = [{"agency": "trung-uong/chinh-phu", "printed": "Chính phủ"}]
    assert codes(project.lint(), "CC109") == []


def test_cc110_unknown_spelling(project):
    plan = project.add(base_plan())
    plan["tasks"][1]["lead"][0]["printed"] = "Sở Tư pháp"
    assert codes(project.lint(), "CC110") == [
        ("CC110", project.plan_path(plan["slug"]), line_of(project, plan["slug"], "printed: Sở Tư pháp", 2))
    ]


def test_cc110_case_and_punctuation_ignored(project):
    plan = project.add(base_plan())
    plan["tasks"][1]["lead"][0]["printed"] = "SỞ NỘI VỤ."
    assert codes(project.lint(), "CC110") == []


def test_cc111_duplicate_identity(project):
    project.add(base_plan())
    dup = copy.deepcopy(project.documents[0])
    dup["id"] = "nq-76-2021"
    project.documents.append(dup)
    report = project.lint()
    lines = (project.root / "registry" / "documents" / "docs.yaml").read_text(encoding="utf-8").split("\n")
    assert codes(report, "CC111") == [("CC111", "registry/documents/docs.yaml", lines.index("- id: nq-76-2021") + 1)]
    assert [dict(r.finding.params) for r in report.results if r.finding.rule == "CC111"] == [
        {"variant": "identity", "id": "nq-76-2021", "other": "76-nq-cp-2021"}
    ]


def test_cc111_same_number_other_year_is_not_duplicate(project):
    project.add(base_plan())
    assert codes(project.lint(), "CC111") == []


def test_cc111_duplicate_agency_id_across_files(project):
    project.add(base_plan())
    project.agencies["tinh-a-extra"] = [copy.deepcopy(project.agencies["tinh-a"][1])]
    found = codes(project.lint(), "CC111")
    assert [(f[0], f[1]) for f in found] == [("CC111", "registry/agencies/tinh-a.yaml")]


def test_cc112_two_ids_that_share_a_page(project):
    project.add(base_plan())
    impostor = {"id": "tinh-a/so/noi-vu", "name": {"vi": "Sở Nội vụ", "en": "Impostor"}, "level": "tinh", "kind": "single"}
    project.agencies["tinh-a"].append(impostor)
    found = [r.finding.params for r in project.lint().results if r.finding.rule == "CC112"]
    assert found == [{"id": "tinh-a/so/noi-vu", "other": "tinh-a/so-noi-vu", "page": "corpus/agencies/tinh-a/so-noi-vu.md"}]


def test_cc112_silent_on_distinct_pages_and_ids_with_a_trailing_newline_are_invalid(project):
    project.add(base_plan())
    assert codes(project.lint(), "CC112") == []
    project.agencies["tinh-a"].append(
        {"id": "tinh-a/so-noi-vu\n", "name": {"vi": "Sở Nội vụ", "en": "Impostor"}, "level": "tinh", "kind": "single"}
    )
    report = project.lint()
    assert [r.finding.rule for r in report.results if r.finding.location.path.startswith("registry/agencies/tinh-a")] == ["CC013"]


def test_cc113_agency_parent_cycle_reported_once(project):
    project.add(base_plan())
    agencies = project.agencies["tinh-a"]
    agencies[1]["parent"] = "tinh-a/so-tu-phap"
    agencies[2]["parent"] = "tinh-a/so-noi-vu"
    found = [r.finding.params["chain"] for r in project.lint().results if r.finding.rule == "CC113"]
    assert found == ["tinh-a/so-noi-vu → tinh-a/so-tu-phap → tinh-a/so-noi-vu"]


def test_cc113_silent_on_a_chain_that_ends(project):
    project.add(base_plan())
    project.agencies["tinh-a"][1]["parent"] = "tinh-a/ubnd-tinh"
    assert codes(project.lint(), "CC113") == []
