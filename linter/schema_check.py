"""Validate plain data against the project's JSON Schemas.

jsonschema's errors are turned into the project's own findings:

* CC010 a required field is missing (reported on the object that lacks it);
* CC011 a field the schema does not know (reported on the key);
* CC012 a value of the wrong type;
* CC013 a value outside the allowed set, pattern, format or range.

Errors are ordered by jsonschema's relevance (the best match first); for
``anyOf``/``oneOf`` the most relevant sub-error is reported. One finding per
offending value, with the number of further errors at that value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator, FormatChecker, validators
from jsonschema.exceptions import ValidationError, best_match, relevance

from .findings import Finding, Location
from .loader import LoadedFile, pointer_join

#: Most schema findings reported for one file; the last one says how many more.
MAX_PER_FILE = 25


@dataclass(frozen=True)
class SchemaSet:
    """The compiled validators of the four file kinds."""

    directory: Path

    def validator(self, kind: str) -> Draft202012Validator:
        return _compiled(str(self.directory), kind)

    def schema(self, kind: str) -> dict[str, Any]:
        return self.validator(kind).schema

    def is_valid(self, kind: str, data: Any) -> bool:
        """Fast yes/no check (Rust validator); the detailed errors come from :meth:`validator`."""
        return _fast(str(self.directory), kind).is_valid(data)


def _load_schema(directory: str, kind: str) -> dict[str, Any]:
    return json.loads((Path(directory) / f"{kind}.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=256)
def _ecma(pattern: str) -> re.Pattern[str]:
    """A schema ``pattern`` with ECMA-262 semantics: ``$`` is the end of the text, never "before a final newline"
    (Python's meaning, which would let ``"so-noi-vu\\n"`` through ``^[a-z0-9-]+$``)."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not _ecma(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _is_integer(checker: Any, instance: Any) -> bool:
    """An integer is written as one: ``2021.0`` (a float in YAML) is not a year."""
    return isinstance(instance, int) and not isinstance(instance, bool)


#: Draft 2020-12 with ECMA-262 pattern semantics, as the fast (Rust) validator has them, and integers
#: that are ints (the draft would accept 2021.0).
Validator = validators.extend(
    Draft202012Validator, {"pattern": _pattern}, type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer)
)


def _has_integral_float(node: Any) -> bool:
    """Whether the data holds a float with no fraction (which the fast validator takes for an integer)."""
    stack = [node]
    while stack:
        current = stack.pop()
        t = type(current)
        if t is float and current.is_integer():
            return True
        if t is dict:
            stack.extend(current.values())
        elif t is list:
            stack.extend(current)
    return False


@cache
def _compiled(directory: str, kind: str) -> Draft202012Validator:
    schema = _load_schema(directory, kind)
    Draft202012Validator.check_schema(schema)
    return Validator(schema, format_checker=FormatChecker())


@cache
def _fast(directory: str, kind: str) -> Any:
    return jsonschema_rs.validator_for(_load_schema(directory, kind), validate_formats=True)


def _pointer(path: Iterable[Any]) -> str:
    p = ""
    for token in path:
        p = pointer_join(p, token)
    return p


def _leaf(error: ValidationError) -> ValidationError:
    """For anyOf/oneOf, descend to the most relevant sub-error: the branch whose type the value has
    (a string that is no date is a bad date, not "expected null"), and in it the format's error
    rather than the pattern's that repeats it for editors."""
    while error.context:
        context = list(error.context)
        typed = [e for e in context if e.validator != "type"] or context
        formats = [e for e in typed if e.validator == "format"]
        error = best_match(formats or typed) or context[0]
    return error


def _finding(lf: LoadedFile, error: ValidationError, more: int) -> list[Finding]:
    error = _leaf(error)
    pointer = _pointer(error.absolute_path)
    v = error.validator
    if v == "required":
        missing = [r for r in error.validator_value if isinstance(error.instance, dict) and r not in error.instance]
        return [Finding("CC010", lf.location(pointer), {"field": name, "more": more}) for name in missing[:1]] + [
            Finding("CC010", lf.location(pointer), {"field": name, "more": 0}) for name in missing[1:]
        ]
    if v in ("additionalProperties", "unevaluatedProperties"):
        allowed = set((error.schema.get("properties") or {}).keys())
        extras = [k for k in error.instance if k not in allowed] if isinstance(error.instance, dict) else []
        out = []
        for name in extras:
            p = pointer_join(pointer, name)
            out.append(Finding("CC011", lf.location(p, key=True), {"field": name, "allowed": ", ".join(sorted(allowed)), "more": more}))
        return out
    if v == "type":
        expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        return [
            Finding(
                "CC012",
                lf.location(pointer),
                {"expected": " | ".join(expected), "got": _type_name(error.instance), "value": _short(error.instance), "more": more},
            )
        ]
    detail: dict[str, Any] = {"value": _short(error.instance), "check": v, "more": more}
    if v == "enum":
        detail["allowed"] = ", ".join(map(str, error.validator_value))
    elif v in ("pattern", "format"):
        detail["allowed"] = str(error.validator_value)
    elif v in ("minimum", "maximum", "minLength", "maxLength", "exclusiveMinimum", "exclusiveMaximum", "minItems"):
        detail["allowed"] = f"{v} {error.validator_value}"
    else:
        detail["allowed"] = str(error.validator_value)[:80]
    return [Finding("CC013", lf.location(pointer), detail)]


def _type_name(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number", type(None): "null"}.get(
        type(value), type(value).__name__
    )


def _short(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return _type_name(value)
    s = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return s if len(s) <= 60 else s[:57] + "…"


def validate(lf: LoadedFile, kind: str, schemas: SchemaSet) -> list[Finding]:
    """Schema findings for one loaded file; empty when it is valid."""
    if lf.data is None:
        return [Finding("CC020", Location(lf.path, 1, 1), {})]
    fast_valid: bool | None = None
    try:
        fast_valid = schemas.is_valid(kind, lf.data)
        if fast_valid and not _has_integral_float(lf.data):
            return []
    except (ValueError, TypeError, OverflowError):  # data the fast validator cannot take: use the slow path
        pass
    errors = sorted(schemas.validator(kind).iter_errors(lf.data), key=relevance, reverse=True)
    if not errors:
        if fast_valid is False:
            # The two validators disagree: never pass silently what one of them rejects.
            return [Finding("CC013", lf.location(""), {"value": "", "check": "schema", "allowed": f"{kind}.schema.json", "more": 0})]
        return []
    by_pointer: dict[str, list[ValidationError]] = {}
    for e in errors:
        by_pointer.setdefault(_pointer(_leaf(e).absolute_path) + "|" + str(_leaf(e).validator), []).append(e)
    # A value that fails its format (a date that is no day) also fails the pattern written to show
    # the editor the same thing: one finding, the format's, which says what is wrong in words.
    for key in [k for k in by_pointer if k.endswith("|pattern")]:
        if key[: -len("pattern")] + "format" in by_pointer:
            del by_pointer[key]
    findings: list[Finding] = []
    for group in by_pointer.values():
        findings.extend(_finding(lf, group[0], len(group) - 1))
    findings.sort(key=lambda f: (f.location.line, f.location.column))
    if len(findings) > MAX_PER_FILE:
        rest = len(findings) - MAX_PER_FILE + 1
        findings = [*findings[: MAX_PER_FILE - 1], Finding("CC014", findings[MAX_PER_FILE - 1].location, {"count": rest})]
    return findings
