"""Broken and hostile input: the public YAML test suite, hand-made hostile files and
generated giants all end in findings or success, never a traceback, a hang or a blow-up."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import CORPORA, ROOT

SUITE = CORPORA / "yaml-test-suite"
#: The hostile inputs travel with the repository (they were written for this project).
HOSTILE = Path(__file__).resolve().parent / "data" / "hostile-yaml"
CCHC = str(Path(sys.executable).parent / "cchc")
SYNTAX_RULES = {"CC001", "CC002", "CC003", "CC004", "CC005", "CC007"}
MEMORY_LIMIT = 1024 * 1024 * 1024  # 1 GiB of address space per run


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def lint_json(files: list[Path], timeout: float = 120) -> tuple[int, dict, str]:
    """Run the real CLI in a child process with a memory cap and a timeout."""
    p = subprocess.run(
        [CCHC, "lint", "--no-cache", "--format", "json", *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_limit_memory,
    )
    assert "Traceback" not in p.stderr, p.stderr
    assert p.returncode in (0, 1), p.stderr
    return p.returncode, json.loads(p.stdout), p.stderr


def suite_cases() -> list[Path]:
    return sorted(d for d in SUITE.iterdir() if d.is_dir())


@pytest.mark.skipif(not SUITE.is_dir(), reason="shared corpora not present")
def test_yaml_test_suite_never_crashes_and_reports_every_error_case():
    cases = suite_cases()
    assert len(cases) == 402
    _, report, _ = lint_json([c / "in.yaml" for c in cases], timeout=300)
    by_case: dict[str, list[dict]] = {}
    for f in report["findings"]:
        by_case.setdefault(Path(f["path"]).parent.name, []).append(f)
    missed = []
    for case in cases:
        if (case / "error").exists():
            syntax = [f for f in by_case.get(case.name, []) if f["rule"] in SYNTAX_RULES]
            if not syntax:
                missed.append(case.name)
            for f in syntax:
                assert f["line"] >= 1 and f["column"] >= 1
    assert missed == [], f"error cases without a syntax finding: {missed}"
    # every file got a verdict
    assert report["summary"]["files"] == len(cases)


HOSTILE_EXPECTED = {
    # file: (rule expected, line) — None when the file must load without a syntax finding
    "billion-laughs.yaml": ("CC003", 6),
    "alias-cycle.yaml": ("CC005", None),
    "deep-nesting-flow.yaml": ("CC003", 1),
    "deep-nesting-block.yaml": ("CC003", 1),
    "duplicate-keys.yaml": ("CC002", 4),
    "tab-indentation.yaml": ("CC001", 2),
    "invalid-utf8.yaml": ("CC004", 3),
    "nul-byte.yaml": ("CC004", 2),
    "utf16le-bom.yaml": ("CC004", 1),
    "multi-document.yaml": ("CC005", 4),
    "norway-1.1.yaml": ("CC005", 1),
    "date-invalid.yaml": ("CC007", 2),
    "complex-key.yaml": ("CC005", 2),
    "python-tags.yaml": ("CC005", 3),
    "bom-utf8.yaml": None,
    "crlf.yaml": None,
    "empty.yaml": None,
    "comments-only.yaml": None,
    "merge-key.yaml": None,
    "norway-1.2.yaml": None,
    "date-like.yaml": None,
}


@pytest.mark.parametrize("name", sorted(HOSTILE_EXPECTED))
def test_hostile_file(name):
    marker = Path("/tmp/hostile-yaml-pwned")
    code, report, _ = lint_json([HOSTILE / name], timeout=60)
    assert not marker.exists()
    mine = [f for f in report["findings"] if f["path"].endswith(name)]
    assert code == 1 and mine, "every hostile file is at least not a valid plan"
    expected = HOSTILE_EXPECTED[name]
    syntax = [f for f in mine if f["rule"] in SYNTAX_RULES]
    if expected is None:
        assert syntax == [], syntax
    else:
        rule, line = expected
        assert syntax and syntax[0]["rule"] == rule
        if line is not None:
            assert syntax[0]["line"] == line
    for f in mine:
        assert len(f["message"]["vi"]) < 2000 and len(f["message"]["en"]) < 2000


def test_hostile_files_all_together_one_run():
    files = sorted(HOSTILE.glob("*.yaml"))
    code, report, _ = lint_json(files)
    assert code == 1
    assert {Path(f["path"]).name for f in report["findings"]} == {f.name for f in files}


@pytest.mark.slow
def test_generated_giants(tmp_path):
    subprocess.run([sys.executable, str(HOSTILE / "make_big.py"), "--out", str(tmp_path)], check=True, capture_output=True, timeout=120)
    big, long_line = tmp_path / "big-scalar.yaml", tmp_path / "long-line.yaml"
    _, report, _ = lint_json([big, long_line], timeout=120)
    rules = {(Path(f["path"]).name, f["rule"]) for f in report["findings"]}
    assert ("big-scalar.yaml", "CC003") in rules  # over the file-size limit: refused at once
    assert not any(name == "long-line.yaml" and rule in SYNTAX_RULES for name, rule in rules)  # loads
    text = subprocess.run(
        [CCHC, "lint", str(long_line)], cwd=ROOT, capture_output=True, text=True, timeout=60, preexec_fn=_limit_memory
    ).stdout
    assert max(len(line) for line in text.splitlines()) < 400, "reporters never print a whole giant line"
