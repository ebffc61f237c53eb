"""Configuration from ``[tool.cchc]`` in pyproject.toml, and from the command line.

Keys (all optional)::

    [tool.cchc]
    plans = "plans"            # folder of plan files
    registry = "registry"      # folder of agencies/, indicators/, documents/
    schema = "schema"          # folder of the JSON Schemas
    select = ["ALL"]           # rule codes or prefixes (CC1, CC101) or "ALL"
    ignore = []                # codes or prefixes to turn off
    fail-on = "warning"        # lowest severity that fails the run: error | warning | info

    [tool.cchc.severity]       # per-rule severity overrides
    CC110 = "info"

    [tool.cchc.limits]         # see linter.limits.Limits
    max-file-bytes = 8388608
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable

from .findings import SEVERITIES
from .limits import Limits


class ConfigError(ValueError):
    """A configuration value that cannot be used (exit code 2)."""


@dataclass(frozen=True)
class Config:
    root: Path
    plans: Path
    registry: Path
    schema: Path
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: str = "warning"
    limits: Limits = Limits()

    def with_overrides(self, *, select: Iterable[str] | None = None, ignore: Iterable[str] | None = None,
                       extend_ignore: Iterable[str] | None = None, fail_on: str | None = None) -> "Config":
        cfg = self
        if select:
            cfg = replace(cfg, select=tuple(select))
        if ignore:
            cfg = replace(cfg, ignore=tuple(ignore))
        if extend_ignore:
            cfg = replace(cfg, ignore=cfg.ignore + tuple(extend_ignore))
        if fail_on:
            _check_severity(fail_on, "fail-on")
            cfg = replace(cfg, fail_on=fail_on)
        return cfg

    def enabled(self, code: str) -> bool:
        def hit(patterns: Iterable[str]) -> bool:
            return any(p == "ALL" or code.startswith(p.upper()) for p in patterns)

        return hit(self.select) and not hit(self.ignore)

    def severity_of(self, code: str, default: str) -> str:
        return self.severity.get(code, default)


def _check_severity(value: Any, what: str) -> str:
    if value not in SEVERITIES:
        raise ConfigError(f"{what}: '{value}' is not one of {', '.join(SEVERITIES)}")
    return value


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` holding a pyproject.toml with [tool.cchc]."""
    start = start.resolve()
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, OSError):
                continue
            if "cchc" in data.get("tool", {}):
                return folder
    return start


def load_config(root: Path | None = None) -> Config:
    """Read the configuration of the project at ``root`` (searched upward from the cwd)."""
    root = find_root(root or Path.cwd())
    table: dict[str, Any] = {}
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        try:
            table = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("cchc", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"pyproject.toml: {exc}") from exc
    try:
        limits = Limits.from_mapping(table.get("limits", {}))
    except ValueError as exc:
        raise ConfigError(f"[tool.cchc.limits] {exc}") from exc
    severity = {str(k).upper(): _check_severity(v, f"[tool.cchc.severity] {k}") for k, v in table.get("severity", {}).items()}
    for key in ("select", "ignore"):
        if not isinstance(table.get(key, []), list):
            raise ConfigError(f"[tool.cchc] {key} must be a list of rule codes")
    return Config(
        root=root,
        plans=root / table.get("plans", "plans"),
        registry=root / table.get("registry", "registry"),
        schema=root / table.get("schema", "schema"),
        select=tuple(str(s).upper() for s in table.get("select", ["ALL"])),
        ignore=tuple(str(s).upper() for s in table.get("ignore", [])),
        severity=severity,
        fail_on=_check_severity(table.get("fail-on", "warning"), "[tool.cchc] fail-on"),
        limits=limits,
    )
