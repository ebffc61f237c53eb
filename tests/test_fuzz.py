"""Property-based tests: mutated plan files end in findings or success, never an exception."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from linter.catalogue import render as message
from linter.config import load_config
from linter.engine import lint
from linter.reporters import json as json_reporter
from linter.reporters import sarif, text

from .ruletools import Project, base_plan

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["2021-02-30", "2021-12-06", "no", "on", "{{ x }}", "<script>", "Quý IV/2021", "", "~", "-"]),
)
values = st.recursive(
    scalars, lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)), max_leaves=8
)


def paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from paths(v, (*prefix, i))


@st.composite
def mutated_plan(draw):
    plan = base_plan()
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        all_paths = [p for p in paths(plan) if p]
        if not all_paths:
            break
        target = draw(st.sampled_from(all_paths))
        parent = plan
        for token in target[:-1]:
            parent = parent[token]
        last = target[-1]
        op = draw(st.sampled_from(["delete", "retype", "add", "duplicate"]))
        if op == "delete":
            del parent[last]
        elif op == "retype":
            parent[last] = draw(values)
        elif op == "add" and isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=10))] = draw(values)
        elif op == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))
    return plan


def run_all_reporters(root):
    report = lint(load_config(root))
    where = [(r.finding.rule, r.finding.location.path, r.finding.location.line, r.finding.location.column) for r in report.results]
    doc = json.loads(json_reporter.render_report(report, "vi"))
    assert [(f["rule"], f["path"], f["line"], f["column"]) for f in doc["findings"]] == where
    log = json.loads(sarif.render_report(report, "en"))
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == [w[0] for w in where]
    shown = text.render_report(report, "vi", statistics=True)
    for r in report.results:
        f = r.finding
        assert f.rule in report.rules, f
        lines = (root / f.location.path).read_bytes().count(b"\n") + 1
        assert 1 <= f.location.line <= lines and f.location.column >= 1, f
        assert message(f, "vi") and message(f, "en"), f
        assert f.rule in shown
    return report


def assert_findings_or_success(report, shown: str) -> None:
    """The plan file ``shown`` is either modelled, or left out with the findings that say why; its
    status is ok exactly when it has no open finding."""
    mine = [r for r in report.results if r.finding.location.path == shown and not r.acknowledged]
    status = {s.path: s for s in report.files}[shown]
    modelled = any(p.source.path == shown for p in report.loaded.corpus.plans.values())
    assert modelled == (shown not in report.loaded.unmodelled), shown
    if not modelled:
        assert report.loaded.unmodelled[shown] in {r.finding.rule for r in mine}
        assert status.status == "failing" and report.exit_code == 1
    assert (status.status == "ok") == (not mine), [r.finding for r in mine]


@SETTINGS
@given(plan=mutated_plan())
def test_mutated_data_never_raises(tmp_path_factory, plan):
    project = Project(tmp_path_factory.mktemp("fuzz"))
    project.plans["x"] = plan
    project.plans["x"].setdefault("province", "tinh-a")
    root = project.root
    (root / "plans" / "tinh-a").mkdir(parents=True, exist_ok=True)
    project.plans.clear()
    project.write()
    yaml = YAML()
    with open(root / "plans" / "tinh-a" / "fuzz.yaml", "w", encoding="utf-8") as fh:
        yaml.dump(json.loads(json.dumps(plan, default=str)), fh)
    report = run_all_reporters(root)
    assert "plans/tinh-a/fuzz.yaml" in report.checked_files
    assert_findings_or_success(report, "plans/tinh-a/fuzz.yaml")
    # Named fuzz.yaml, the plan is never where its slug says: at least that is reported.
    assert any(r.finding.location.path == "plans/tinh-a/fuzz.yaml" for r in report.results)


edits = st.lists(
    st.tuples(
        st.sampled_from(["insert", "delete", "dupline"]),
        st.integers(min_value=0, max_value=10**6),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=6)
        | st.sampled_from(
            [
                "\t",
                ": ",
                "- ",
                "{",
                "[",
                "&a ",
                "*a",
                "!!python/name:os.system ",
                "#",
                '"',
                "'",
                "\x00",
                "\ufeff",
                "%YAML 1.1\n",
                "---\n",
                "? ",
            ]
        ),
    ),
    min_size=1,
    max_size=5,
)


@SETTINGS
@given(changes=edits)
def test_mutated_text_never_raises(tmp_path_factory, changes):
    project = Project(tmp_path_factory.mktemp("fuzztext"))
    project.add(base_plan())
    project.write()
    path = project.root / project.plan_path("tinh-a-100-kh-ubnd-2022")
    source = path.read_text(encoding="utf-8")
    for op, pos, piece in changes:
        pos = pos % (len(source) + 1)
        if op == "insert":
            source = source[:pos] + piece + source[pos:]
        elif op == "delete":
            source = source[:pos] + source[pos + len(piece) + 1 :]
        else:
            lines = source.split("\n")
            i = pos % len(lines)
            lines.insert(i, lines[i])
            source = "\n".join(lines)
    path.write_bytes(source.encode("utf-8", errors="surrogatepass"))
    report = run_all_reporters(project.root)
    shown = project.plan_path("tinh-a-100-kh-ubnd-2022")
    assert shown in report.checked_files
    assert_findings_or_success(report, shown)


# --------------------------------------------------------------------------
# Every field of the real plans, with the values hostile files use.

HOSTILE_VALUES = [
    ".nan",
    ".inf",
    "-.inf",
    "1" + "0" * 400,
    "1.0e308",
    "2021.0",
    "4.0",
    '"\\ud800"',
    '"\\x86[x](javascript:alert(1))"',
    '"\\x1b]52;c;SGk=\\x07"',
    '"\\0"',
    '"\\x7f"',
    '"\\u202e"',
    "2021-02-30",
    "2021-13-01",
    '"Ho\\u0300a"',
    "~",
    "[]",
    "{}",
]


def _leaves(node, pointer=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _leaves(v, f"{pointer}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _leaves(v, f"{pointer}/{i}")
    else:
        yield pointer


@pytest.mark.slow
def test_every_field_of_the_real_plans_survives_hostile_values(tmp_path, monkeypatch):
    """Each scalar of each corpus plan (sampled), replaced by each hostile value written as YAML: the
    whole pipeline (load, schema, model, rules, every reporter, the plan page) ends in findings, never an exception."""
    import random

    from linter.cache import Cache

    monkeypatch.setenv("CCHC_CACHE_DIR", str(tmp_path / "cache"))
    from linter.sitegen import urls
    from linter.sitegen.context import SiteContext
    from linter.sitegen.pages.plans import render_plan

    from .conftest import ROOT

    rng = random.Random(20)
    safe = YAML(typ="safe", pure=True)
    rt = YAML()
    rt.width = 4096
    project = Project(tmp_path)
    project.write()
    plans = sorted((ROOT / "plans").rglob("*.yaml"))
    for name in ("registry", "sources"):
        import shutil

        shutil.rmtree(tmp_path / name, ignore_errors=True)
        shutil.copytree(ROOT / name, tmp_path / name)
    (tmp_path / "pyproject.toml").write_text(f'[tool.cchc]\nschema = "{(ROOT / "schema").as_posix()}"\n', encoding="utf-8")
    shutil.rmtree(tmp_path / "plans", ignore_errors=True)
    runs = 0
    for source in plans:
        data = safe.load(source.read_text(encoding="utf-8"))
        leaves = list(_leaves(data))
        for pointer in rng.sample(leaves, min(6, len(leaves))):
            value = rng.choice(HOSTILE_VALUES)
            text = source.read_text(encoding="utf-8")
            mutated = _replace_leaf(rt, text, pointer, value)
            if mutated is None:
                continue
            target = tmp_path / source.relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(mutated, encoding="utf-8")
            config = load_config(tmp_path)
            report = lint(config, [target], cache=Cache.for_config(config))
            for render in (text_render, json_reporter.render_report, sarif.render_report):
                out = render(report, "en")
                out.encode("utf-8")
            ctx = SiteContext.build(report.loaded.corpus, report)
            for plan in report.loaded.corpus.plans.values():
                render_plan(ctx, plan, urls.plan(plan.slug), "vi").encode("utf-8")
            target.unlink()
            runs += 1
    assert runs >= 25


def text_render(report, lang):
    return text.render_report(report, lang, statistics=True)


def _replace_leaf(rt, text: str, pointer: str, value: str):
    """The plan text with the scalar at ``pointer`` written as ``value`` (raw YAML)."""
    import io

    doc = rt.load(text)
    node = doc
    tokens = pointer.split("/")[1:]
    for tok in tokens[:-1]:
        node = node[int(tok)] if isinstance(node, list) else node[tok]
    last = tokens[-1]
    marker = "__HOSTILE_VALUE__"
    if isinstance(node, list):
        node[int(last)] = marker
    else:
        node[last] = marker
    buf = io.StringIO()
    rt.dump(doc, buf)
    out = buf.getvalue()
    return out.replace(marker, value, 1) if marker in out else None
