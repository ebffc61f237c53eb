"""The contract every rule keeps, checked for all of them at once (as ruff checks its rule docs):

* a module with CODE, NAME, FAMILY, SEVERITY and ``check``; a stable, unique code and name;
* documentation with a summary, both languages (what it checks, why it matters, how to fix) and two
  examples: the ``[fires]`` example makes the rule fire and the ``[passes]`` example keeps it silent —
  both are run here, in a project holding the real corpus and a small plan the example is merged into;
* a message in both languages for every message key the rule can use, every parameter filled.
"""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from linter.catalogue import LANGS, messages, render
from linter.config import load_config
from linter.engine import lint
from linter.findings import SEVERITIES
from linter.rules import FAMILIES, Rule, all_rules

from ..ruletools import AGENCIES, AGENCIES_B, REPO, Project, base_plan, source_text

RULES = all_rules()
SAFE = YAML(typ="safe", pure=True)
#: Keys of a task and of a target: an example written as one task's (or target's) fields goes there.
TASK_KEYS = {"lead", "cooperating", "deadline", "budget", "notes", "area", "source"}
TARGET_KEYS = {"indicator", "comparator", "value", "value_max", "unit", "year", "scope"}
SLUG = "tinh-a-101-kh-ubnd-2022"
#: Rules whose examples are whole files (syntax), not fragments of a plan.
WHOLE_FILE = {"CC001", "CC002", "CC003", "CC004", "CC005", "CC006", "CC007", "CC008", "CC020"}


def test_every_rule_is_complete():
    codes = [r.code for r in RULES]
    names = [r.name for r in RULES]
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names)
    for r in RULES:
        assert re.fullmatch(r"CC\d{3}", r.code) and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r.name), r.code
        assert r.family in FAMILIES and r.severity in SEVERITIES, r.code
        assert r.doc.summary and "\n" not in r.doc.summary, r.code
        assert r.doc.summary_vi and r.doc.summary_vi != r.doc.summary, (
            f"{r.code}: no Vietnamese summary (second paragraph of the docstring)"
        )
        for lang_text, words in (
            (r.doc.vi, ("Kiểm tra gì", "Vì sao quan trọng", "Cách sửa")),
            (r.doc.en, ("What it checks", "Why it matters", "How to fix")),
        ):
            for w in words:
                assert w in lang_text, (r.code, w)
        assert r.doc.fires.strip() and r.doc.passes.strip(), r.code


def test_every_message_exists_in_both_languages_with_its_parameters_filled():
    MESSAGES = messages()
    for key, (vi, en) in MESSAGES.items():
        assert vi.strip() and en.strip() and vi != en, key
        assert set(re.findall(r"{(\w+)}", vi)) == set(re.findall(r"{(\w+)}", en)), key
    rule_codes = {r.code for r in RULES}
    for key in MESSAGES:
        assert key.split(".")[0] in rule_codes, f"message for no rule: {key}"
    for code in rule_codes:
        assert code in MESSAGES or any(k.startswith(code + ".") for k in MESSAGES), f"no message for {code}"


def test_each_rule_keeps_its_messages_in_its_own_module():
    import importlib

    import linter.catalogue

    assert not hasattr(linter.catalogue, "MESSAGES")
    for r in RULES:
        mod = importlib.import_module(r.module)
        assert r.messages, r.code
        assert all(key == r.code or key.startswith(r.code + ".") for key in r.messages), r.code
        if hasattr(mod, "MESSAGE"):
            assert r.messages[r.code] == mod.MESSAGE
        for variant, pair in getattr(mod, "VARIANTS", {}).items():
            assert r.messages[f"{r.code}.{variant}"] == pair


def _merge(base: Any, fragment: Any) -> Any:
    """``fragment`` laid over ``base``: mappings key by key, lists item by item, anything else replaced."""
    if isinstance(base, dict) and isinstance(fragment, dict):
        out = dict(base)
        for k, v in fragment.items():
            if v is None:
                out.pop(k, None)  # "~" in an example: the field is left out
            else:
                out[k] = _merge(base[k], v) if k in base else v
        return out
    if (
        isinstance(base, list)
        and isinstance(fragment, list)
        and fragment
        and all(isinstance(x, dict) for x in fragment)
        and base
        and all(isinstance(x, dict) for x in base)
    ):
        return [(_merge(base[i], f) if i < len(base) else f) for i, f in enumerate(fragment)]
    return fragment


@pytest.fixture(scope="module")
def corpus_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real corpus (plans, sources, registries) plus the test registries: examples may name either."""
    root = tmp_path_factory.mktemp("contract")
    for name in ("plans", "registry", "sources"):
        shutil.copytree(REPO / name, root / name)
    return root


def _example_findings(corpus_project: Path, tmp_path: Path, rule: Rule, example: str) -> set[str]:
    root = tmp_path / "p"
    shutil.copytree(corpus_project, root)
    project = Project(root, agencies={"tinh-a": copy.deepcopy(AGENCIES), "tinh-b": copy.deepcopy(AGENCIES_B)}, documents=[])
    project.add(base_plan())
    shown = project.plan_path(base_plan()["slug"])
    if rule.code in WHOLE_FILE:
        project.write()
        target = root / "plans" / "tinh-a" / "vi-du.yaml"
        target.write_text(example.replace("\\x00", "\x00"), encoding="utf-8")
        shown = "plans/tinh-a/vi-du.yaml"
    else:
        fragment = SAFE.load(example) or {}
        plan = base_plan(slug=SLUG, number="101/KH-UBND")
        example_source: str | bool | None = False
        for k, v in fragment.items():
            if k == "agencies":
                project.agencies["tinh-a"].extend(v)
            elif k == "documents":
                project.documents.extend(v)
            elif k == "source_text":
                example_source = v
            elif k in TASK_KEYS:
                plan["tasks"][0] = _merge(plan["tasks"][0], {k: v})
            elif k in TARGET_KEYS:
                plan["targets"][0] = _merge(plan["targets"][0], {k: v})
            elif k in plan:
                plan[k] = _merge(plan[k], v)
            else:
                plan[k] = v
        if example_source is not False:
            # A provenance example: its sections are the document's body and its source text that body's text;
            # the plan's other strings (header, tasks …) are added after it, where order does not matter.
            plan["sections"] = fragment.get("sections", [])
            rest = source_text({k: v for k, v in plan.items() if k != "sections"})
            project.sources[plan["transcription"]["source"]] = None if example_source is None else str(example_source) + rest
        project.add(plan)
        shown = project.plan_path(plan["slug"])
        project.write()
        m = re.match(r"#\s*(plans/\S+\.yaml)", example)
        if m:  # the example names where its file lies
            target = root / m.group(1)
            target.parent.mkdir(parents=True, exist_ok=True)
            (root / shown).rename(target)
            shown = m.group(1)
    report = lint(load_config(root), [])
    touched = {shown, "registry/agencies/tinh-a.yaml", "registry/documents/docs.yaml"}
    return {r.finding.rule for r in report.results if not r.acknowledged and r.finding.location.path in touched}


@pytest.mark.slow
@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_the_fires_example_fires_and_the_passes_example_stays_silent(corpus_project: Path, tmp_path: Path, rule: Rule):
    assert rule.code in _example_findings(corpus_project, tmp_path / "fires", rule, rule.doc.fires), "[fires] does not fire"
    assert rule.code not in _example_findings(corpus_project, tmp_path / "passes", rule, rule.doc.passes), "[passes] fires"


def test_every_message_renders_without_a_missing_parameter():
    from linter.findings import Finding, Location

    for key, (vi, _) in messages().items():
        code, _, variant = key.partition(".")
        params: dict[str, Any] = {name: f"<{name}>" for name in re.findall(r"{(\w+)}", vi)}
        if variant:
            params.update({"variant": variant, "problem": variant, "limit": variant, "feature": variant})
        f = Finding(code, Location("x.yaml", 1, 1), params)
        for lang in LANGS:
            text = render(f, lang)
            assert not re.search(r"{\w+}", text), (key, text)  # no placeholder left unfilled
            for name in params:
                if name in re.findall(r"{(\w+)}", vi):
                    assert f"<{name}>" in text, (key, name)
