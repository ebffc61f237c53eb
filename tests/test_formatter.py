"""``cchc fmt``: canonical, idempotent, data-preserving formatting."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from linter.config import load_config
from linter.corpus import corpus_files, kind_of
from linter.formatter import format_file, format_text, modeline_for, same_data

from .conftest import ROOT, run_cli

CONFIG = load_config(ROOT)


def _load(text: str):
    from ruamel.yaml import YAML

    return YAML(typ="safe", pure=True).load(text)


@pytest.mark.parametrize("path", corpus_files(CONFIG), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_corpus_file_is_formatted_and_formatting_is_idempotent(path: Path):
    text = path.read_text(encoding="utf-8")
    kind = kind_of(path, CONFIG)
    once = format_file(path, CONFIG)
    assert once.problem is None
    assert once.text == text, "the committed file is not in canonical format: run `cchc fmt`"
    twice = format_text(once.text, path=str(path), kind=kind, schema_dir=CONFIG.schema,
                        modeline=modeline_for(path, CONFIG.schema, kind))
    assert twice.text == once.text
    assert same_data(_load(text), _load(once.text))


MESSY = '''slug: tinh-a-100-kh-ubnd-2022
# a comment that must stay
province: tinh-a
period: {end: 2025, start: 2022}
plan: {title: {en: 'Plan', vi: 'Kế hoạch'}, type: ke-hoach}
document:
    title: {vi: "Kế hoạch cải cách hành chính", en: "Administrative reform plan"}
    number: 100/KH-UBND
    date: "2022-01-10"
    type: ke-hoach
    issuer_printed: ỦY BAN NHÂN DÂN TỈNH A
    header_present: true
issuer: {agency: tinh-a/ubnd-tinh, printed: "UBND tỉnh"}
citations: []
sections:
  - {id: "I", number: "I."}
targets: []
tasks: []
'''


def test_messy_plan_is_made_canonical():
    modeline = modeline_for(ROOT / "plans" / "tinh-a" / "x.yaml", CONFIG.schema, "plan")
    out = format_text(MESSY, kind="plan", schema_dir=CONFIG.schema, modeline=modeline)
    lines = out.text.splitlines()
    assert lines[0] == "# yaml-language-server: $schema=../../schema/plan.schema.json"
    keys = [ln.split(":")[0] for ln in lines if ln and not ln.startswith((" ", "#", "-"))]
    assert keys[:6] == ["slug", "province", "issuer", "period", "document", "plan"]
    assert "# a comment that must stay" in out.text
    assert "'Plan'" not in out.text and '"Plan"' in out.text          # single quotes become double quotes
    assert "Kế hoạch" in out.text and "\\u" not in out.text            # Vietnamese unescaped
    assert 'number: "100/KH-UBND"' in out.text or "number: 100/KH-UBND" in out.text
    assert same_data(_load(MESSY), _load(out.text))
    again = format_text(out.text, kind="plan", schema_dir=CONFIG.schema, modeline=modeline)
    assert again.text == out.text


@pytest.mark.parametrize("value", ["yes", "no", "on", "off", "2021-12-06", "1.", "I", "a)", "~", "null", "12"])
def test_ambiguous_text_is_quoted(value):
    text = f'slug: s\nprovince: p\nsections:\n  - {{id: "x", number: "{value}"}}\n'
    out = format_text(text, kind="plan", schema_dir=CONFIG.schema)
    assert f'"{value}"' in out.text
    assert _load(out.text)["sections"][0]["number"] == value


def test_check_exit_codes_and_unparsable_file(tmp_path: Path):
    for name in ("registry", "schema"):
        shutil.copytree(ROOT / name, tmp_path / name)
    (tmp_path / "pyproject.toml").write_text('[tool.cchc]\nplans = "plans"\nregistry = "registry"\nschema = "schema"\n', encoding="utf-8")
    plans = tmp_path / "plans" / "tinh-a"
    plans.mkdir(parents=True)
    messy = plans / "tinh-a-100-kh-ubnd-2022.yaml"
    messy.write_text(MESSY, encoding="utf-8")
    r = run_cli("fmt", "--check", "plans", cwd=tmp_path)
    assert r.code == 1 and "tinh-a-100-kh-ubnd-2022.yaml" in r.out
    assert messy.read_text(encoding="utf-8") == MESSY                 # --check writes nothing
    assert run_cli("fmt", "plans", cwd=tmp_path).code == 0
    assert run_cli("fmt", "--check", "plans", cwd=tmp_path).code == 0
    broken = plans / "broken.yaml"
    broken.write_text("slug: [unclosed\n", encoding="utf-8")
    r = run_cli("fmt", "plans", cwd=tmp_path)
    assert r.code != 0
    assert "Traceback" not in r.out + r.err
    assert "broken.yaml:" in r.out + r.err
    assert broken.read_text(encoding="utf-8") == "slug: [unclosed\n"  # left alone
