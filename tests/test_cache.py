"""The parse cache: data only, outside the project, signed, keyed on the code and the schemas."""

from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import pytest

from linter.cache import Cache, decode, fingerprint
from linter.config import load_config
from linter.engine import lint

from .ruletools import Project, base_plan


def _findings(report) -> list[tuple[str, str, int, int, bool]]:
    return [
        (r.finding.rule, r.finding.location.path, r.finding.location.line, r.finding.location.column, r.acknowledged)
        for r in report.results
    ]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.setenv("CCHC_CACHE_DIR", str(tmp_path / "user-cache"))
    p = Project(tmp_path / "project")
    (tmp_path / "project").mkdir()
    plan = p.add(base_plan())
    plan["tasks"][0]["deadline"] = {"kind": "quarter", "printed": "Quý IV/2030", "quarter": 4, "year": 2030}  # a finding
    p.write()
    return p


def test_cached_run_gives_the_same_result_and_writes_json_outside_the_project(project: Project, tmp_path: Path):
    config = load_config(project.root)
    cold = _findings(lint(config))
    first = _findings(lint(config, cache=Cache.for_config(config)))
    warm = _findings(lint(config, cache=Cache.for_config(config)))
    assert cold == first == warm and any(f[0] == "CC204" for f in cold)
    entries = list((tmp_path / "user-cache").rglob("*.json"))
    assert entries, "nothing was cached"
    assert not (project.root / ".cache").exists()
    for entry in entries:
        mac, _, body = entry.read_bytes().partition(b"\n")
        assert len(mac) == 64 and json.loads(body)  # a signature line, then plain JSON
        decode(body)


def test_a_damaged_entry_is_a_miss_never_another_result(project: Project, tmp_path: Path):
    config = load_config(project.root)
    expected = _findings(lint(config))
    lint(config, cache=Cache.for_config(config))
    entry = max((tmp_path / "user-cache").rglob("*.json"), key=lambda p: p.stat().st_size)
    original = entry.read_bytes()
    step = max(1, len(original) // 150)
    for offset in range(0, len(original), step):
        damaged = bytearray(original)
        damaged[offset] ^= 0x01
        entry.write_bytes(bytes(damaged))
        assert _findings(lint(config, cache=Cache.for_config(config))) == expected, offset
    entry.write_bytes(b"not an entry")
    assert _findings(lint(config, cache=Cache.for_config(config))) == expected


def test_pickles_in_the_repository_are_never_loaded(project: Project, tmp_path: Path):
    """A pull request could commit an old-style cache entry: nothing ever unpickles it."""
    marker = tmp_path / "executed"

    class Boom:
        def __reduce__(self):
            return (Path.write_text, (marker, "pwned"))

    config = load_config(project.root)
    cache = Cache.for_config(config)
    plan_file = project.root / project.plan_path("tinh-a-100-kh-ubnd-2022")
    key = cache.key(plan_file.read_bytes(), "plan", project.plan_path("tinh-a-100-kh-ubnd-2022"))
    for folder in (project.root / ".cache" / "cchc" / key[:2], cache.folder / key[:2]):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{key}.pickle").write_bytes(pickle.dumps(Boom()))
        (folder / f"{key}.json").write_bytes(pickle.dumps(Boom()))
    lint(config, cache=cache)
    assert not marker.exists()


def test_changing_the_code_or_a_schema_misses_the_cache(tmp_path: Path):
    from linter import cache as cache_module

    package = Path(cache_module.__file__).resolve().parent
    copy = tmp_path / "linter"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    schema = Path(__file__).resolve().parent.parent / "schema"
    schema_copy = tmp_path / "schema"
    shutil.copytree(schema, schema_copy)
    same = fingerprint(str(schema_copy), copy)
    rule = copy / "rules" / "cc204_deadline_outside_period.py"
    rule.write_text(rule.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    fingerprint.cache_clear()
    assert fingerprint(str(schema_copy), copy) != same
    rule.write_text(rule.read_text(encoding="utf-8").replace("\n# edited\n", ""), encoding="utf-8")
    fingerprint.cache_clear()
    assert fingerprint(str(schema_copy), copy) == same
    (schema_copy / "plan.schema.json").write_text((schema_copy / "plan.schema.json").read_text(encoding="utf-8") + " ", encoding="utf-8")
    fingerprint.cache_clear()
    assert fingerprint(str(schema_copy), copy) != same
