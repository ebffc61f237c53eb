"""The formatter package's layout: ruamel.yaml's internals in one module, words in the catalogue,
a docstring on every module, types on every public function, ``$ref`` resolved by ``referencing``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from linter.catalogue import FORMATTER, formatter_line, formatter_words
from linter.fmt.schema_order import Schema, SchemaView

from .conftest import ROOT

PACKAGE = ROOT / "linter" / "fmt"
MODULES = sorted(PACKAGE.glob("*.py"))


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _imported(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def test_the_package_has_its_modules_and_the_old_module_is_gone():
    assert {p.stem for p in MODULES} >= {"__init__", "emit", "quoting", "schema_order", "comments", "text", "files", "command"}
    assert not (ROOT / "linter" / "formatter.py").exists()


def test_ruamel_is_imported_only_in_the_emit_module():
    where = {p.name: [m for m in _imported(_tree(p)) if m == "ruamel" or m.startswith("ruamel.")] for p in MODULES}
    assert where["emit.py"], "emit.py is where ruamel.yaml is imported"
    assert {name: mods for name, mods in where.items() if mods and name != "emit.py"} == {}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_every_module_says_what_it_is_for(path: Path):
    doc = ast.get_docstring(_tree(path))
    assert doc and len(doc) > 40


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_every_public_function_has_types(path: Path):
    untyped = []
    for node in ast.walk(_tree(path)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith("_"):
            args = [a for a in node.args.posonlyargs + node.args.args + node.args.kwonlyargs if a.arg not in ("self", "cls")]
            args += [a for a in (node.args.vararg, node.args.kwarg) if a is not None]
            if node.returns is None or any(a.annotation is None for a in args):
                untyped.append(f"{node.name}:{node.lineno}")
    assert untyped == []


def test_every_formatter_word_is_in_the_catalogue_and_used():
    used: set[str] = set()
    for path in MODULES:
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("formatter_words", "formatter_line"):
                first = node.args[0]
                assert isinstance(first, ast.Constant), f"{path.name}:{node.lineno}: the key is a literal"
                used.add(first.value)
    assert used - set(FORMATTER) == set()
    assert set(FORMATTER) - used == set()


def test_formatter_words_fill_both_languages_and_join_them_vietnamese_first():
    assert formatter_words("too_large") == ("tệp quá lớn", "file too large")
    assert (
        formatter_line("summary", changed=1, same=2, bad=0)
        == "1 tệp đã định dạng, 2 tệp không đổi, 0 tệp lỗi / 1 reformatted, 2 unchanged, 0 with errors"
    )
    assert formatter_words("ruamel", problem="x {y}") == ("ruamel.yaml không đọc được: x {y}", "ruamel.yaml cannot read it: x {y}")


def test_refs_are_resolved_through_defs_escapes_and_anchors_and_a_dangling_one_is_ignored():
    schema = Schema(
        {
            "$id": "https://example.test/s.json",
            "$defs": {
                "a/b": {"properties": {"z": {}, "y": {"format": "date"}}},
                "named": {"$anchor": "here", "properties": {"w": {}}},
            },
            "properties": {"one": {"$ref": "#/$defs/a~1b"}, "two": {"$ref": "#here"}, "three": {"$ref": "#/$defs/nowhere"}},
        }
    )
    view = schema.view()
    assert view.order() == ["one", "two", "three"]
    assert view.child("one").order() == ["z", "y"]
    assert view.child("one").child("y").is_date()
    assert view.child("two").order() == ["w"]
    assert view.child("three").order() == []
    assert SchemaView(Schema({}), []).order() == []


def test_a_ref_cycle_ends():
    schema = Schema({"$defs": {"n": {"properties": {"next": {"$ref": "#/$defs/n"}, "v": {}}}}, "$ref": "#/$defs/n"})
    view = schema.view()
    assert view.order() == ["next", "v"]
    assert view.child("next").child("next").order() == ["next", "v"]
