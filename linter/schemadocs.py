"""The text of the schemas that comes from elsewhere: enum values' labels, and choices as Markdown.

The schemas in ``schema/`` are what an editor's YAML language server shows while
a plan is typed: a field's ``title`` and ``description`` on hover, and each enum
value with its own description in completion and on hover. Two kinds of that
text are not written by hand in the schemas, but by this module:

* ``enumDescriptions`` (plain text) and ``markdownEnumDescriptions`` (Markdown),
  parallel to every ``enum``: one "Vietnamese — English" line per value. The
  words are the site's labels for those codes, from :mod:`linter.sitegen.words`,
  the one home of those labels (the site's unit names from
  :func:`linter.sitegen.chart.y_label`, its recurrences from
  :mod:`linter.sitegen.formats`). A deadline kind adds the fields it needs
  (:data:`linter.deadlines.FIELDS`).
* ``markdownDescription`` of a field whose value is a choice (``anyOf`` or
  ``oneOf``) and of each branch of the choice: the hand-written
  ``description``, shown as Markdown (the language server shows the branch
  that matches the value on hover).

``python -m linter.schemadocs`` writes them into the schemas;
``python -m linter.schemadocs --check`` writes nothing and exits 1 when a schema
differs from what it would write, for instance after a code was added to an
``enum`` or a label changed in ``words.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from .config import PACKAGED_SCHEMAS
from .deadlines import FIELDS
from .sitegen import words
from .sitegen.chart import y_label
from .sitegen.words import EVERY as RECURRENCES

Labels = Mapping[str, tuple[str, str]]

#: The site's names of the value units (its chart axes name them).
UNIT_NAMES: Labels = {
    u: (y_label(u, "vi"), y_label(u, "en")) for u in ("percent", "rank", "score", "count", "percentage-points", "days", "group")
}

#: Where each enum of the schemas is (a JSON pointer, the same in every schema that has it) and whose labels it takes.
ENUM_LABELS: dict[str, Labels] = {
    "/$defs/doc_type": words.DOC_TYPES,
    "/$defs/area": words.AREAS,
    "/properties/transcription/properties/source_kind": words.SOURCE_KINDS,
    "/properties/transcription/properties/status": words.TRANSCRIPTION,
    "/$defs/signer/properties/mode": words.SIGNING_MODES,
    "/$defs/self_reference/properties/where": words.SELF_REFERENCE_PLACES,
    "/$defs/citation/properties/role": words.CITATION_ROLES,
    "/$defs/deadline/properties/kind": words.DEADLINE_KINDS,
    "/$defs/deadline/properties/every": RECURRENCES,
    "/$defs/deadline/properties/periods/items": RECURRENCES,
    "/$defs/budget/properties/unit": words.BUDGET_UNITS,
    "/$defs/scope/properties/level": words.LEVELS,
    "/$defs/target/properties/comparator": words.COMPARATORS,
    "/$defs/target/properties/unit": UNIT_NAMES,
    "/$defs/result/properties/unit": UNIT_NAMES,
    "/$defs/task/properties/source": words.TASK_SOURCES,
    "/$defs/agency/properties/level": words.LEVELS,
    "/$defs/agency/properties/kind": words.AGENCY_KINDS,
    "/$defs/fact_source/properties/kind": words.FACT_SOURCES,
    "/$defs/indicator/properties/unit": UNIT_NAMES,
    "/$defs/indicator/properties/better": words.BETTER,
}

#: Enums whose values need fields of their own: the fields are listed after the label.
VALUE_FIELDS: dict[str, Mapping[str, Sequence[str]]] = {"/$defs/deadline/properties/kind": FIELDS}

DASH = " — "
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


class SchemaDocsError(ValueError):
    """A schema node the generated text cannot be made for (an enum value without a label, a branch without a description)."""


def _markdown(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def enum_descriptions(pointer: str, values: Sequence[Any]) -> tuple[list[str], list[str]]:
    """The plain and Markdown descriptions of the values of the enum at ``pointer``, in their order."""
    labels = ENUM_LABELS.get(pointer)
    if labels is None:
        raise SchemaDocsError(f"{pointer}: enum without labels: add its table to ENUM_LABELS (linter/schemadocs.py)")
    fields = VALUE_FIELDS.get(pointer, {})
    plain: list[str] = []
    markdown: list[str] = []
    for value in values:
        pair = labels.get(value) if isinstance(value, str) else None
        if pair is None or not pair[0].strip() or not pair[1].strip():
            raise SchemaDocsError(f"{pointer}: {value!r} has no Vietnamese and English label")
        vi, en = pair
        needs = list(fields.get(value, ()))
        plain.append(vi + DASH + en + (" · " + ", ".join(needs) if needs else ""))
        markdown.append(_markdown(vi) + DASH + _markdown(en) + (" · " + ", ".join(f"`{f}`" for f in needs) if needs else ""))
    return plain, markdown


def _with(node: dict[str, Any], after: str, extra: dict[str, Any]) -> dict[str, Any]:
    """``node`` with the keys of ``extra`` placed right after the key ``after`` (replacing any earlier ones)."""
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in extra:
            continue
        out[key] = value
        if key == after:
            out.update(extra)
    return out


def _branch_problems(pointer: str, node: dict[str, Any]) -> Iterator[str]:
    if not isinstance(node.get("description"), str):
        yield f"{pointer}: a choice without a description of its own"
    for key in ("anyOf", "oneOf"):
        for i, branch in enumerate(node.get(key) or ()):
            for needed in ("title", "description"):
                if not isinstance(branch, dict) or not isinstance(branch.get(needed), str):
                    yield f"{pointer}/{key}/{i}: a branch of a choice without a {needed}"


def document(node: Any, pointer: str = "") -> Any:
    """``node`` (a schema or a part of it) with its generated text, written anew."""
    if isinstance(node, list):
        return [document(v, f"{pointer}/{i}") for i, v in enumerate(node)]
    if not isinstance(node, dict):
        return node
    out = {k: document(v, f"{pointer}/{k}") for k, v in node.items()}
    if isinstance(out.get("enum"), list):
        plain, markdown = enum_descriptions(pointer, out["enum"])
        out = _with(out, "enum", {"enumDescriptions": plain, "markdownEnumDescriptions": markdown})
    if any(isinstance(out.get(k), list) for k in ("anyOf", "oneOf")):
        problems = list(_branch_problems(pointer, out))
        if problems:
            raise SchemaDocsError("; ".join(problems))
        out = _with(out, "description", {"markdownDescription": out["description"]})
        for key in ("anyOf", "oneOf"):
            if isinstance(out.get(key), list):
                out[key] = [_with(b, "description", {"markdownDescription": b["description"]}) for b in out[key]]
    return out


def render(schema: dict[str, Any]) -> str:
    """The schema file's text, as the project writes JSON (two spaces, UTF-8 as is, a final newline)."""
    return json.dumps(document(schema), indent=2, ensure_ascii=False) + "\n"


def schema_files(directory: Path = PACKAGED_SCHEMAS) -> list[Path]:
    return sorted(directory.glob("*.schema.json"))


def stale(directory: Path = PACKAGED_SCHEMAS) -> list[Path]:
    """The schema files whose generated text is missing or out of date."""
    out = []
    for path in schema_files(directory):
        text = path.read_text(encoding="utf-8")
        if render(json.loads(text)) != text:
            out.append(path)
    return out


def write(directory: Path = PACKAGED_SCHEMAS) -> list[Path]:
    """Write the generated text into every schema that needs it; the files written."""
    written = []
    for path in stale(directory):
        path.write_text(render(json.loads(path.read_text(encoding="utf-8"))), encoding="utf-8")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m linter.schemadocs",
        description="Viết mô tả giá trị enum và lựa chọn vào lược đồ / write enum value and choice descriptions into the schemas.",
    )
    parser.add_argument("directory", nargs="?", type=Path, default=PACKAGED_SCHEMAS, help="thư mục lược đồ / the schema folder")
    parser.add_argument("--check", action="store_true", help="chỉ kiểm tra, không ghi / check only, write nothing")
    args = parser.parse_args(argv)
    try:
        if args.check:
            old = stale(args.directory)
            for path in old:
                print(f"{path.name}: cần chạy lại / out of date: python -m linter.schemadocs", file=sys.stderr)
            return 1 if old else 0
        for path in write(args.directory):
            print(f"{path.name}: đã ghi / written")
    except SchemaDocsError as exc:
        print(f"lỗi / error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
