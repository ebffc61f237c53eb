"""The SARIF report: what GitHub code scanning and the SARIF Multitool read from it.

Regions with an end, links to the rule pages on the site, rule documentation in the
report's language, fingerprints that survive edits elsewhere in a plan, and the log
valid against the SARIF 2.1.0 schema.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs
import pytest

from linter.anchors import stable_pointer
from linter.config import load_config
from linter.engine import Report, lint
from linter.reporters import sarif
from linter.rules import by_code
from linter.sitegen.context import SiteContext

from .conftest import ROOT, run_cli
from .ruletools import Project, base_plan, line_of

SLUG = "tinh-a-100-kh-ubnd-2022"
OTHER = "tinh-a-101-kh-ubnd-2022"
SITE = "https://example.org/cchc/"
REASON = {"vi": "Văn bản gốc ghi như vậy.", "en": "The source prints it so."}
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-2.1.0.schema.json").read_text(encoding="utf-8"))


def _plan(insert_citation: bool = False) -> dict[str, Any]:
    """A plan with findings on a citation's date (CC101, with a related location in the document
    registry), on a later citation (CC104), on a task's second lead (CC202) and an acknowledged
    untranslated text (CC502)."""
    plan = base_plan()
    plan["citations"][0]["date"] = "2021-07-16"
    plan["citations"].append({**copy.deepcopy(base_plan()["citations"][0]), "id": "c2", "document": "khong-co-van-ban"})
    plan["tasks"][0]["lead"].append({"agency": "tinh-a/ubnd-tinh", "printed": "UBND tỉnh"})
    plan["tasks"][1]["text"]["en"] = plan["tasks"][1]["text"]["vi"]
    plan["tasks"][1]["acknowledgements"] = [{"rule": "CC502", "reason": REASON}]
    if insert_citation:
        plan["citations"].insert(0, {**copy.deepcopy(base_plan()["citations"][0]), "id": "c0"})
    return plan


def _project(root: Path, insert_citation: bool = False) -> Project:
    root.mkdir(parents=True, exist_ok=True)
    project = Project(root)
    project.add(_plan(insert_citation))
    other = project.add(base_plan(slug=OTHER, number="101/KH-UBND"))
    other["tasks"][0]["owner"] = "tinh-a/so-noi-vu"  # not in the schema: CC011 on the key
    project.write()
    return project


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return _project(tmp_path / "p")


def _report(project: Project) -> Report:
    return lint(load_config(project.root), [])


def _log(report: Report, lang: str = "en", site_url: str | None = None) -> dict[str, Any]:
    return json.loads(sarif.render_report(report, lang, site_url=site_url))


def _results(log: dict[str, Any]) -> list[dict[str, Any]]:
    return log["runs"][0]["results"]


def _rules(log: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}


def _one(log: dict[str, Any], rule: str) -> dict[str, Any]:
    (found,) = [r for r in _results(log) if r["ruleId"] == rule]
    return found


def _marked(project: Project, region: dict[str, int], path: str | None = None) -> str:
    """The text a region covers in a written file."""
    lines = (project.root / (path or project.plan_path(SLUG))).read_text(encoding="utf-8").split("\n")
    first, last = region["startLine"] - 1, region["endLine"] - 1
    if first == last:
        return lines[first][region["startColumn"] - 1 : region["endColumn"] - 1]
    inner = lines[first + 1 : last]
    return "\n".join([lines[first][region["startColumn"] - 1 :], *inner, lines[last][: region["endColumn"] - 1]])


def _region(result: dict[str, Any]) -> dict[str, int]:
    return result["locations"][0]["physicalLocation"]["region"]


# -- 1. regions ----------------------------------------------------------------


def test_every_region_has_an_end_after_its_start(project: Project) -> None:
    log = _log(_report(project))
    regions = [loc["physicalLocation"]["region"] for r in _results(log) for loc in r["locations"] + r.get("relatedLocations", [])]
    assert {r["ruleId"] for r in _results(log)} >= {"CC011", "CC101", "CC104", "CC202", "CC502"}
    assert any(r.get("relatedLocations") for r in _results(log))
    for region in regions:
        assert set(region) == {"startLine", "startColumn", "endLine", "endColumn"}
        assert (region["endLine"], region["endColumn"]) > (region["startLine"], region["startColumn"])


def test_a_region_covers_the_value_it_is_about(project: Project) -> None:
    log = _log(_report(project))
    # A scalar from its first character to its last (quotes included).
    assert _marked(project, _region(_one(log, "CC104"))) == "khong-co-van-ban"
    assert _marked(project, _region(_one(log, "CC101"))) == "'2021-07-16'"
    assert _marked(project, _region(_one(log, "CC502"))) == "Kiểm tra CCHC"
    # A block mapping (the second lead) by its first line, not to the end of the task.
    cc202 = _region(_one(log, "CC202"))
    assert cc202["startLine"] == line_of(project, SLUG, "agency: tinh-a/ubnd-tinh", 2)
    assert _marked(project, cc202) == "agency: tinh-a/ubnd-tinh"
    # A finding on a key marks the key.
    assert _marked(project, _region(_one(log, "CC011")), project.plan_path(OTHER)) == "owner"
    # A related location in another file is marked the same way.
    related = _one(log, "CC101")["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "registry/documents/docs.yaml"
    assert _marked(project, related["region"], "registry/documents/docs.yaml") == "'2021-07-15'"


def test_a_scalar_over_several_lines_ends_on_its_last_line(project: Project) -> None:
    path = project.root / project.plan_path(SLUG)
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip() == "en: Kiểm tra CCHC")
    indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
    lines[at : at + 1] = [f"{indent}en: Kiểm tra", f"{indent}  CCHC"]  # a plain scalar continued: the same text
    path.write_text("\n".join(lines), encoding="utf-8")
    region = _region(_one(_log(_report(project)), "CC502"))
    assert (region["startLine"], region["endLine"]) == (at + 1, at + 2)
    assert _marked(project, region) == f"Kiểm tra\n{indent}  CCHC"

    lines[at : at + 2] = [f"{indent}en: |-", f"{indent}  Kiểm tra CCHC", ""]  # a block scalar and a blank line
    path.write_text("\n".join(lines), encoding="utf-8")
    region = _region(_one(_log(_report(project)), "CC502"))
    assert (region["endLine"], region["endColumn"]) == (at + 2, len(f"{indent}  Kiểm tra CCHC") + 1)


def test_a_place_where_no_value_starts_covers_one_character(tmp_path: Path) -> None:
    project = Project(tmp_path)
    project.add(base_plan())
    project.write()
    broken = project.root / "plans" / "tinh-a" / "hong.yaml"
    broken.write_text("slug: [unclosed\n", encoding="utf-8")
    (result,) = [r for r in _results(_log(_report(project))) if r["ruleId"] == "CC001"]
    region = _region(result)
    assert region["endLine"] == region["startLine"] and region["endColumn"] == region["startColumn"] + 1


# -- 2. links to the site --------------------------------------------------------


def test_rules_link_to_their_page_on_the_site_in_the_reports_language(project: Project) -> None:
    report = _report(project)
    en = _log(report, "en", site_url=SITE)
    assert en["runs"][0]["tool"]["driver"]["informationUri"] == "https://example.org/cchc/en/"
    assert _rules(en)["CC202"]["helpUri"] == "https://example.org/cchc/en/corpus/rules/cc202/"
    assert all(r["helpUri"].startswith(SITE + "en/corpus/rules/") for r in _rules(en).values())
    vi = _log(report, "vi", site_url="https://example.org/cchc")
    assert vi["runs"][0]["tool"]["driver"]["informationUri"] == "https://example.org/cchc/"
    assert _rules(vi)["CC202"]["helpUri"] == "https://example.org/cchc/corpus/rules/cc202/"


@pytest.mark.parametrize("site_url", [None, "", "javascript:alert(1)", "example.org"])
def test_no_address_is_invented_without_a_site_url(project: Project, site_url: str | None) -> None:
    log = _log(_report(project), "en", site_url=site_url)
    assert "informationUri" not in log["runs"][0]["tool"]["driver"]
    assert not any("helpUri" in r for r in _rules(log).values())


def test_the_site_url_comes_from_the_environment_variable() -> None:
    assert sarif.site_url_from_env({"CCHC_SITE_URL": SITE}) == SITE
    assert sarif.site_url_from_env({"CCHC_SITE_URL": " "}) is None
    assert sarif.site_url_from_env({}) is None


# -- 3. rule documentation -------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "checks", "first", "fires"),
    [
        ("vi", "Kiểm tra gì.", "Mỗi nhiệm vụ cần đúng một cơ quan chủ trì.", "Ví dụ có phát hiện"),
        ("en", "What it checks.", "Each task needs exactly one lead agency.", "Example that fires"),
    ],
)
def test_rule_documentation_is_in_the_reports_language(project: Project, lang: str, checks: str, first: str, fires: str) -> None:
    r = run_cli("lint", "--format", "sarif", "--lang", lang, cwd=project.root)
    log = json.loads(r.out)
    rule = _rules(log)["CC202"]
    doc = by_code()["CC202"].doc
    assert rule["shortDescription"]["text"] == doc.title(lang)
    # The rule's first paragraph, without its bold lead-in, in one line of plain text.
    assert rule["fullDescription"]["text"].startswith(first) and "\n" not in rule["fullDescription"]["text"]
    assert "`lead`" in rule["fullDescription"]["markdown"] and "`" not in rule["fullDescription"]["text"]
    # The documentation: what the rule checks, why it matters, and examples.
    markdown, text = rule["help"]["markdown"], rule["help"]["text"]
    assert f"**{checks}**" in markdown and "```yaml" in markdown and fires in markdown
    assert checks in text and fires in text and "tinh-a/so-tu-phap" in text
    for mark in ("**", "`", "```", "## ", "*"):
        assert mark not in text, mark
    other = "en" if lang == "vi" else "vi"
    assert doc.title(other) not in json.dumps(rule, ensure_ascii=False)


def test_help_text_of_every_rule_is_plain() -> None:
    from linter.reporters.sarif import plain_text

    assert plain_text("**Bold** and *emphasis*, `code`, a [link](https://e.org/), 5\\*3") == (
        "Bold and emphasis, code, a link (https://e.org/), 5*3"
    )
    assert plain_text("## Heading\n\n```yaml\nkey: `v`\n```") == "Heading\n\n    key: `v`"


# -- 4. fingerprints ------------------------------------------------------------


def _fingerprints(log: dict[str, Any]) -> dict[str, str]:
    out = {}
    for r in _results(log):
        assert r["ruleId"] not in out
        out[r["ruleId"]] = r["partialFingerprints"][sarif.FINGERPRINT]
    return out


def test_inserting_a_citation_keeps_the_fingerprints_of_later_findings(tmp_path: Path) -> None:
    before = _log(_report(_project(tmp_path / "before")))
    after = _log(_report(_project(tmp_path / "after", insert_citation=True)))
    pointers = {r["ruleId"]: r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] for r in _results(after)}
    assert pointers["CC101"] == "/citations/1/date" and pointers["CC104"] == "/citations/2/document"  # indexes moved
    assert _fingerprints(after) == _fingerprints(before)


def test_fingerprints_tell_findings_apart(project: Project) -> None:
    report = _report(project)
    prints = sarif.fingerprints(report)
    assert len(set(prints)) == len(prints) == len(report.results)
    # Another value is another finding.
    plan = project.plans[SLUG]
    plan["citations"][1]["document"] = "van-ban-khac"
    project.write()
    changed = _fingerprints(_log(_report(project)))
    assert changed["CC104"] != _fingerprints(_log(report))["CC104"]
    assert changed["CC202"] == _fingerprints(_log(report))["CC202"]


def test_the_site_and_the_sarif_report_name_nodes_by_the_same_stable_path(tmp_path: Path) -> None:
    report = _report(_project(tmp_path / "p", insert_citation=True))
    (cc101,) = [r for r in report.results if r.finding.rule == "CC101"]
    lf = report.loaded.corpus.files[cc101.finding.location.path]
    assert stable_pointer(lf.data, cc101.finding.location.pointer) == "/citations/c1/date"
    assert stable_pointer(lf.data, "/tasks/0/lead/1") == "/tasks/B.I.2.1/lead/1"
    ctx = SiteContext.build(report.loaded.corpus, report)
    assert ctx.finding_id(cc101) == "f-cc101-citations-c1-date"


# -- 5. the schema ---------------------------------------------------------------


@pytest.mark.parametrize(("lang", "site_url"), [("vi", None), ("en", SITE), ("vi", SITE)])
def test_the_log_is_valid_sarif_2_1_0(project: Project, lang: str, site_url: str | None) -> None:
    log = _log(_report(project), lang, site_url)
    jsonschema.Draft202012Validator(SCHEMA).validate(log)
    # With the formats checked too (``uri`` for helpUri and informationUri, ``uri-reference`` for files).
    jsonschema_rs.validator_for(SCHEMA, validate_formats=True).validate(log)
    assert any(r.get("suppressions") for r in _results(log))
    assert log["runs"][0]["language"] == lang
