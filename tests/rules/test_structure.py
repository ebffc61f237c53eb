"""Structure rules CC021, CC401–CC407."""

from __future__ import annotations

import shutil

from ..ruletools import T, base_plan, codes, line_of

SLUG = "tinh-a-100-kh-ubnd-2022"


def sec(ident: str, number: str, *children: dict) -> dict:
    out = {"id": ident, "number": number, "heading": T(f"Mục {ident}", f"Section {ident}")}
    if children:
        out["sections"] = list(children)
    return out


def row(group: str, n: str) -> dict:
    return {
        "id": f"PL.{group}.{n}",
        "number": n,
        "section": f"PL.{group}",
        "source": "appendix",
        "text": T(f"Nhiệm vụ dòng {n} nhóm {group}", f"Task row {n} of group {group}"),
        "lead": [{"agency": "tinh-a/so-noi-vu", "printed": "Sở Nội vụ"}],
        "deadline": {"kind": "year", "printed": "Năm 2023", "year": 2023},
    }


def with_appendix(plan: dict, rows: list[dict]) -> dict:
    groups = sorted({r["section"] for r in rows})
    plan["sections"].append(
        {"id": "PL", "number": "PHỤ LỤC", "heading": T("PHỤ LỤC", "APPENDIX"), "sections": [sec(g, g.split(".")[1]) for g in groups]}
    )
    plan["annexes"] = [{"id": "PL", "title": T("Phụ lục nhiệm vụ", "Appendix of tasks"), "present": True}]
    plan["tasks"].extend(rows)
    return plan


# CC401 duplicate-numbering


def test_cc401_repeated_roman_numeral(project):
    plan = project.add(base_plan())
    plan["sections"].append(sec("II-2", "II."))
    assert codes(project.lint(), "CC401") == [("CC401", project.plan_path(SLUG), line_of(project, SLUG, "number: II.", 2))]


def test_cc401_repeated_row_number(project):
    plan = project.add(with_appendix(base_plan(), [row("I", "1"), row("I", "2")]))
    plan["tasks"][-1]["number"] = "1"
    assert codes(project.lint(), "CC401") == [("CC401", project.plan_path(SLUG), line_of(project, SLUG, "id: PL.I.2") + 1)]


def test_cc401_bullets_and_distinct_levels_pass(project):
    plan = project.add(base_plan())
    plan["sections"][0]["sections"] += [sec("I.-1", "-"), sec("I.-2", "-")]
    plan["sections"][1]["sections"] = [sec("II.1", "1.")]  # "1." again, but under another parent
    assert codes(project.lint(), "CC401") == []


# CC402 skipped-numbering


def test_cc402_arabic_gap(project):
    plan = project.add(base_plan())
    plan["sections"][0]["sections"].append(sec("I.4", "4."))
    assert codes(project.lint(), "CC402") == [("CC402", project.plan_path(SLUG), line_of(project, SLUG, "number: '4.'"))]


def test_cc402_vietnamese_letters(project):
    plan = project.add(base_plan())
    plan["sections"][1]["sections"] = [sec("II.a", "a)"), sec("II.b", "b)"), sec("II.c", "c)"), sec("II.e", "e)")]
    report = project.lint()
    assert codes(report, "CC402") == [("CC402", project.plan_path(SLUG), line_of(project, SLUG, "number: e)"))]
    finding = next(r.finding for r in report.results if r.finding.rule == "CC402")
    assert finding.params["expected"] == "d"


def test_cc402_d_then_dd_then_e_and_latin_d_then_e_pass(project):
    plan = project.add(base_plan())
    plan["sections"][1]["sections"] = [
        sec("II.a", "a)"),
        sec("II.b", "b)"),
        sec("II.c", "c)"),
        sec("II.d", "d)"),
        sec("II.dd", "đ)"),
        sec("II.e", "e)"),
    ]
    plan["sections"][0]["sections"][1]["sections"] = [
        sec("I.2.a", "a)"),
        sec("I.2.b", "b)"),
        sec("I.2.c", "c)"),
        sec("I.2.d", "d)"),
        sec("I.2.e", "e)"),
    ]
    assert codes(project.lint(), "CC402") == []


def test_cc402_section_must_start_at_one(project):
    plan = project.add(base_plan())
    plan["sections"][1]["sections"] = [sec("II.2", "2.")]
    assert codes(project.lint(), "CC402") == [("CC402", project.plan_path(SLUG), line_of(project, SLUG, "number: '2.'", 2))]


def test_cc402_dotted_numbers_and_table_rows_continuing(project):
    plan = project.add(with_appendix(base_plan(), [row("I", "1"), row("I", "2"), row("II", "3"), row("II", "5")]))
    plan["sections"][1]["sections"] = [sec("II.1.1", "1.1."), sec("II.1.3", "1.3.")]
    found = codes(project.lint(), "CC402")
    # Rows may continue their numbering across groups (3 after 2 is fine), 5 after 3 is not.
    assert found == [
        ("CC402", project.plan_path(SLUG), line_of(project, SLUG, "number: 1.3.")),
        ("CC402", project.plan_path(SLUG), line_of(project, SLUG, "id: PL.II.5") + 1),
    ]


# CC403 missing-annex


def test_cc403_annex_not_present(project):
    plan = project.add(base_plan())
    plan["annexes"] = [{"id": "PL", "title": T("Phụ lục nhiệm vụ", "Appendix of tasks"), "present": False}]
    assert codes(project.lint(), "CC403") == [("CC403", project.plan_path(SLUG), line_of(project, SLUG, "present: false"))]


def test_cc403_section_refers_to_unknown_annex(project):
    plan = project.add(base_plan())
    plan["sections"][1]["refers_to_annex"] = {"annex": "PL2", "printed": "Phụ lục II"}
    assert codes(project.lint(), "CC403") == [("CC403", project.plan_path(SLUG), line_of(project, SLUG, "annex: PL2"))]


def test_cc403_reference_to_present_annex_passes(project):
    plan = project.add(with_appendix(base_plan(), [row("I", "1")]))
    plan["sections"][1]["refers_to_annex"] = {"annex": plan["annexes"][0]["id"], "printed": "Phụ lục"}
    assert codes(project.lint(), "CC403") == []


# CC404 self-reference-mismatch


def selfref(date: str, number: str = "100/KH-UBND") -> dict:
    d, m, y = date[8:], date[5:7], date[:4]
    return {
        "where": "annex",
        "printed": f"(Kèm theo Kế hoạch số {number} ngày {d}/{m}/{y})",
        "text": T(f"(Kèm theo Kế hoạch số {number} ngày {d}/{m}/{y})", f"(Attached to Plan No. {number} of {d}/{m}/{y})"),
        "number": number,
        "date": date,
    }


def test_cc404_annex_line_date_differs_from_header(project):
    plan = project.add(base_plan())
    plan["self_references"] = [selfref("2022-01-12")]
    report = project.lint()
    assert codes(report, "CC404") == [("CC404", project.plan_path(SLUG), line_of(project, SLUG, "date: '2022-01-12'"))]
    finding = next(r.finding for r in report.results if r.finding.rule == "CC404")
    assert finding.related and finding.related[0].line == line_of(project, SLUG, "date: '2022-01-10'")


def test_cc404_number_differs(project):
    plan = project.add(base_plan())
    plan["self_references"] = [selfref("2022-01-10", "101/KH-UBND")]
    assert codes(project.lint(), "CC404") == [("CC404", project.plan_path(SLUG), line_of(project, SLUG, "number: 101/KH-UBND"))]


def test_cc404_agreeing_lines_pass(project):
    plan = project.add(base_plan())
    plan["self_references"] = [selfref("2022-01-10", "100/KH-UBND ")]
    assert codes(project.lint(), "CC404") == []


def test_cc404_without_header_compares_lines_with_each_other(project):
    plan = project.add(base_plan())
    plan["document"]["header_present"] = False
    plan["self_references"] = [selfref("2022-01-10"), selfref("2022-01-11")]
    assert codes(project.lint(), "CC404") == [("CC404", project.plan_path(SLUG), line_of(project, SLUG, "date: '2022-01-11'"))]


# CC405 duplicate-id


def test_cc405_duplicate_task_id(project):
    plan = project.add(base_plan())
    plan["tasks"][1]["id"] = plan["tasks"][0]["id"]
    assert codes(project.lint(), "CC405") == [("CC405", project.plan_path(SLUG), line_of(project, SLUG, "id: B.I.2.1", 2))]


def test_cc405_same_id_in_different_collections_passes(project):
    plan = project.add(base_plan())
    plan["targets"][0]["id"] = "c1"  # a target and a citation may share an id
    assert codes(project.lint(), "CC405") == []


# CC406 dangling-section-ref


def test_cc406_task_in_unknown_section(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["section"] = "I.9"
    assert codes(project.lint(), "CC406") == [("CC406", project.plan_path(SLUG), line_of(project, SLUG, "section: I.9"))]


def test_cc406_assigned_in_unknown_section(project):
    plan = project.add(base_plan())
    plan["tasks"][1]["lead"][0]["assigned_in"] = "VI.2"
    assert codes(project.lint(), "CC406") == [("CC406", project.plan_path(SLUG), line_of(project, SLUG, "assigned_in: VI.2"))]


def test_cc406_special_places_pass(project):
    plan = project.add(base_plan())
    plan["citations"][0]["section"] = "preamble"
    plan["tasks"][1]["lead"][0]["assigned_in"] = "II"
    assert codes(project.lint(), "CC406") == []


# CC407 slug-mismatch


def test_cc407_slug_not_derived_from_number(project):
    project.add(base_plan(slug="tinh-a-ke-hoach-cchc-2022"))
    report = project.lint()
    assert codes(report, "CC407") == [
        (
            "CC407",
            "plans/tinh-a/tinh-a-ke-hoach-cchc-2022.yaml",
            line_of(project, "tinh-a-ke-hoach-cchc-2022", "slug: tinh-a-ke-hoach-cchc-2022"),
        )
    ]


def test_cc407_year_of_issue_not_of_period(project):
    project.add(base_plan(slug="tinh-a-100-kh-ubnd-2021"))
    report = project.lint()
    finding = next(r.finding for r in report.results if r.finding.rule == "CC407")
    assert finding.params["expected"] == "tinh-a-100-kh-ubnd-2022"


# CC021 plan-path-mismatch


def test_cc021_file_in_wrong_folder(project):
    project.add(base_plan())
    project.write()
    wrong = project.root / "plans" / "tinh-b" / f"{SLUG}.yaml"
    wrong.parent.mkdir(parents=True)
    shutil.move(project.root / project.plan_path(SLUG), wrong)
    from linter.config import load_config
    from linter.engine import lint

    report = lint(load_config(project.root), [])
    assert [(c, p) for c, p, _ in codes(report, "CC021")] == [("CC021", f"plans/tinh-b/{SLUG}.yaml")]
    assert [dict(r.finding.params) for r in report.results if r.finding.rule == "CC021"] == [{"expected": f"plans/tinh-a/{SLUG}.yaml"}]


def test_cc021_right_place_passes(project):
    project.add(base_plan())
    assert codes(project.lint(), "CC021") == []


def test_cc408_reversed_periods(project):
    plan = project.add(base_plan())
    plan["period"] = {"start": 2025, "end": 2022}
    plan["targets"][2]["period"] = {"start": 2025, "end": 2022}
    assert [f for f, _, _ in codes(project.lint(), "CC408")] == ["CC408", "CC408"]


def test_cc408_silent_on_a_one_year_period(project):
    plan = project.add(base_plan())
    plan["period"] = {"start": 2022, "end": 2022}
    plan["targets"][2]["period"] = {"start": 2022, "end": 2022}
    assert codes(project.lint(), "CC408") == []
