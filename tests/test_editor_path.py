"""The editor's path end to end: scaffold, a deliberate inconsistency, lint fails at the line, fix, lint passes, fmt is stable."""

from __future__ import annotations

import shutil
from pathlib import Path

from .conftest import ROOT, run_cli

PLAN = Path("plans/ba-ria-vung-tau/ba-ria-vung-tau-99-kh-ubnd-2024.yaml")


def test_scaffold_break_fix_format(tmp_path: Path):
    for name in ("registry", "schema"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copyfile(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "plans").mkdir()
    r = run_cli("new", "--province", "ba-ria-vung-tau", "--number", "99/KH-UBND", "--type", "ke-hoach", "--date", "2024-01-15",
                "--title-vi", "Kế hoạch cải cách hành chính năm 2024", "--title-en", "Administrative reform plan for 2024",
                "--period", "2024", "2024", cwd=tmp_path)
    assert r.code == 0, r.out + r.err
    path = tmp_path / PLAN
    text = path.read_text(encoding="utf-8")
    # The editor transcribes one task, with a deadline outside the plan period (2024).
    broken = text.replace("tasks: []", """tasks:
  - id: "B.I.1"
    number: "1"
    section: "I"
    source: body
    text: {vi: "Rà soát thủ tục hành chính", en: "Review administrative procedures"}
    lead:
      - {agency: ba-ria-vung-tau/so-noi-vu, printed: "Sở Nội vụ"}
    deadline: {kind: quarter, printed: "Quý IV/2025", quarter: 4, year: 2025}""").replace(
        "sections: []", 'sections:\n  - id: "I"\n    number: "I."\n    heading: {vi: "NHIỆM VỤ", en: "TASKS"}')
    path.write_text(broken, encoding="utf-8")
    line = next(i for i, ln in enumerate(broken.splitlines(), start=1) if "Quý IV/2025" in ln)
    r = run_cli("lint", str(PLAN), "--format", "json", cwd=tmp_path)
    assert r.code == 1
    import json

    findings = json.loads(r.out)["findings"]
    assert [(f["rule"], f["line"]) for f in findings] == [("CC204", line)]
    assert findings[0]["message"]["vi"] and findings[0]["message"]["en"]
    # The editor fixes it: the document said Quý IV/2024.
    path.write_text(broken.replace("Quý IV/2025", "Quý IV/2024").replace("year: 2025}", "year: 2024}"), encoding="utf-8")
    assert run_cli("lint", str(PLAN), cwd=tmp_path).code == 0
    assert run_cli("fmt", str(PLAN), cwd=tmp_path).code == 0
    once = path.read_text(encoding="utf-8")
    assert run_cli("fmt", str(PLAN), cwd=tmp_path).code == 0
    assert path.read_text(encoding="utf-8") == once
    assert run_cli("fmt", "--check", str(PLAN), cwd=tmp_path).code == 0
    assert run_cli("lint", str(PLAN), cwd=tmp_path).code == 0
