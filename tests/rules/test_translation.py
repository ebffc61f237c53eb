"""Translation rules CC501–CC502, in plans and registries."""

from __future__ import annotations

from ..ruletools import base_plan, codes, line_of

SLUG = "tinh-a-100-kh-ubnd-2022"


def test_cc501_empty_english(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["text"]["en"] = "  "
    assert codes(project.lint(), "CC501") == [("CC501", project.plan_path(SLUG), line_of(project, SLUG, "Rà soát văn bản") + 1)]


def test_cc501_missing_english_points_at_the_pair(project):
    plan = project.add(base_plan())
    del plan["sections"][1]["heading"]["en"]
    assert codes(project.lint(), "CC501") == [("CC501", project.plan_path(SLUG), line_of(project, SLUG, "TỔ CHỨC THỰC HIỆN"))]


def test_cc501_in_a_registry(project):
    project.add(base_plan())
    project.agencies["tinh-a"][1]["name"]["en"] = ""
    report = project.lint()
    assert [(c, p) for c, p, _ in codes(report, "CC501")] == [("CC501", "registry/agencies/tinh-a.yaml")]


def test_cc502_copied_vietnamese(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["text"]["en"] = plan["tasks"][0]["text"]["vi"] = "Rà soát văn bản quy phạm"
    assert codes(project.lint(), "CC502") == [("CC502", project.plan_path(SLUG), line_of(project, SLUG, "Rà soát văn bản quy phạm", 2))]


def test_cc502_names_and_codes_pass(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["text"] = {"vi": "ISO 9001", "en": "ISO 9001"}
    plan["tasks"][1]["text"] = {"vi": "Hà Tĩnh", "en": "Hà Tĩnh"}
    assert codes(project.lint(), "CC502") == []


def test_translated_text_passes(project):
    project.add(base_plan())
    assert codes(project.lint(), "CC501") == codes(project.lint(), "CC502") == []
