"""Property-based tests: mutated plan files end in findings or success, never an exception."""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from linter.config import load_config
from linter.engine import lint
from linter.reporters import json as json_reporter
from linter.reporters import sarif, text

from .ruletools import Project, base_plan

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-10**12, max_value=10**12), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40), st.sampled_from(["2021-02-30", "2021-12-06", "no", "on", "{{ x }}", "<script>", "Quý IV/2021", "", "~", "-"]),
)
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)), max_leaves=8)


def paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from paths(v, prefix + (i,))


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
    json.loads(json_reporter.render_report(report, "vi"))
    json.loads(sarif.render_report(report, "en"))
    text.render_report(report, "vi", statistics=True)
    return report


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
    run_all_reporters(root)


edits = st.lists(
    st.tuples(st.sampled_from(["insert", "delete", "dupline"]), st.integers(min_value=0, max_value=10**6),
              st.text(alphabet=st.characters(codec="utf-8"), max_size=6) | st.sampled_from(["\t", ": ", "- ", "{", "[", "&a ", "*a", "!!python/name:os.system ", "#", "\"", "'", "\x00", "\ufeff", "%YAML 1.1\n", "---\n", "? "])),
    min_size=1, max_size=5,
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
            source = source[:pos] + source[pos + len(piece) + 1:]
        else:
            lines = source.split("\n")
            i = pos % len(lines)
            lines.insert(i, lines[i])
            source = "\n".join(lines)
    path.write_bytes(source.encode("utf-8", errors="surrogatepass"))
    report = run_all_reporters(project.root)
    assert report.results is not None
