"""Target rules CC301–CC308."""

from __future__ import annotations

from ..ruletools import T, base_plan, codes, line_of, registry_provinces

SLUG = "tinh-a-100-kh-ubnd-2022"
CHILD = "tinh-a-5-kh-snv-2022"


def child(targets):
    p = base_plan(slug=CHILD, number="5/KH-SNV", date="2022-12-30", period=(2023, 2023))
    p["parent"] = SLUG
    p["tasks"] = []
    p["targets"] = targets
    return p


def tgt(id, indicator, comparator, value, unit, *, year=None, period=None, level="toan-tinh", text="…"):
    t = {
        "id": id,
        "indicator": indicator,
        "comparator": comparator,
        "value": value,
        "unit": unit,
        "scope": {"level": level},
        "section": "I.1",
        "printed": T(text, text + " (en)"),
    }
    if year is not None:
        t["year"] = year
    if period is not None:
        t["period"] = {"start": period[0], "end": period[1]}
    return t


def test_cc301_child_rank_weaker_than_parent_period_goal(project):
    project.add(base_plan())
    project.add(child([tgt("c1", "PAR-INDEX", "top", 15, "rank", year=2023, level="tinh", text="Top 15")]))
    found = codes(project.lint(), "CC301")
    assert found == [("CC301", project.plan_path(CHILD), line_of(project, CHILD, "value: 15"))]


def test_cc301_better_rank_passes(project):
    """A rank of 8 beats a rank of 10."""
    project.add(base_plan())
    project.add(child([tgt("c1", "PAR-INDEX", "top", 8, "rank", year=2023, level="tinh")]))
    assert codes(project.lint(), "CC301") == []


def test_cc301_uses_same_year_milestone_not_the_last(project):
    """A child's 2023 target of 87% meets the parent's 2023 milestone (85%) though below the 2025 one (90%)."""
    project.add(base_plan())
    project.add(child([tgt("c1", "SATISFACTION-ADMIN", "at-least", 87, "percent", year=2023)]))
    assert codes(project.lint(), "CC301") == []


def test_cc301_percent_below_same_year_milestone(project):
    project.add(base_plan())
    project.add(child([tgt("c1", "SATISFACTION-ADMIN", "at-least", 80, "percent", year=2023)]))
    assert codes(project.lint(), "CC301") == [("CC301", project.plan_path(CHILD), line_of(project, CHILD, "value: 80"))]


def test_cc301_different_scope_is_not_compared(project):
    project.add(base_plan())
    project.add(child([tgt("c1", "SATISFACTION-ADMIN", "at-least", 80, "percent", year=2023, level="xa")]))
    assert codes(project.lint(), "CC301") == []


def test_cc302_regression(project):
    plan = project.add(base_plan())
    plan["targets"][1]["value"] = 80
    assert codes(project.lint(), "CC302") == [("CC302", project.plan_path(SLUG), line_of(project, SLUG, "value: 80"))]


def test_cc302_rising_path_passes(project):
    project.add(base_plan())
    assert codes(project.lint(), "CC302") == []


def test_cc303_two_values_same_year(project):
    plan = project.add(base_plan())
    plan["targets"].append(tgt("t4", "SATISFACTION-ADMIN", "at-least", 88, "percent", year=2025))
    assert codes(project.lint(), "CC303") == [("CC303", project.plan_path(SLUG), line_of(project, SLUG, "value: 88"))]


def test_cc303_different_levels_pass(project):
    plan = project.add(base_plan())
    plan["targets"].append(tgt("t4", "SATISFACTION-ADMIN", "at-least", 88, "percent", year=2025, level="xa"))
    assert codes(project.lint(), "CC303") == []


def test_cc304_percentage_above_100(project):
    plan = project.add(base_plan())
    plan["targets"][1]["value"] = 190
    assert codes(project.lint(), "CC304") == [("CC304", project.plan_path(SLUG), line_of(project, SLUG, "value: 190"))]


def test_cc304_hundred_percent_is_fine(project):
    plan = project.add(base_plan())
    plan["targets"][1]["value"] = 100
    assert codes(project.lint(), "CC304") == []


def test_cc305_rank_beyond_provinces(project):
    project.provinces = registry_provinces()
    plan = project.add(base_plan())
    plan["targets"][2]["value"] = 70
    assert codes(project.lint(), "CC305") == [("CC305", project.plan_path(SLUG), line_of(project, SLUG, "value: 70"))]


def test_cc305_rank_63_is_fine(project):
    project.provinces = registry_provinces()
    plan = project.add(base_plan())
    plan["targets"][2]["value"] = 63
    assert codes(project.lint(), "CC305") == []


def test_cc306_target_after_period(project):
    plan = project.add(base_plan())
    plan["targets"][1]["year"] = 2030
    assert codes(project.lint(), "CC306") == [("CC306", project.plan_path(SLUG), line_of(project, SLUG, "year: 2030"))]


def test_cc306_period_target_inside(project):
    project.add(base_plan())
    assert codes(project.lint(), "CC306") == []


def test_cc307_top_with_percent(project):
    plan = project.add(base_plan())
    plan["targets"][2]["unit"] = "percent"
    found = codes(project.lint(), "CC307")
    assert found == [("CC307", project.plan_path(SLUG), line_of(project, SLUG, "comparator: top"))]


def test_cc307_top_with_rank_passes(project):
    project.add(base_plan())
    assert codes(project.lint(), "CC307") == []


def test_cc308_score_outside_indicator_range(project):
    plan = project.add(base_plan())
    plan["targets"].append(tgt("t4", "PCI", "at-least", 120, "score", year=2025, level="tinh"))
    assert codes(project.lint(), "CC308") == [("CC308", project.plan_path(SLUG), line_of(project, SLUG, "value: 120"))]


def test_cc308_score_inside_range(project):
    plan = project.add(base_plan())
    plan["targets"].append(tgt("t4", "PCI", "at-least", 70, "score", year=2025, level="tinh"))
    assert codes(project.lint(), "CC308") == []


def test_cc309_misprinted_index_acronym(project):
    plan = project.add(base_plan())
    plan["sections"][0]["paragraphs"] = [
        {
            "vi": "cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PIC) và Chỉ số cải cách hành chính (PAR INDER)",
            "en": "improve the PCI (printed PIC) and the PAR INDEX (printed PAR INDER)",
        }
    ]
    found = [r.finding.params for r in project.lint().results if r.finding.rule == "CC309"]
    assert [(p["printed"], p["indicator"]) for p in found] == [("PIC", "PCI"), ("PAR INDER", "PAR-INDEX")]


def test_cc309_silent_on_right_acronyms_spacing_and_unrelated_abbreviations(project):
    plan = project.add(base_plan())
    plan["sections"][0]["paragraphs"] = [
        {
            "vi": "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số CCHC (ParIndex), các chỉ số khác (TTHC)",
            "en": "the PCI, the PAR INDEX (printed ParIndex), the other indices (TTHC)",
        }
    ]
    assert codes(project.lint(), "CC309") == []
