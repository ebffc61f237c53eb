"""``cchc new``: a schema-valid plan at the right path, with the right slug and modeline."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from linter.scaffold import plan_slug

from .conftest import ROOT, run_cli


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for name in ("registry", "schema"):
        shutil.copytree(ROOT / name, tmp_path / name)
    (tmp_path / "pyproject.toml").write_text('[tool.cchc]\nplans = "plans"\nregistry = "registry"\nschema = "schema"\n', encoding="utf-8")
    return tmp_path


def test_slug_convention():
    assert plan_slug("ba-ria-vung-tau", "4655/QĐ-UBND", "2021-12-06") == "ba-ria-vung-tau-4655-qd-ubnd-2021"
    assert plan_slug("ha-tinh", "3504/QĐ-UBND", "2021-10-22") == "ha-tinh-3504-qd-ubnd-2021"


NEW = ["new", "--province", "ba-ria-vung-tau", "--number", "99/KH-UBND", "--type", "ke-hoach", "--date", "2024-01-15",
       "--title-vi", "Kế hoạch cải cách hành chính năm 2024", "--title-en", "Administrative reform plan for 2024"]


def test_new_plan_is_valid_formatted_and_lint_clean(project: Path):
    r = run_cli(*NEW, cwd=project)
    assert r.code == 0, r.out + r.err
    path = project / "plans" / "ba-ria-vung-tau" / "ba-ria-vung-tau-99-kh-ubnd-2024.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schema/plan.schema.json\n")
    assert "Tiếp theo" in r.out and "Next" in r.out
    lint = run_cli("lint", "plans", cwd=project)
    assert lint.code == 0, lint.out
    assert run_cli("fmt", "--check", "plans", cwd=project).code == 0


def test_new_refuses_to_overwrite_and_bad_arguments(project: Path):
    assert run_cli(*NEW, cwd=project).code == 0
    again = run_cli(*NEW, cwd=project)
    assert again.code == 2 and "không ghi đè" in again.out and "not overwritten" in again.out
    bad_date = run_cli(*[a if a != "2024-01-15" else "15/01/2024" for a in NEW], cwd=project)
    assert bad_date.code == 2 and "YYYY-MM-DD" in bad_date.out
    unknown = run_cli(*NEW, "--issuer", "ba-ria-vung-tau/khong-co", cwd=project)
    assert unknown.code == 2 and "registry/agencies/" in unknown.out
    assert "Traceback" not in again.err + bad_date.err + unknown.err
