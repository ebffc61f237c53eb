"""``cchc fmt``: canonical, idempotent, data-preserving formatting."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from linter.config import load_config
from linter.corpus import corpus_files, kind_of
from linter.fmt import format_file, format_files, format_text, modeline_for, same_data
from linter.limits import Limits
from linter.loader import load_text

from .conftest import CORPORA, ROOT, run_cli

CONFIG = load_config(ROOT)
PLAN_MODELINE = "# yaml-language-server: $schema=../../schema/plan.schema.json"


def data_of(text: str):
    """The data as the project reads it (YAML 1.2, positions, limits)."""
    lf = load_text(text, "<test>", Limits())
    assert lf.text is not None and not any(f.rule in ("CC001", "CC002", "CC005") for f in lf.findings), lf.findings
    return lf.data


def fmt(text: str, kind: str = "plan", modeline: str | None = PLAN_MODELINE):
    return format_text(text, kind=kind, schema_dir=CONFIG.schema, modeline=modeline)


def canonical(text: str, kind: str = "plan") -> str:
    """Format, check the data is unchanged and that a second run changes nothing."""
    out = fmt(text, kind)
    assert out.problem is None, out.problem.render()
    assert same_data(data_of(text), data_of(out.text))
    again = fmt(out.text, kind)
    assert again.problem is None and again.text == out.text, "not idempotent"
    return out.text


# --------------------------------------------------------------------------
# Every corpus file (the corpus grows: nothing here assumes its content)


@pytest.mark.parametrize("path", corpus_files(CONFIG), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_corpus_file_formats_idempotently_and_keeps_its_data(path: Path):
    text = path.read_text(encoding="utf-8")
    kind = kind_of(path, CONFIG)
    once = format_file(path, CONFIG)
    assert once.problem is None, once.problem.render()
    assert once.text is not None and once.text.startswith(modeline_for(path, CONFIG.schema, kind) + "\n")
    assert once.text == text, "the committed file is not in canonical format: run `cchc fmt`"
    assert same_data(data_of(text), data_of(once.text))
    twice = format_text(once.text, path=str(path), kind=kind, schema_dir=CONFIG.schema, modeline=modeline_for(path, CONFIG.schema, kind))
    assert twice.problem is None
    assert twice.text == once.text, "formatting is not idempotent"


# --------------------------------------------------------------------------
# What canonical means

MESSY = """# Ghi chú đầu tệp / a header comment
slug: tinh-a-100-kh-ubnd-2022   # end-of-line comment
province: tinh-a
# a comment above period, which moves with it
period: {end: 2025, start: 2022}
plan: {title: {en: 'Plan', vi: 'Kế hoạch'}, type: ke-hoach}
document:
    # a comment above title, which moves with it
    title: {vi: "Kế hoạch cải cách hành chính", en: "Administrative reform plan"}
    number: 100/KH-UBND
    date: 2022-01-10
    type: ke-hoach
    issuer_printed: 'ỦY BAN NHÂN DÂN TỈNH A'
    date_printed: "ng\\u00e0y 10 th\\u00e1ng 01 n\\u0103m 2022"
    header_present: true
issuer: {agency: tinh-a/ubnd-tinh, printed: "UBND tỉnh"}
citations: []
sections:
- number: I.
  id: I
  heading:
    en: OBJECTIVES
    vi: MỤC TIÊU
targets: []
tasks: []
# a closing comment
"""


def test_messy_plan_is_made_canonical():
    text = canonical(MESSY)
    lines = text.splitlines()
    assert lines[0] == PLAN_MODELINE
    assert lines[1] == "# Ghi chú đầu tệp / a header comment"
    top = [ln.split(":")[0] for ln in lines if ln and not ln.startswith((" ", "#", "-"))]
    assert top == ["slug", "province", "issuer", "period", "document", "plan", "citations", "sections", "targets", "tasks"]
    # nested key order follows the schema too, in block and in flow mappings
    assert "period: {start: 2022, end: 2025}" in text
    assert 'plan: {type: ke-hoach, title: {vi: "Kế hoạch", en: "Plan"}}' in text
    doc = [ln.strip().split(":")[0] for ln in lines[lines.index("document:") + 1 : lines.index("document:") + 9]]
    assert [k for k in doc if not k.startswith("#")] == [
        "number",
        "type",
        "issuer_printed",
        "date",
        "date_printed",
        "title",
        "header_present",
    ]
    assert '  - id: "I"\n    number: "I."\n    heading:\n      vi: MỤC TIÊU\n      en: OBJECTIVES\n' in text
    # comments kept, moved with their key, indented like it
    assert "slug: tinh-a-100-kh-ubnd-2022   # end-of-line comment" in text
    assert "# a comment above period, which moves with it\nperiod:" in text
    assert "  # a comment above title, which moves with it\n  title:" in text
    assert text.endswith("tasks: []\n# a closing comment\n")
    # quoting: dates, numbering, single quotes; Vietnamese unescaped
    assert 'date: "2022-01-10"' in text
    assert "'" not in text.replace("People's", "")
    assert 'issuer_printed: "ỦY BAN NHÂN DÂN TỈNH A"' in text
    assert 'date_printed: "ngày 10 tháng 01 năm 2022"' in text and "\\u" not in text
    # layout: two-space mappings, sequences indented with the dash at 2, no trailing space
    assert "\n  number: 100/KH-UBND\n" in text
    assert all(ln == ln.rstrip() for ln in lines)


@pytest.mark.parametrize(
    "value",
    [
        "yes",
        "no",
        "y",
        "n",
        "on",
        "off",
        "true",
        "False",
        "~",
        "null",
        "12",
        "0.5",
        "1e3",
        "0o17",
        "2021-12-06",
        "2021-12-06T10:00:00",
        "1.",
        "1)",
        "I",
        "II.1",
        "a)",
        "PL.I",
        "-",
        "+",
        "",
    ],
)
def test_text_that_yaml_could_misread_is_double_quoted(value):
    text = canonical(f'slug: s\nprovince: p\nsections:\n  - {{id: "x", number: "{value}"}}\n')
    assert f'number: "{value}"' in text
    assert data_of(text)["sections"][0]["number"] == value


@pytest.mark.parametrize("value", ["Sở Nội vụ", "value?", "Tại sao? Vì sao", "Quý IV/2023", "100%", "ke-hoach", ":x", "a-b:c"])
def test_plain_text_stays_plain(value):
    text = canonical(f"slug: s\nprovince: p\nnote: {value}\n")
    assert f"\nnote: {value}\n" in text


def test_quoted_text_stays_double_quoted():
    text = canonical("slug: s\nprovince: p\nnote: \"Sở Nội vụ\"\nother: 'it''s'\n")
    assert 'note: "Sở Nội vụ"' in text and 'other: "it\'s"' in text


def test_unquoted_date_becomes_a_quoted_date():
    text = canonical("slug: s\ndocument:\n  date: 2022-01-10\n")
    assert 'date: "2022-01-10"' in text


def test_block_scalars_are_kept_even_with_trailing_spaces():
    src = "slug: s\nnote: |\n  first line  \n  # not a comment\n\n  last\nother: >-\n  folded\n  text\n"
    text = canonical(src)
    assert "  first line  \n  # not a comment\n" in text
    assert "other: >-\n  folded\n  text\n" in text


def test_modeline_is_added_or_corrected_bom_and_crlf_removed():
    registry_modeline = "# yaml-language-server: $schema=../../schema/agencies.schema.json"
    for src in (
        "scope: tinh-a\nagencies: []\n",
        "# yaml-language-server: $schema=https://example.org/old.json\r\nscope: tinh-a\r\nagencies: []\r\n",
        "\ufeff# note\n# yaml-language-server: $schema=wrong.json\nscope: tinh-a\nagencies: []\n",
    ):
        out = format_text(src, kind="agencies", schema_dir=CONFIG.schema, modeline=registry_modeline)
        assert out.problem is None
        assert out.text.startswith(registry_modeline + "\n")
        assert out.text.count("yaml-language-server") == 1
        assert "\r" not in out.text and "\ufeff" not in out.text


def test_modeline_path_is_relative_to_the_file():
    assert modeline_for(ROOT / "plans" / "tinh-a" / "x.yaml", CONFIG.schema, "plan") == PLAN_MODELINE
    assert (
        modeline_for(ROOT / "registry" / "indicators" / "x.yaml", CONFIG.schema, "indicators")
        == "# yaml-language-server: $schema=../../schema/indicators.schema.json"
    )


def test_anchors_flow_style_and_numbers_are_kept():
    src = 'slug: s\nbase: &b {vi: "Sở", en: "Department"}\ncopy: *b\nvalues: [1, 2.5, 85]\nflag: true\nempty:\n'
    text = canonical(src)
    assert 'base: &b {vi: "Sở", en: "Department"}\ncopy: *b\nvalues: [1, 2.5, 85]\nflag: true\n' in text


def test_merge_keys_stay_merges_and_merged_values_are_not_copied():
    src = (
        "slug: s\nperiod:\n  <<: &p\n    start: 2021\n  end: 2025\n"
        "document:\n  title: {vi: Kế hoạch, en: Plan}\n  ? number\n  : 1/KH-UBND\n"
        "scope:\n  end: 2025\n  <<: *p\n"
    )
    text = canonical(src)
    assert "period:\n  <<: &p\n    start: 2021\n  end: 2025\n" in text
    # the mapping that takes its start from the merge does not get a copy of it
    assert "scope:\n  end: 2025\n  <<: *p\n" in text
    assert text.count("start: 2021") == 1


def test_explicit_keys_with_a_merge_are_formatted():
    """``? key`` / ``: value`` is plain YAML for an ordinary key: it is written as ``key: value``, merges kept."""
    src = 'slug: s\nissuer: &i\n  ? agency\n  : tinh-a/ubnd\nother:\n  <<: *i\n  ? printed\n  : "Bắc Ninh"\n'
    text = canonical(src)
    assert "issuer: &i\n  agency: tinh-a/ubnd\n" in text
    assert "other:\n  <<: *i\n  printed: Bắc Ninh\n" in text or 'other:\n  <<: *i\n  printed: "Bắc Ninh"\n' in text


def test_long_text_in_block_context_is_wrapped_and_reads_back():
    long = " ".join(["cải cách hành chính"] * 20)
    text = canonical(f'slug: s\nnote: "{long}"\npair: {{vi: "{long}", en: "x"}}\n')
    note = text.split("note:")[1].split("\npair:")[0]
    assert note.count("\n") >= 2 and max(len(ln) for ln in text.splitlines() if not ln.startswith("pair:")) <= 110
    assert f'pair: {{vi: "{long}", en: "x"}}' in text  # a flow pair stays on its line


def test_files_that_cannot_be_read_are_reported_not_changed():
    for src, rule in (("slug: [unclosed\n", "CC001"), ("slug: a\nslug: b\n", "CC002"), ("a: !!python/object:os.system x\n", "CC005")):
        out = fmt(src)
        assert out.text is None and out.problem is not None
        assert out.problem.line >= 1 and out.problem.column >= 1
        assert rule in out.problem.render()


def test_parallel_and_serial_formatting_agree(tmp_path: Path):
    files = []
    for i in range(17):
        f = tmp_path / f"f{i}.yaml"
        f.write_text(MESSY.replace("100", str(100 + i)), encoding="utf-8")
        files.append(f)
    serial = format_files(files, CONFIG, workers=1)
    parallel = format_files(files, CONFIG, workers=2)
    assert [o.text for o in serial] == [o.text for o in parallel]
    assert all(o.problem is None and o.changed for o in serial)


@pytest.mark.skipif(not CORPORA.is_dir(), reason="shared/corpora is not present")
def test_no_input_breaks_the_formatter():
    """The public YAML test suite and the hostile inputs: a result or a problem, never an exception."""
    for path in sorted(p for p in CORPORA.rglob("*") if p.is_file() and p.stat().st_size < 1_000_000):
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue
        out = format_text(text, path=str(path), kind="plan", schema_dir=CONFIG.schema, modeline=PLAN_MODELINE)
        assert (out.text is None) == (out.problem is not None), path
        if out.text is not None:
            again = format_text(out.text, path=str(path), kind="plan", schema_dir=CONFIG.schema, modeline=PLAN_MODELINE)
            assert again.text == out.text, path


# --------------------------------------------------------------------------
# The command


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for name in ("registry", "schema"):
        shutil.copytree(ROOT / name, tmp_path / name)
    (tmp_path / "pyproject.toml").write_text('[tool.cchc]\nplans = "plans"\nregistry = "registry"\nschema = "schema"\n', encoding="utf-8")
    (tmp_path / "plans" / "tinh-a").mkdir(parents=True)
    return tmp_path


def test_check_exit_codes(project: Path):
    messy = project / "plans" / "tinh-a" / "tinh-a-100-kh-ubnd-2022.yaml"
    messy.write_text(MESSY, encoding="utf-8")
    r = run_cli("fmt", "--check", "--diff", "plans", cwd=project)
    assert r.code == 1 and "tinh-a-100-kh-ubnd-2022.yaml" in r.out and "would reformat" in r.out and "sẽ định dạng lại" in r.out
    assert "+period: {start: 2022, end: 2025}" in r.out  # --diff shows the change
    assert messy.read_text(encoding="utf-8") == MESSY  # --check writes nothing
    r = run_cli("fmt", "plans", cwd=project)
    assert r.code == 0 and "reformatted" in r.out
    assert run_cli("fmt", "--check", "plans", cwd=project).code == 0
    assert run_cli("fmt", "--check", cwd=project).code == 0  # no path: the whole corpus
    assert run_cli("fmt", cwd=project).code == 0


def test_unparsable_file_gets_its_location_and_the_run_goes_on(project: Path):
    plans = project / "plans" / "tinh-a"
    broken = plans / "broken.yaml"
    broken.write_text("slug: x\nperiod: {start: 2022\ntasks: []\n", encoding="utf-8")
    messy = plans / "tinh-a-100-kh-ubnd-2022.yaml"
    messy.write_text(MESSY, encoding="utf-8")
    r = run_cli("fmt", "plans", cwd=project)
    assert r.code == 2
    assert "Traceback" not in r.out + r.err
    line = next(ln for ln in r.err.splitlines() if "broken.yaml:" in ln)
    assert line.startswith("plans/tinh-a/broken.yaml:") and line.split(":")[1].isdigit() and line.split(":")[2].isdigit()
    assert "CC001" in line
    assert broken.read_text(encoding="utf-8") == "slug: x\nperiod: {start: 2022\ntasks: []\n"  # left alone
    assert messy.read_text(encoding="utf-8") != MESSY  # the others are formatted
    assert run_cli("fmt", "--check", "plans", cwd=project).code == 2


def test_only_plan_and_registry_files_are_touched(project: Path):
    other = "site_name:   x\nnav: ['a']\n"
    (project / "mkdocs.yml").write_text(other, encoding="utf-8")
    (project / "notes.yaml").write_text(other, encoding="utf-8")
    r = run_cli("fmt", ".", cwd=project)
    assert r.code == 0, r.err
    assert (project / "mkdocs.yml").read_text(encoding="utf-8") == other
    r = run_cli("fmt", "notes.yaml", cwd=project)
    assert r.code == 0 and "notes.yaml" in r.err and "skipped" in r.err and "bỏ qua" in r.err
    assert (project / "notes.yaml").read_text(encoding="utf-8") == other
    assert run_cli("fmt", "no-such-file.yaml", cwd=project).code == 2


def test_fmt_never_drops_a_comment_inside_a_multi_line_flow_collection(tmp_path):
    text = FLOW_COMMENT
    out = format_text(text, path="x.yaml", kind="plan", schema_dir=ROOT / "schema")
    assert out.text is None and out.problem is not None and "# năm đầu" in out.problem.render() and out.problem.line == 3


FLOW_COMMENT = """slug: tinh-a-100-kh-ubnd-2022
period: {start: 2021,
  # năm đầu
  end: 2025}
"""


def test_fmt_cleans_up_temporaries_an_interrupted_run_left(tmp_path):
    project = tmp_path
    (project / "plans" / "tinh-a").mkdir(parents=True)
    (project / "registry").mkdir()
    (project / "pyproject.toml").write_text(f'[tool.cchc]\nschema = "{(ROOT / "schema").as_posix()}"\n', encoding="utf-8")
    plan = project / "plans" / "tinh-a" / "x.yaml"
    plan.write_text("slug: x\n", encoding="utf-8")
    stale = project / "plans" / "tinh-a" / ".x.yaml.k2j3h4.tmp"
    stale.write_text("half written", encoding="utf-8")
    keep = project / "plans" / "tinh-a" / ".notes.tmp"
    keep.write_text("not ours", encoding="utf-8")
    assert run_cli("fmt", cwd=project).code == 0
    assert not stale.exists() and keep.exists()


def test_modelines_follow_the_schemas_the_project_uses(tmp_path: Path) -> None:
    """Own schemas: a relative path; schema-url: the published address; the packaged schemas
    (whose place differs on every machine): the editor's own modeline is kept, none is added."""
    from dataclasses import replace

    from linter.config import PACKAGED_SCHEMAS
    from linter.fmt import project_modeline

    plan = tmp_path / "plans" / "tinh-a" / "p.yaml"
    own = replace(CONFIG, root=tmp_path, schema=tmp_path / "schema")
    assert project_modeline(plan, "slug: s\n", own, "plan") == "# yaml-language-server: $schema=../../schema/plan.schema.json"
    packaged = replace(CONFIG, root=tmp_path, schema=PACKAGED_SCHEMAS)
    assert project_modeline(plan, "slug: s\n", packaged, "plan") is None
    mine = "# yaml-language-server: $schema=https://example.org/plan.schema.json"
    assert project_modeline(plan, mine + "\nslug: s\n", packaged, "plan") == mine
    published = replace(packaged, schema_url="https://example.org/cchc/schema/")
    assert (
        project_modeline(plan, mine + "\n", published, "agencies")
        == "# yaml-language-server: $schema=https://example.org/cchc/schema/agencies.schema.json"
    )
