"""Task rules CC201–CC209."""

from __future__ import annotations

from ..ruletools import base_plan, codes, line_of

SLUG = "tinh-a-100-kh-ubnd-2022"


def test_cc201_no_lead(project):
    plan = project.add(base_plan())
    plan["tasks"][1]["lead"] = []
    assert codes(project.lint(), "CC201") == [("CC201", project.plan_path(SLUG), line_of(project, SLUG, "lead: []"))]


def test_cc201_lead_from_assignment_counts(project):
    plan = project.add(base_plan())
    plan["tasks"][1]["lead"] = [{"agency": "tinh-a/so-noi-vu", "printed": "Sở Nội vụ", "assigned_in": "II"}]
    assert codes(project.lint(), "CC201") == []


def test_cc202_two_leads(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["lead"].append({"agency": "tinh-a/ubnd-tinh", "printed": "UBND tỉnh"})
    assert codes(project.lint(), "CC202") == [("CC202", project.plan_path(SLUG), line_of(project, SLUG, "agency: tinh-a/ubnd-tinh", 2))]


def test_cc202_one_lead_many_cooperating(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["cooperating"].append({"agency": "tinh-a/ubnd-tinh", "printed": "UBND tỉnh"})
    assert codes(project.lint(), "CC202") == []


def test_cc203_collective_lead(project):
    plan = project.add(base_plan())
    plan["tasks"][1]["lead"] = [{"agency": "tinh-a/cac-so-ban-nganh", "printed": "Các Sở, ban, ngành"}]
    assert codes(project.lint(), "CC203") == [("CC203", project.plan_path(SLUG), line_of(project, SLUG, "tinh-a/cac-so-ban-nganh"))]


def test_cc203_collective_cooperating_is_fine(project):
    plan = project.add(base_plan())
    plan["tasks"][1]["cooperating"] = [{"agency": "tinh-a/cac-so-ban-nganh", "printed": "Các Sở, ban, ngành"}]
    assert codes(project.lint(), "CC203") == []


def test_cc204_deadline_after_period(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["deadline"] = {"kind": "quarter", "printed": "Quý IV/2026", "quarter": 4, "year": 2026}
    assert codes(project.lint(), "CC204") == [("CC204", project.plan_path(SLUG), line_of(project, SLUG, "Quý IV/2026"))]


def test_cc204_external_schedule_is_not_an_error(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["deadline"] = {"kind": "external", "printed": "Theo lộ trình của Trung ương"}
    assert codes(project.lint()) == []


def test_cc205_deadline_before_issue(project):
    plan = project.add(base_plan(period=(2021, 2025)))
    plan["tasks"][0]["deadline"] = {"kind": "quarter", "printed": "Quý IV/2021", "quarter": 4, "year": 2021}
    assert codes(project.lint(), "CC205") == [("CC205", project.plan_path(SLUG), line_of(project, SLUG, "Quý IV/2021"))]


def test_cc205_quarter_of_issue_is_fine(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["deadline"] = {"kind": "quarter", "printed": "Quý I/2022", "quarter": 1, "year": 2022}
    assert codes(project.lint(), "CC205") == []


def test_cc206_unreadable(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["deadline"] = {"kind": "unreadable", "printed": "Sớm"}
    assert codes(project.lint(), "CC206") == [("CC206", project.plan_path(SLUG), line_of(project, SLUG, "Sớm"))]


def test_cc206_continuous_is_readable(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["deadline"] = {"kind": "continuous", "printed": "Thường xuyên"}
    assert codes(project.lint()) == []


def test_cc207_typed_year_disagrees_with_printed(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["deadline"] = {"kind": "quarter", "printed": "Quý IV/2022", "quarter": 4, "year": 2023}
    assert codes(project.lint(), "CC207") == [("CC207", project.plan_path(SLUG), line_of(project, SLUG, "kind: quarter"))]


def test_cc207_quarter_span(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["deadline"] = {"kind": "quarter-span", "printed": "Quý III-IV/2022", "quarter": 3, "quarter_end": 4, "year": 2022}
    assert codes(project.lint()) == []


def test_cc208_lead_also_cooperating(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["cooperating"].append({"agency": "tinh-a/so-tu-phap", "printed": "Sở Tư pháp"})
    assert codes(project.lint(), "CC208") == [("CC208", project.plan_path(SLUG), line_of(project, SLUG, "agency: tinh-a/so-tu-phap", 2))]


def test_cc209_budget_printed_in_dong_in_thousand_dong_table(project):
    plan = project.add(base_plan())
    plan["annexes"] = [
        {"id": "PL", "title": {"vi": "Phụ lục", "en": "Appendix"}, "present": True, "unit_printed": "Đơn vị tính: nghìn đồng"}
    ]
    plan["tasks"][0]["source"] = "appendix"
    plan["tasks"][0]["budget"] = {"amount": 20000, "unit": "nghin-dong", "printed": "20.000đ"}
    assert codes(project.lint(), "CC209") == [("CC209", project.plan_path(SLUG), line_of(project, SLUG, "20.000đ"))]


def test_cc209_plain_amount_in_thousand_dong_table(project):
    plan = project.add(base_plan())
    plan["annexes"] = [
        {"id": "PL", "title": {"vi": "Phụ lục", "en": "Appendix"}, "present": True, "unit_printed": "Đơn vị tính: nghìn đồng"}
    ]
    plan["tasks"][0]["source"] = "appendix"
    plan["tasks"][0]["budget"] = {"amount": 20000, "unit": "nghin-dong", "printed": "20.000"}
    assert codes(project.lint(), "CC209") == []


def _assign_area(plan, area="the-che", agency="tinh-a/so-tu-phap", printed="Sở Tư pháp"):
    plan["assignments"] = [
        {
            "id": "a1",
            "section": "II",
            "areas": [area],
            "lead": {"agency": agency, "printed": printed},
            "text": {"vi": f"{printed} chủ trì cải cách thể chế", "en": "The department leads institutional reform"},
        }
    ]
    plan["tasks"][0]["area"] = area


def test_cc210_appendix_lead_differs_from_the_area_assignment(project):
    plan = project.add(base_plan())
    _assign_area(plan)
    plan["tasks"][0]["lead"] = [{"agency": "tinh-a/so-noi-vu", "printed": "Sở Nội vụ"}]
    found = codes(project.lint(), "CC210")
    assert found == [("CC210", project.plan_path(plan["slug"]), line_of(project, plan["slug"], "agency: tinh-a/so-noi-vu"))]


def test_cc210_silent_when_the_lead_is_the_assigned_agency_or_comes_from_the_assignment(project):
    plan = project.add(base_plan())
    _assign_area(plan)
    assert codes(project.lint(), "CC210") == []  # task 0 is led by Sở Tư pháp
    plan["tasks"][0]["lead"] = [{"agency": "tinh-a/so-noi-vu", "printed": "Sở Nội vụ", "assigned_in": "II"}]
    assert codes(project.lint(), "CC210") == []  # recorded through an assignment: nothing printed to compare
    plan["tasks"][0]["lead"] = [{"agency": "tinh-a/cac-so-ban-nganh", "printed": "Các Sở, ban, ngành"}]
    assert codes(project.lint(), "CC210") == []  # "every department" displaces no one
    plan["tasks"][0]["lead"] = [{"agency": "tinh-a/ubnd-tinh", "printed": "UBND tỉnh"}]
    assert codes(project.lint(), "CC210") == []  # the issuing committee itself
