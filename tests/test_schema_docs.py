"""The schemas as an editor meets them: every enum value and every branch of a choice describes
itself in both languages, the generated text agrees with its one home (the site's labels in
``linter/sitegen/words.py``), the date pattern is the calendar, and the YAML language server
itself, over LSP, shows that text and flags what the contributing guide says it flags."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import fcntl
import json
import os
import queue
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from ruamel.yaml import YAML

from linter import schemadocs
from linter.schema_check import SchemaSet, _ecma
from linter.sitegen import words

from .conftest import ROOT

SCHEMA_DIR = ROOT / "schema"
SCHEMAS = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(SCHEMA_DIR.glob("*.schema.json"))}
GUIDES = {"vi": ROOT / "docs" / "contributing.md", "en": ROOT / "docs" / "contributing.en.md"}


def _nodes(node: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            yield from _nodes(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _nodes(value, f"{pointer}/{i}")


def _enums() -> list[tuple[str, str, dict[str, Any]]]:
    return [(name, pointer, node) for name, schema in SCHEMAS.items() for pointer, node in _nodes(schema) if "enum" in node]


def _choices() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (name, pointer, node)
        for name, schema in SCHEMAS.items()
        for pointer, node in _nodes(schema)
        if isinstance(node.get("anyOf"), list) or isinstance(node.get("oneOf"), list)
    ]


def _bilingual(text: Any) -> bool:
    """Vietnamese first, then English: at least two paragraphs, each with words."""
    if not isinstance(text, str):
        return False
    parts = [p for p in text.split("\n\n") if p.strip()]
    return len(parts) >= 2 and all(re.search(r"\w", p) for p in parts)


# --------------------------------------------------------------------------
# Enum values


def test_the_schemas_hold_the_generated_text():
    """The enum descriptions and the choices' Markdown are what ``python -m linter.schemadocs`` writes."""
    stale = [p.name for p in schemadocs.stale(SCHEMA_DIR)]
    assert stale == [], f"out of date, run `python -m linter.schemadocs`: {stale}"
    assert schemadocs.main(["--check", str(SCHEMA_DIR)]) == 0


def test_every_enum_value_describes_itself_in_both_languages():
    assert len(_enums()) >= 20
    for name, pointer, node in _enums():
        values = node["enum"]
        for key in ("enumDescriptions", "markdownEnumDescriptions"):
            described = node.get(key)
            assert isinstance(described, list), f"{name}{pointer}: no {key}"
            assert len(described) == len(values), f"{name}{pointer}: {key} is not parallel to enum"
            for value, text in zip(values, described):
                vi, sep, en = text.partition(" — ")
                assert sep and vi.strip() and en.strip(), f"{name}{pointer}: {value!r} has {text!r}"
        assert isinstance(node.get("description"), str) and node.get("title"), (
            f"{name}{pointer}: an enum field without title and description"
        )


def test_the_labels_are_the_sites():
    """One home: the schema's words for a code are the site's words for it."""
    plan = SCHEMAS["plan.schema.json"]["$defs"]
    comparator = plan["target"]["properties"]["comparator"]
    for value, text in zip(comparator["enum"], comparator["enumDescriptions"]):
        vi, en = words.COMPARATORS[value]
        assert text == f"{vi} — {en}"
    area = plan["area"]
    assert area["enumDescriptions"][area["enum"].index("the-che")] == " — ".join(words.AREAS["the-che"])
    kind = plan["deadline"]["properties"]["kind"]
    assert kind["enumDescriptions"][kind["enum"].index("quarter")] == " — ".join(words.DEADLINE_KINDS["quarter"]) + " · quarter, year"
    assert kind["markdownEnumDescriptions"][kind["enum"].index("quarter")].endswith("· `quarter`, `year`")
    assert kind["enumDescriptions"][kind["enum"].index("none")] == " — ".join(words.UI["no_deadline"])
    # every table the generator names is used by some enum, and covers it
    used = {pointer for _, pointer, _ in _enums()}
    assert set(schemadocs.ENUM_LABELS) == used


def test_a_new_enum_value_without_a_label_fails_and_a_changed_label_is_stale(tmp_path: Path):
    schema = copy.deepcopy(SCHEMAS["plan.schema.json"])
    schema["$defs"]["target"]["properties"]["comparator"]["enum"].append("about")
    with pytest.raises(schemadocs.SchemaDocsError, match="'about' has no Vietnamese and English label"):
        schemadocs.render(schema)
    schema = copy.deepcopy(SCHEMAS["plan.schema.json"])
    schema["$defs"]["new_field"] = {"title": "Mới / New", "description": "Mới.\n\nNew.", "enum": ["a", "b"]}
    with pytest.raises(schemadocs.SchemaDocsError, match="enum without labels"):
        schemadocs.render(schema)
    # a hand edit that breaks the parallel arrays is found stale, and the generator repairs it
    schema = copy.deepcopy(SCHEMAS["plan.schema.json"])
    schema["$defs"]["area"]["enumDescriptions"].pop()
    (tmp_path / "plan.schema.json").write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert schemadocs.stale(tmp_path) == [tmp_path / "plan.schema.json"]
    assert schemadocs.main(["--check", str(tmp_path)]) == 1
    assert schemadocs.main([str(tmp_path)]) == 0
    assert schemadocs.stale(tmp_path) == []
    assert json.loads((tmp_path / "plan.schema.json").read_text(encoding="utf-8")) == SCHEMAS["plan.schema.json"]


# --------------------------------------------------------------------------
# Choices


def test_every_choice_describes_itself_and_each_branch():
    assert {p for _, p, _ in _choices()} >= {
        "/$defs/assignment/properties/lead",
        "/$defs/citation/properties/date",
        "/$defs/citation/properties/year",
        "/$defs/self_reference/properties/date",
    }
    for name, pointer, node in _choices():
        assert _bilingual(node.get("description")), f"{name}{pointer}: the field has no bilingual description"
        assert node.get("markdownDescription") == node["description"], f"{name}{pointer}"
        for key in ("anyOf", "oneOf"):
            for i, branch in enumerate(node.get(key) or ()):
                where = f"{name}{pointer}/{key}/{i}"
                assert " / " in branch.get("title", ""), f"{where}: no bilingual title"
                assert _bilingual(branch.get("description")), f"{where}: no bilingual description"
                assert branch.get("markdownDescription") == branch["description"], where
        titles = [b["title"] for k in ("anyOf", "oneOf") for b in node.get(k) or ()]
        assert len(set(titles)) == len(titles), f"{name}{pointer}: two branches share a title"


# --------------------------------------------------------------------------
# Patterns and the schemas themselves


def test_the_schemas_are_valid_draft_2020_12():
    for name, schema in SCHEMAS.items():
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema", name
        Draft202012Validator.check_schema(schema)


def test_the_date_pattern_is_the_calendar():
    """The editor sees what the linter's date check sees: a real day, written YYYY-MM-DD."""
    dates = [s["$defs"]["date"] for s in SCHEMAS.values()]
    assert all(d == dates[0] for d in dates), "the date definition differs between schemas"
    assert dates[0]["format"] == "date" and "YYYY-MM-DD" in dates[0]["patternErrorMessage"]
    pattern = _ecma(dates[0]["pattern"])
    for year in (1900, 1945, 2000, 2021, 2023, 2024, 2096, 2100):
        for month in range(0, 14):
            for day in range(0, 33):
                text = f"{year:04d}-{month:02d}-{day:02d}"
                try:
                    dt.date(year, month, day)
                    real = True
                except ValueError:
                    real = False
                assert bool(pattern.search(text)) == real, text
    for text in ("2021-1-01", "21-01-01", "2021-01-01 ", "2021/01/01", "2021-01-01\n", "02021-01-01"):
        assert not pattern.search(text), text


def test_the_guides_say_the_same_about_the_editor():
    sections = {lang: path.read_text(encoding="utf-8") for lang, path in GUIDES.items()}
    anchors = {lang: re.findall(r"\{ #([\w-]+) \}", text) for lang, text in sections.items()}
    assert anchors["vi"] == anchors["en"] and "khi-go" in anchors["vi"]
    for text in sections.values():
        part = text[text.index("{ #khi-go }") :]
        part = part[: part.index("\n#")]
        for needle in ("cchc lint", "cchc fmt", "yaml-language-server", "CC006", "CC007", "CC204", "CC306", "2021-02-30", "null"):
            assert needle in part, needle


# --------------------------------------------------------------------------
# The YAML language server, for real (over LSP on standard input and output)

YAML_LS_VERSION = "1.25.0"


def _cache_dir() -> Path:
    """Beside the linter's own cache, not in it: ``$XDG_CACHE_HOME/cchc-test-tools`` (else ``~/.cache/cchc-test-tools``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cchc-test-tools" / f"yaml-language-server-{YAML_LS_VERSION}"


def _install_yaml_language_server() -> tuple[str, Path]:
    """node and the server's entry point, installed once into a cache folder outside the project; skips when it cannot be had."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        pytest.skip("node and npm are needed to run yaml-language-server; not found on PATH")
    home = _cache_dir()
    entry = home / "node_modules" / "yaml-language-server" / "bin" / "yaml-language-server"
    home.parent.mkdir(parents=True, exist_ok=True)
    with open(home.parent / f".{home.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # parallel test workers install once
        if not entry.is_file():
            staging = home.parent / f".{home.name}.partial"
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir()
            cmd = [
                npm,
                "install",
                "--prefix",
                str(staging),
                "--no-audit",
                "--no-fund",
                "--ignore-scripts",
                f"yaml-language-server@{YAML_LS_VERSION}",
            ]
            try:
                r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
            except (OSError, subprocess.TimeoutExpired) as exc:
                pytest.skip(f"npm could not install yaml-language-server@{YAML_LS_VERSION}: {exc}")
            if r.returncode != 0:
                tail = (r.stderr or r.stdout).strip().splitlines()[-3:]
                pytest.skip(f"npm could not install yaml-language-server@{YAML_LS_VERSION}: {' / '.join(tail)}")
            shutil.rmtree(home, ignore_errors=True)
            staging.rename(home)
    return node, entry


SETTINGS = {
    "validate": True,
    "hover": True,
    "completion": True,
    "format": {"enable": False},
    "schemaStore": {"enable": False},
    "schemas": {},
}


class LanguageServer:
    """A minimal LSP client: JSON-RPC with Content-Length headers over the server's standard streams."""

    def __init__(self, node: str, entry: Path, root: Path) -> None:
        self.proc = subprocess.Popen(
            [node, str(entry), "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        self.inbox: queue.Queue[dict[str, Any]] = queue.Queue()
        self.diagnostics: dict[str, list[dict[str, Any]]] = {}
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()
        capabilities = {
            "textDocument": {
                "hover": {"contentFormat": ["markdown", "plaintext"]},
                "completion": {"completionItem": {"documentationFormat": ["markdown", "plaintext"]}},
                "publishDiagnostics": {},
            },
            "workspace": {"configuration": True},
        }
        self.request("initialize", {"processId": os.getpid(), "rootUri": root.as_uri(), "capabilities": capabilities})
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": {"yaml": SETTINGS}})

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            headers: dict[str, str] = {}
            while True:
                line = out.readline()
                if not line:
                    return
                text = line.decode("ascii").strip()
                if not text:
                    break
                name, _, value = text.partition(":")
                headers[name.lower()] = value.strip()
            self.inbox.put(json.loads(out.read(int(headers["content-length"]))))

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: Any) -> None:
        self._send({"method": method, "params": params})

    def _pump(self, timeout: float) -> dict[str, Any] | None:
        """Handle one message from the server; a response is returned, everything else is dealt with here."""
        try:
            message = self.inbox.get(timeout=timeout)
        except queue.Empty:
            return None
        method = message.get("method")
        if method and "id" in message:  # a request from the server
            result: Any = None
            if method == "workspace/configuration":
                result = [SETTINGS if item.get("section") == "yaml" else None for item in message["params"]["items"]]
            self._send({"id": message["id"], "result": result})
        elif method == "textDocument/publishDiagnostics":
            self.diagnostics[message["params"]["uri"]] = message["params"]["diagnostics"]
        elif not method:
            return message
        return None

    def request(self, method: str, params: Any, timeout: float = 60) -> Any:
        self.next_id += 1
        ident = self.next_id
        self._send({"id": ident, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            message = self._pump(deadline - time.monotonic())
            if message is not None and message.get("id") == ident:
                assert "error" not in message, message
                return message.get("result")
        raise TimeoutError(f"{method}: no answer in {timeout} s")

    def open(self, path: Path, text: str, timeout: float = 60) -> list[dict[str, Any]]:
        """Open a document; its diagnostics."""
        uri = path.as_uri()
        self.diagnostics.pop(uri, None)
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}})
        deadline = time.monotonic() + timeout
        while uri not in self.diagnostics and time.monotonic() < deadline:
            self._pump(0.2)
        if uri not in self.diagnostics:
            raise TimeoutError(f"no diagnostics for {path.name}")
        return self.diagnostics[uri]

    def hover(self, path: Path, line: int, character: int) -> str:
        result = self.request(
            "textDocument/hover", {"textDocument": {"uri": path.as_uri()}, "position": {"line": line, "character": character}}
        )
        return (result or {}).get("contents", {}).get("value", "")

    def completion(self, path: Path, line: int, character: int) -> list[dict[str, Any]]:
        result = self.request(
            "textDocument/completion", {"textDocument": {"uri": path.as_uri()}, "position": {"line": line, "character": character}}
        )
        return result.get("items", []) if isinstance(result, dict) else list(result or [])

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.request("shutdown", None, timeout=10)
            self.notify("exit", None)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="module")
def editor(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LanguageServer, Path]]:
    node, entry = _install_yaml_language_server()
    root = tmp_path_factory.mktemp("editor")
    shutil.copytree(SCHEMA_DIR, root / "schema")
    server = LanguageServer(node, entry, root)
    try:
        yield server, root
    finally:
        server.close()


# A small plan in which every kind of hover has something to show.
PLAN = """\
# yaml-language-server: $schema=../../schema/plan.schema.json
slug: ha-tinh-1-kh-ubnd-2024
province: ha-tinh
issuer: {agency: ha-tinh/ubnd-tinh, printed: "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"}
period: {start: 2024, end: 2024}
document:
  number: "1/KH-UBND"
  type: ke-hoach
  issuer_printed: "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"
  date: "2024-01-15"
  title: {vi: "Kế hoạch cải cách hành chính năm 2024", en: "Administrative reform plan for 2024"}
  header_present: true
plan:
  type: ke-hoach
  title: {vi: "Kế hoạch cải cách hành chính năm 2024", en: "Administrative reform plan for 2024"}
citations:
  - id: c1
    document: 76-nq-cp-2021
    role: legal-basis
    printed: "Nghị quyết số 76/NQ-CP ngày 15/7/2021"
    date: "2021-07-15"
  - id: c2
    document: luat-77-2015-qh13
    role: legal-basis
    printed: "Luật Tổ chức chính quyền địa phương năm 2015"
    date: null
    year: 2015
sections:
  - {id: "I", number: "I."}
targets:
  - id: t1
    indicator: PAR-INDEX
    comparator: at-least
    value: 80
    unit: percent
    year: 2024
    scope: {level: toan-tinh}
    printed: {vi: "Chỉ số CCHC đạt tối thiểu 80%", en: "A PAR Index of at least 80%"}
tasks:
  - id: "I.1"
    number: "1."
    section: "I"
    source: body
    area: thu-tuc-hanh-chinh
    text: {vi: "Rà soát thủ tục hành chính", en: "Review administrative procedures"}
    lead:
      - {agency: ha-tinh/so-noi-vu, printed: "Sở Nội vụ"}
    deadline: {kind: quarter, printed: "Quý IV/2024", quarter: 4, year: 2024}
assignments:
  - id: a1
    section: "I"
    lead: {agency: ha-tinh/so-noi-vu, printed: "Sở Nội vụ"}
    text: {vi: "Sở Nội vụ chủ trì", en: "The Department of Home Affairs leads"}
  - id: a2
    section: "I"
    lead:
      - {agency: ha-tinh/so-noi-vu, printed: "Sở Nội vụ"}
      - {agency: ha-tinh/so-tu-phap, printed: "Sở Tư pháp"}
    text: {vi: "Sở Nội vụ, Sở Tư pháp chủ trì", en: "The Departments of Home Affairs and Justice lead"}
"""


def _at(text: str, needle: str, nth: int = 0, *, into: int = 1) -> tuple[int, int]:
    """The (line, character) ``into`` characters into the ``nth`` occurrence of ``needle``."""
    found = [(i, line.index(needle)) for i, line in enumerate(text.splitlines()) if needle in line]
    line, col = found[nth]
    return line, col + into


def _plan(root: Path, name: str) -> Path:
    path = root / "plans" / "ha-tinh" / f"{name}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def test_the_example_plan_is_valid_for_the_linter_too():
    data = YAML(typ="safe", pure=True).load(PLAN)
    validator = SchemaSet(SCHEMA_DIR).validator("plan")
    assert list(validator.iter_errors(data)) == []


@pytest.mark.slow
def test_the_corpus_has_no_diagnostic_in_the_editor(editor):
    server, root = editor
    files = sorted([*(ROOT / "plans").rglob("*.yaml"), *(ROOT / "registry").rglob("*.yaml")])
    assert files
    for source in files:
        path = root / source.relative_to(ROOT)
        path.parent.mkdir(parents=True, exist_ok=True)
        problems = server.open(path, source.read_text(encoding="utf-8"))
        assert problems == [], (
            source.relative_to(ROOT).as_posix(),
            [(d["range"]["start"]["line"] + 1, d["message"]) for d in problems[:5]],
        )


@pytest.mark.slow
def test_hover_shows_each_enum_values_own_description(editor):
    server, root = editor
    path = _plan(root, "hover")
    assert server.open(path, PLAN) == []
    shown = server.hover(path, *_at(PLAN, "comparator: at-least", into=15))
    assert "So sánh / Comparator" in shown
    for code, (vi, en) in words.COMPARATORS.items():
        assert f"`{code}`: {vi} — {en}" in shown, code
    assert shown.index("`at-least`") < shown.index("`at-most`")  # the value in use first
    shown = server.hover(path, *_at(PLAN, "kind: quarter", into=8))
    vi, en = words.DEADLINE_KINDS["quarter"]
    assert f"`quarter`: {vi} — {en} · `quarter`, `year`" in shown
    assert "`continuous`: " + " — ".join(words.DEADLINE_KINDS["continuous"]) in shown
    shown = server.hover(path, *_at(PLAN, "area: thu-tuc-hanh-chinh", into=8))
    assert "`thu-tuc-hanh-chinh`: " + " — ".join(words.AREAS["thu-tuc-hanh-chinh"]) in shown
    shown = server.hover(path, *_at(PLAN, "unit: percent", into=8))
    assert "`percent`: Tỷ lệ (%) — Percent (%)" in shown


@pytest.mark.slow
def test_completion_offers_each_value_with_its_description(editor):
    server, root = editor
    text = PLAN.replace("    comparator: at-least\n", "    comparator: \n")
    path = _plan(root, "completion")
    server.open(path, text)
    items = {i["label"]: i for i in server.completion(path, *_at(text, "comparator: ", into=12))}
    assert set(words.COMPARATORS) <= set(items)
    doc = items["at-most"].get("documentation")
    doc = doc.get("value") if isinstance(doc, dict) else doc
    assert doc and " — ".join(words.COMPARATORS["at-most"]) in doc


@pytest.mark.slow
def test_hover_on_a_choice_shows_the_branch_in_use(editor):
    server, root = editor
    path = _plan(root, "choices")
    assert server.open(path, PLAN) == []
    citation = SCHEMAS["plan.schema.json"]["$defs"]["citation"]["properties"]
    dated, undated = citation["date"]["anyOf"]
    shown = server.hover(path, *_at(PLAN, 'date: "2021-07-15"', into=8))
    assert dated["title"] in shown and dated["description"].split("\n\n")[1] in shown
    shown = server.hover(path, *_at(PLAN, "date: null", into=7))
    assert undated["title"] in shown and "`null` when the citation prints no date" in shown
    lead = SCHEMAS["plan.schema.json"]["$defs"]["assignment"]["properties"]["lead"]["anyOf"]
    assert lead[0]["title"] in server.hover(path, *_at(PLAN, "    lead: {agency", into=6))
    assert lead[1]["title"] in server.hover(path, *_at(PLAN, "    lead:", nth=2, into=6))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("value", "flagged"),
    [
        ('"2024-01-15"', False),
        ('"2024-02-29"', False),
        ('"2000-02-29"', False),
        ('"2021-02-30"', True),
        ('"2023-02-29"', True),
        ('"2100-02-29"', True),
        ('"2021-04-31"', True),
        ('"2021-13-01"', True),
        ('"2021-1-15"', True),
    ],
)
def test_the_editor_flags_a_date_that_is_not_a_real_day(editor, value: str, flagged: bool):
    server, root = editor
    text = PLAN.replace('  date: "2024-01-15"', f"  date: {value}", 1)
    problems = server.open(_plan(root, f"date-{value.strip(chr(34))}"), text)
    line = _at(text, f"  date: {value}")[0]
    here = [d for d in problems if d["range"]["start"]["line"] == line]
    assert bool(here) == flagged, problems
    assert all(d["range"]["start"]["line"] == line for d in problems), problems
    if flagged:
        assert any("YYYY-MM-DD" in d["message"] and "Cần một ngày có thật" in d["message"] for d in here), here


@pytest.mark.slow
def test_the_editor_flags_what_the_guide_says_it_flags(editor):
    server, root = editor
    cases = {
        "comparator": ("    comparator: at-least", "    comparator: atleast"),
        "year": ("period: {start: 2024, end: 2024}", "period: {start: 1900, end: 2024}"),
        "quarter": ("quarter: 4, year: 2024}", "quarter: 5, year: 2024}"),
        "rule": (
            "  header_present: true",
            "  header_present: true\n  acknowledgements:\n    - {rule: CC1, reason: {vi: Lý do, en: Reason}}",
        ),
        "unknown": ("  header_present: true", "  header_present: true\n  colour: red"),
    }
    for name, (old, new) in cases.items():
        assert old in PLAN, name
        text = PLAN.replace(old, new, 1)
        problems = server.open(_plan(root, f"flag-{name}"), text)
        assert problems, name


@pytest.mark.slow
def test_what_only_cchc_lint_sees_the_editor_does_not(editor):
    """The guide's other list: an unquoted date and a deadline outside the plan period pass the editor."""
    server, root = editor
    for name, (old, new) in {
        "unquoted-date": ('  date: "2024-01-15"', "  date: 2024-01-15"),
        "outside-period": ('printed: "Quý IV/2024", quarter: 4, year: 2024}', 'printed: "Quý IV/2025", quarter: 4, year: 2025}'),
    }.items():
        assert old in PLAN, name
        assert server.open(_plan(root, f"lint-only-{name}"), PLAN.replace(old, new, 1)) == [], name
