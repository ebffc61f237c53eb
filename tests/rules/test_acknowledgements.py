"""Acknowledgements: they cover findings on their node, and stale or wrong ones are findings."""

from __future__ import annotations

import datetime as dt

from ..ruletools import base_plan, codes, line_of

SLUG = "tinh-a-100-kh-ubnd-2022"
REASON = {"vi": "Văn bản gốc giao hai cơ quan chủ trì.", "en": "The source names two leads."}


def two_leads(plan):
    plan["tasks"][0]["lead"].append({"agency": "tinh-a/ubnd-tinh", "printed": "UBND tỉnh"})


def test_acknowledged_finding_does_not_fail(project):
    plan = project.add(base_plan())
    two_leads(plan)
    plan["tasks"][0]["acknowledgements"] = [{"rule": "CC202", "reason": REASON}]
    report = project.lint()
    assert codes(report) == []
    assert codes(report, "CC202", include_acknowledged=True) != []
    assert report.exit_code == 0
    ack = next(r for r in report.results if r.acknowledged).acknowledgement
    assert ack.reason_en == REASON["en"]


def test_ack_on_another_node_does_not_cover(project):
    plan = project.add(base_plan())
    two_leads(plan)
    plan["tasks"][1]["acknowledgements"] = [{"rule": "CC202", "reason": REASON}]
    report = project.lint()
    assert [c[0] for c in codes(report)] == ["CC202", "CC901"]
    assert report.exit_code == 1


def test_cc901_unused(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["acknowledgements"] = [{"rule": "CC202", "reason": REASON}]
    assert codes(project.lint()) == [("CC901", project.plan_path(SLUG), line_of(project, SLUG, "rule: CC202"))]


def test_cc902_unknown_rule(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["acknowledgements"] = [{"rule": "CC999", "reason": REASON}]
    assert codes(project.lint()) == [("CC902", project.plan_path(SLUG), line_of(project, SLUG, "rule: CC999"))]


def test_cc903_expired_reopens_the_finding(project):
    plan = project.add(base_plan())
    two_leads(plan)
    plan["tasks"][0]["acknowledgements"] = [{"rule": "CC202", "reason": REASON, "expires": "2024-01-01"}]
    report = project.lint(today=dt.date(2024, 6, 1))
    assert sorted(c[0] for c in codes(report)) == ["CC202", "CC903"]


def test_unexpired_ack_holds(project):
    plan = project.add(base_plan())
    two_leads(plan)
    plan["tasks"][0]["acknowledgements"] = [{"rule": "CC202", "reason": REASON, "expires": "2024-01-01"}]
    assert codes(project.lint(today=dt.date(2023, 6, 1))) == []


def test_plan_level_ack_covers_the_whole_file(project):
    plan = project.add(base_plan())
    two_leads(plan)
    plan["acknowledgements"] = [{"rule": "CC202", "reason": REASON}]
    assert codes(project.lint()) == []


def test_section_ack_covers_its_tasks(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["lead"] = []
    plan["tasks"][1]["lead"] = []
    plan["sections"][0]["sections"][1]["acknowledgements"] = [{"rule": "CC201", "reason": REASON}]
    report = project.lint()
    assert codes(report) == []
    path = project.plan_path(SLUG)
    assert codes(report, "CC201", include_acknowledged=True) == [
        ("CC201", path, line_of(project, SLUG, "lead: []", 1)),
        ("CC201", path, line_of(project, SLUG, "lead: []", 2)),
    ]


def test_section_ack_does_not_cover_other_sections(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["lead"] = []
    plan["sections"][0]["sections"][0]["acknowledgements"] = [{"rule": "CC201", "reason": REASON}]
    assert sorted(c[0] for c in codes(project.lint())) == ["CC201", "CC901"]
