"""Syntax rules reported while loading: CC006, CC010–CC014, CC020.

Each test changes one thing in ``base_plan()`` (or in the written YAML, where the
change is one of spelling, such as a date without quotes) and asserts the exact
findings: code, line, column and message parameters.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from linter.catalogue import render
from linter.config import load_config
from linter.engine import Report, lint

from ..ruletools import REPO, Project, T, base_plan, codes, line_of

SLUG = "tinh-a-100-kh-ubnd-2022"
SYNTAX = ("CC006", "CC010", "CC011", "CC012", "CC013", "CC014", "CC020")


def found(report: Report, *rules: str) -> list[tuple[str, int, int, dict[str, Any]]]:
    """(rule, line, column, params) of each open finding of ``rules`` (all rules when none is named)."""
    return [
        (r.finding.rule, r.finding.location.line, r.finding.location.column, dict(r.finding.params))
        for r in report.results
        if not r.acknowledged and (not rules or r.finding.rule in rules)
    ]


def lint_edited(project: Project, edit: Callable[[str], str]) -> Report:
    """Write the project, change the plan's YAML text with ``edit``, and lint the corpus."""
    project.write()
    path = project.root / project.plan_path(SLUG)
    text = path.read_text(encoding="utf-8")
    edited = edit(text)
    assert edited != text, "the edit changed nothing"
    path.write_text(edited, encoding="utf-8")
    return lint(load_config(project.root), [])


def schema_at(*path: str) -> Any:
    """The node at ``path`` in the plan schema."""
    node: Any = json.loads((REPO / "schema" / "plan.schema.json").read_text(encoding="utf-8"))
    for token in path:
        node = node[token]
    return node


def enum_of(*path: str) -> str:
    return ", ".join(schema_at(*path)["enum"])


def test_base_plan_has_no_syntax_findings(project):
    project.add(base_plan())
    assert found(project.lint(), *SYNTAX) == []


# CC006 unquoted-date


def test_cc006_unquoted_document_date(project):
    project.add(base_plan())
    report = lint_edited(project, lambda t: t.replace("  date: '2022-01-10'", "  date: 2022-01-10"))
    line = line_of(project, SLUG, "  date: 2022-01-10")
    assert found(report) == [("CC006", line, 9, {"value": "2022-01-10"})]
    assert render(report.results[0].finding, "vi") == 'Ngày 2022-01-10 viết không có dấu nháy. Viết "2022-01-10" (cchc fmt tự sửa).'
    assert render(report.results[0].finding, "en") == 'Date 2022-01-10 is not quoted. Write "2022-01-10" (cchc fmt fixes it).'


def test_cc006_short_date_is_reported_in_full_form(project):
    """A date YAML reads with one-digit month and day is shown as the full date to write."""
    project.add(base_plan())
    report = lint_edited(project, lambda t: t.replace("  date: '2021-07-15'", "  date: 2021-7-15"))
    assert found(report) == [("CC006", line_of(project, SLUG, "  date: 2021-7-15"), 9, {"value": "2021-07-15"})]


def test_cc006_every_unquoted_date_once(project):
    project.add(base_plan())
    report = lint_edited(project, lambda t: t.replace("date: '", "date: ").replace("-10'\n", "-10\n").replace("-15'\n", "-15\n"))
    assert found(report) == [
        ("CC006", line_of(project, SLUG, "  date: 2022-01-10"), 9, {"value": "2022-01-10"}),
        ("CC006", line_of(project, SLUG, "  date: 2021-07-15"), 9, {"value": "2021-07-15"}),
    ]


def test_cc006_quoted_dates_and_dates_inside_text_pass(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["text"] = T("Rà soát văn bản ban hành 2022-01-10", "Review the documents issued on 2022-01-10")
    report = lint_edited(project, lambda t: t.replace("  date: '2022-01-10'", '  date: "2022-01-10"'))
    assert found(report, *SYNTAX) == []


# CC010 missing-field


def test_cc010_missing_unit_on_the_target(project):
    plan = project.add(base_plan())
    del plan["targets"][0]["unit"]
    report = project.lint()
    assert found(report) == [("CC010", line_of(project, SLUG, "- id: t1"), 3, {"field": "unit", "more": 0})]
    assert render(report.results[0].finding, "en") == "Missing required field 'unit'. Add it."
    assert render(report.results[0].finding, "vi") == "Thiếu trường bắt buộc “unit”. Thêm trường này."


def test_cc010_two_missing_fields_on_one_task(project):
    plan = project.add(base_plan())
    del plan["tasks"][0]["text"], plan["tasks"][0]["lead"]
    report = project.lint()
    line = line_of(project, SLUG, "- id: B.I.2.1")
    assert found(report) == [
        ("CC010", line, 3, {"field": "text", "more": 1}),
        ("CC010", line, 3, {"field": "lead", "more": 0}),
    ]


def test_cc010_missing_top_level_field_points_at_the_file_start(project):
    plan = project.add(base_plan())
    del plan["period"]
    report = project.lint()
    assert found(report) == [("CC010", 1, 1, {"field": "period", "more": 0})]
    assert codes(report) == [("CC010", project.plan_path(SLUG), 1)]


# CC011 unknown-field


def test_cc011_mistyped_field_on_its_key(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["deadine"] = {"kind": "year", "printed": "Năm 2022", "year": 2022}
    report = project.lint()
    allowed = ", ".join(sorted(schema_at("$defs", "task", "properties")))
    assert allowed.startswith("acknowledgements, area, budget, cooperating, deadline, id, lead")
    assert found(report) == [("CC011", line_of(project, SLUG, "  deadine:"), 3, {"field": "deadine", "allowed": allowed, "more": 0})]
    assert render(report.results[0].finding, "en") == f"Field 'deadine' is not in the schema (a typo?). Valid fields: {allowed}."


def test_cc011_known_optional_field_passes(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["notes"] = T("Ghi chú của người chép", "A transcriber's note")
    assert found(project.lint(), *SYNTAX) == []


# CC012 wrong-type


def test_cc012_text_for_a_number(project):
    plan = project.add(base_plan())
    plan["targets"][1]["value"] = "90%"
    report = project.lint()
    assert found(report) == [
        ("CC012", line_of(project, SLUG, "value: 90%"), 10, {"expected": "number", "got": "string", "value": "90%", "more": 0})
    ]
    assert render(report.results[0].finding, "en") == (
        "Wrong type: expected number, got string (90%). Rewrite the value in the right type; quote text."
    )


def test_cc012_boolean_in_a_text_field_and_float_year(project):
    plan = project.add(base_plan())
    plan["document"]["title"]["vi"] = True
    plan["targets"][2]["period"]["start"] = 2022.0
    report = project.lint()
    assert found(report) == [
        ("CC012", line_of(project, SLUG, "vi: true"), 9, {"expected": "string", "got": "boolean", "value": "true", "more": 0}),
        ("CC012", line_of(project, SLUG, "start: 2022.0"), 12, {"expected": "integer", "got": "number", "value": "2022.0", "more": 0}),
    ]


def test_cc012_number_where_a_number_is_expected_passes(project):
    plan = project.add(base_plan())
    plan["targets"][1]["value"] = 90.5
    assert found(project.lint(), *SYNTAX) == []


# CC013 invalid-value


def test_cc013_quarter_out_of_range(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["deadline"]["quarter"] = 5
    report = project.lint()
    assert found(report) == [
        ("CC013", line_of(project, SLUG, "quarter: 5"), 14, {"value": "5", "check": "maximum", "allowed": "maximum 4", "more": 0})
    ]
    assert render(report.results[0].finding, "vi") == "Giá trị không hợp lệ “5”: cần maximum 4."


def test_cc013_comparator_outside_the_list(project):
    plan = project.add(base_plan())
    plan["targets"][0]["comparator"] = "greater"
    allowed = enum_of("$defs", "target", "properties", "comparator")
    assert found(project.lint()) == [
        ("CC013", line_of(project, SLUG, "comparator: greater"), 15, {"value": "greater", "check": "enum", "allowed": allowed, "more": 0})
    ]


def test_cc013_indicator_id_pattern_and_impossible_date(project):
    plan = project.add(base_plan())
    plan["targets"][1]["indicator"] = "par index"
    plan["document"]["date"] = "2022-13-01"
    assert found(project.lint()) == [
        (
            "CC013",
            line_of(project, SLUG, "date: '2022-13-01'"),
            9,
            {"value": "2022-13-01", "check": "format", "allowed": "date", "more": 0},
        ),
        (
            "CC013",
            line_of(project, SLUG, "indicator: par index"),
            14,
            {"value": "par index", "check": "pattern", "allowed": "^[A-Z0-9-]+$", "more": 0},
        ),
    ]


def test_cc013_values_in_range_and_list_pass(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["deadline"]["quarter"] = 1
    plan["targets"][0]["comparator"] = "more-than"
    assert found(project.lint(), *SYNTAX) == []


# CC014 more-schema-errors


def _sections(n: int) -> list[dict[str, str]]:
    return [{"id": f"s{i}"} for i in range(n)]


def test_cc014_summarises_past_the_listed_errors(project):
    plan = project.add(base_plan())
    plan["sections"] = _sections(28)
    report = project.lint()
    first = line_of(project, SLUG, "- id: s0")
    listed = [("CC010", first + i, 3, {"field": "number", "more": 0}) for i in range(24)]
    assert found(report) == [*listed, ("CC014", first + 24, 3, {"count": 4})]
    assert render(report.results[-1].finding, "en") == "4 more schema errors in this file. Fix the listed ones and run again."


def test_cc014_not_needed_at_the_limit(project):
    plan = project.add(base_plan())
    plan["sections"] = _sections(25)
    report = project.lint()
    assert found(report, "CC014") == []
    assert [f[0] for f in found(report)] == ["CC010"] * 25


# CC020 empty-document


@pytest.mark.parametrize("text", ["", "# chỉ có chú thích\n", "---\n# only a comment\n"])
def test_cc020_empty_plan_file(project, text):
    project.add(base_plan())
    project.write()
    empty = project.root / "plans" / "tinh-a" / "tinh-a-1-kh-ubnd-2022.yaml"
    empty.write_text(text, encoding="utf-8")
    report = lint(load_config(project.root), [])
    assert codes(report) == [("CC020", "plans/tinh-a/tinh-a-1-kh-ubnd-2022.yaml", 1)]
    assert found(report) == [("CC020", 1, 1, {})]
    assert render(report.results[0].finding, "en") == "The file is empty or only comments. Add content or delete it."


def test_cc020_empty_registry_file(project):
    project.add(base_plan())
    project.write()
    (project.root / "registry" / "documents" / "empty.yaml").write_text("# to be filled\n", encoding="utf-8")
    assert codes(lint(load_config(project.root), [])) == [("CC020", "registry/documents/empty.yaml", 1)]


def test_cc020_a_file_with_content_passes(project):
    project.add(base_plan())
    assert found(project.lint(), "CC020") == []
