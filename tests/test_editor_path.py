"""The editor's path end to end, with the real CLI in a fresh project folder:
scaffold a plan, transcribe a task with a deliberate inconsistency, lint fails at
the right line with the right code (in the terminal, in JSON and as a GitHub
annotation), fix it, lint passes, ``fmt`` tidies the hand-written part once and
then changes nothing."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from .conftest import ROOT, run_cli

PLAN = Path("plans/ba-ria-vung-tau/ba-ria-vung-tau-99-kh-ubnd-2024.yaml")

# What an editor types by hand: four-space indentation, single quotes, keys in
# their own order, and a deadline outside the plan period (2024).
TASKS = """tasks:
    - id: 'B.I.1'
      section: 'I'
      number: '1.'
      source: body
      text: {en: 'Review administrative procedures', vi: 'Rà soát thủ tục hành chính'}
      lead:
          - {agency: ba-ria-vung-tau/so-noi-vu, printed: 'Sở Nội vụ'}
      # thời hạn như in / the deadline as printed
      deadline: {kind: quarter, printed: 'Quý IV/2025', quarter: 4, year: 2025}"""
SECTIONS = """sections:
    - id: 'I'
      number: 'I.'
      heading: {vi: 'NHIỆM VỤ', en: 'TASKS'}"""


def _not_provenance(findings: list[dict]) -> list[dict]:
    """Findings other than the provenance family's: a scaffolded draft has no source yet, which is information."""
    rest = [f for f in findings if not f["rule"].startswith("CC60")]
    assert all(f["severity"] == "info" for f in findings if f not in rest)
    return rest


def _line_of(text: str, needle: str) -> int:
    return next(i for i, ln in enumerate(text.splitlines(), start=1) if needle in ln)


def test_scaffold_break_fix_format(tmp_path: Path):
    for name in ("registry", "schema"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copyfile(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")

    # 1. Scaffold: a valid, clean file at the right path.
    r = run_cli(
        "new",
        "--province",
        "ba-ria-vung-tau",
        "--number",
        "99/KH-UBND",
        "--type",
        "ke-hoach",
        "--date",
        "2024-01-15",
        "--title-vi",
        "Kế hoạch cải cách hành chính năm 2024",
        "--title-en",
        "Administrative reform plan for 2024",
        "--period",
        "2024",
        "2024",
        cwd=tmp_path,
    )
    assert r.code == 0, r.out + r.err
    path = tmp_path / PLAN
    scaffold = path.read_text(encoding="utf-8")
    assert scaffold.startswith("# yaml-language-server: $schema=../../schema/plan.schema.json\n")
    assert run_cli("lint", cwd=tmp_path).code == 0

    # 2. Transcribe one task, with a deliberate inconsistency.
    broken = scaffold.replace("tasks: []", TASKS).replace("sections: []", SECTIONS)
    assert broken != scaffold
    path.write_text(broken, encoding="utf-8")
    line = _line_of(broken, "printed: 'Quý IV/2025'")

    # 3. Lint fails at that line with CC204, wherever the editor looks.
    r = run_cli("lint", str(PLAN), "--format", "json", cwd=tmp_path)
    assert r.code == 1, r.out + r.err
    findings = json.loads(r.out)["findings"]
    findings = _not_provenance(findings)
    assert [(f["rule"], f["line"]) for f in findings] == [("CC204", line)]
    assert findings[0]["message"]["vi"] and findings[0]["message"]["en"]
    text = run_cli("lint", cwd=tmp_path)
    assert text.code == 1 and f"{PLAN.as_posix()}:{line}:" in text.out and "CC204" in text.out
    english = run_cli("lint", "--lang", "en", cwd=tmp_path)
    assert "CC204" in english.out and "period" in english.out
    github = run_cli("lint", "--format", "github", cwd=tmp_path)
    assert f"file={PLAN.as_posix()},line={line}," in github.out and "CC204" in github.out

    # 4. The editor fixes it (the document said Quý IV/2024): lint passes.
    fixed = broken.replace("Quý IV/2025", "Quý IV/2024").replace("year: 2025}", "year: 2024}")
    path.write_text(fixed, encoding="utf-8")
    assert run_cli("lint", cwd=tmp_path).code == 0

    # 5. fmt tidies the hand-written part once, keeps the comment, then changes nothing.
    assert run_cli("fmt", "--check", cwd=tmp_path).code == 1
    r = run_cli("fmt", cwd=tmp_path)
    assert r.code == 0 and PLAN.as_posix() in r.out
    once = path.read_text(encoding="utf-8")
    assert once != fixed
    assert '  - id: "B.I.1"\n    number: "1."\n    section: "I"\n' in once
    assert "    # thời hạn như in / the deadline as printed\n    deadline:" in once
    assert "'" not in once[once.index("tasks:") :]
    r = run_cli("fmt", cwd=tmp_path)
    assert r.code == 0 and "0 reformatted" in r.out
    assert path.read_text(encoding="utf-8") == once
    assert run_cli("fmt", "--check", cwd=tmp_path).code == 0
    assert run_cli("lint", cwd=tmp_path).code == 0


# --------------------------------------------------------------------------
# The contributing guide describes this path: its commands and examples work.

GUIDES = {"vi": ROOT / "docs" / "contributing.md", "en": ROOT / "docs" / "contributing.en.md"}


def _code_blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", text, flags=re.S | re.M)


def _after(text: str, anchor: str) -> str:
    return text[text.index(anchor) :]


def test_the_guides_examples_work(tmp_path: Path):
    for name in ("registry", "schema"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copyfile(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    guide = GUIDES["vi"].read_text(encoding="utf-8")
    english = GUIDES["en"].read_text(encoding="utf-8")
    safe = YAML(typ="safe", pure=True)
    assert [safe.load(b) for b in _code_blocks(guide, "yaml")] == [safe.load(b) for b in _code_blocks(english, "yaml")]
    # the scaffold command, exactly as printed in the guide, with the source text the editor downloaded
    shutil.copyfile(ROOT / "sources" / "ha-tinh" / "ha-tinh-3504-qd-ubnd-2021.txt", tmp_path / "3504-qd-ubnd.txt")
    command = next(b for b in _code_blocks(guide, "sh") if "cchc new" in b).replace("\\\n", " ")
    args = shlex.split(command)
    r = run_cli(*args[args.index("new") :], cwd=tmp_path)
    assert r.code == 0, r.err
    made = next((tmp_path / "plans").rglob("*.yaml"))
    assert run_cli("lint", cwd=tmp_path).code == 0
    # the source named in the command was copied into sources/, and the draft's findings are information
    assert (tmp_path / "sources" / "ha-tinh" / "ha-tinh-3504-qd-ubnd-2021.txt").read_bytes() == (tmp_path / "3504-qd-ubnd.txt").read_bytes()
    listed = json.loads(run_cli("lint", "--format", "json", str(made.relative_to(tmp_path)), cwd=tmp_path).out)["findings"]
    assert _not_provenance(listed) == []
    # the worked example (an appendix row) and the acknowledgement example, in a scaffolded plan
    r = run_cli(
        "new",
        "--province",
        "ba-ria-vung-tau",
        "--number",
        "99/KH-UBND",
        "--type",
        "ke-hoach",
        "--date",
        "2024-01-15",
        "--title-vi",
        "Kế hoạch cải cách hành chính năm 2024",
        "--title-en",
        "Administrative reform plan for 2024",
        cwd=tmp_path,
    )
    assert r.code == 0, r.err
    plan = tmp_path / PLAN
    yaml = YAML(typ="rt")
    example = YAML(typ="safe", pure=True).load(_code_blocks(_after(guide, "{ #vi-du }"), "yaml")[0])
    data = yaml.load(plan.read_text(encoding="utf-8"))
    data["sections"], data["tasks"] = example["sections"], example["tasks"]
    with open(plan, "w", encoding="utf-8") as fh:
        yaml.dump(data, fh)
    r = run_cli("lint", "--format", "json", str(PLAN), cwd=tmp_path)
    assert r.code == 0 and _not_provenance(json.loads(r.out)["findings"]) == [], r.out
    ack = YAML(typ="safe", pure=True).load(_code_blocks(_after(guide, "{ #xac-nhan }"), "yaml")[0])
    data["citations"] = ack["citations"]
    with open(plan, "w", encoding="utf-8") as fh:
        yaml.dump(data, fh)
    findings = json.loads(run_cli("lint", "--format", "json", str(PLAN), cwd=tmp_path).out)["findings"]
    assert not [f for f in findings if f["rule"].startswith("CC0")], findings  # schema-valid
    made.unlink()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_guide_covers_the_issue(lang: str):
    text = GUIDES[lang].read_text(encoding="utf-8")
    for needle in (
        "cchc new",
        "cchc lint",
        "cchc fmt",
        "cchc explain",
        "acknowledgements",
        "- [ ]",
        "redhat.vscode-yaml",
        "yaml-language-server",
        "CC0xx",
        "CC1xx",
        "CC2xx",
        "CC3xx",
        "CC4xx",
        "CC5xx",
        "CC9xx",
    ):
        assert needle in text, needle


def test_contributing_md_is_the_guide_in_both_languages():
    """CONTRIBUTING.md (shown by GitHub) holds the same sections and examples as the site page, Vietnamese first."""
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    split = contributing.index("## Contributing data")
    parts = {"vi": contributing[:split], "en": contributing[split:]}
    for lang, path in GUIDES.items():
        page = path.read_text(encoding="utf-8")
        headings = [
            re.sub(r"\s*\{ #[\w-]+ \}", "", h) for h in re.findall(r"^#+ (.*)$", re.sub(r"```.*?```", "", page, flags=re.S), flags=re.M)
        ]
        mine = re.findall(r"^#+ (.*)$", re.sub(r"```.*?```", "", parts[lang], flags=re.S), flags=re.M)
        assert [h for h in mine if h != "Đóng góp · Contributing"] == headings, lang
        for kind in ("sh", "yaml", "text"):
            assert _code_blocks(parts[lang], kind) == _code_blocks(page, kind), (lang, kind)
