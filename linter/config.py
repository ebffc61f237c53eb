"""Configuration from ``[tool.cchc]`` in pyproject.toml, and from the command line.

Keys (all optional)::

    [tool.cchc]
    plans = "plans"            # folder of plan files
    registry = "registry"      # folder of agencies/, indicators/, documents/
    schema = "schema"          # folder of the JSON Schemas (default: the packaged ones)
    schema-url = "https://…/schema/"  # where editors find the schemas (cchc fmt's modelines)
    select = ["ALL"]           # rule codes or prefixes (CC1, CC101) or "ALL"
    ignore = []                # codes or prefixes to turn off
    fail-on = "warning"        # lowest severity that fails the run: error | warning | info

    [tool.cchc.severity]       # per-rule severity overrides
    CC110 = "info"

    [tool.cchc.limits]         # see linter.limits.Limits
    max-file-bytes = 8388608
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

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
    schema_url: str | None = None
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: str = "warning"
    limits: Limits = field(default_factory=Limits)

    def with_overrides(
        self,
        *,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        extend_ignore: Iterable[str] | None = None,
        fail_on: str | None = None,
    ) -> Config:
        cfg = self
        if select is not None:
            cfg = replace(cfg, select=check_codes(select, "--select"))
        if ignore is not None:
            cfg = replace(cfg, ignore=check_codes(ignore, "--ignore"))
        if extend_ignore is not None:
            cfg = replace(cfg, ignore=cfg.ignore + check_codes(extend_ignore, "--extend-ignore"))
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


#: The file that holds a project's configuration (its ``[tool.cchc]`` table).
CONFIG_FILE = "pyproject.toml"


#: The languages of messages and pages; the first is the default.
LANGUAGES = ("vi", "en")
#: The environment variable that sets the message language when ``--lang`` is not given.
LANG_ENV = "CCHC_LANG"


def message_language(option: str | None) -> str:
    """The message language: ``--lang`` when given, else ``CCHC_LANG``, else Vietnamese. Any other
    value of ``CCHC_LANG`` is a :class:`ConfigError` (a typo must not silently switch language)."""
    if option:
        return option
    value = os.environ.get(LANG_ENV, "").strip()
    if not value:
        return LANGUAGES[0]
    if value not in LANGUAGES:
        raise ConfigError(f"{LANG_ENV}={value!r}: phải là / must be {' or '.join(LANGUAGES)}")
    return value


def find_project(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` holding a pyproject.toml with [tool.cchc], if any."""
    start = start.resolve()
    for folder in [start, *start.parents]:
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
                continue
            if "cchc" in data.get("tool", {}):
                return folder
    return None


def find_root(start: Path) -> Path:
    """The project folder for ``start``: :func:`find_project`, or ``start`` itself when there is none."""
    return find_project(start) or start.resolve()


def project_of_paths(paths: Iterable[Path]) -> Path | None:
    """The one project the files or folders ``paths`` belong to (None when none of them is in a
    project). Paths in two different projects are a :class:`ConfigError`: each project has its own
    registry, schemas and configuration, so they are linted separately."""
    found: dict[Path, Path] = {}
    for path in paths:
        project = find_project(path if path.is_dir() else path.parent)
        if project is not None:
            found.setdefault(project, path)
    if len(found) > 1:
        listed = "; ".join(f"{p} ({project})" for project, p in found.items())
        raise ConfigError(
            f"các đường dẫn thuộc nhiều dự án, hãy kiểm tra từng dự án riêng / the paths belong to different projects, lint each one separately: {listed}"
        )
    return next(iter(found), None)


#: The JSON Schemas shipped inside the package (the repository's schema/ folder, linked).
PACKAGED_SCHEMAS = Path(__file__).resolve().parent / "schemas"

#: Every key [tool.cchc] may hold.
KEYS = ("plans", "registry", "schema", "schema-url", "select", "ignore", "fail-on", "severity", "limits")


def check_codes(values: Iterable[str], what: str) -> tuple[str, ...]:
    """Rule codes or prefixes (``CC1``, ``CC204``) or ``ALL``; anything that names no rule is refused
    (a typo must not turn every rule off, or none)."""
    from .rules import all_rules

    codes = [r.code for r in all_rules()]
    out = []
    for raw in values:
        value = str(raw).strip().upper()
        known = value == "ALL" or (value.startswith("CC") and any(c.startswith(value) for c in codes))
        if not known:
            raise ConfigError(
                f"{what}: “{raw}” không phải mã hay tiền tố quy tắc (xem `cchc rules`) / "
                f"'{raw}' is no rule code or prefix (see `cchc rules`)"
            )
        out.append(value)
    return tuple(out)


def _check_folder(value: Any, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"[tool.cchc] {key}: cần một đường dẫn thư mục (chuỗi) / must be a folder path (a string): {value!r}")
    return value


def load_config(root: Path | None = None) -> Config:
    """Read the configuration of the project at ``root`` (searched upward from the cwd).

    Every key and value is checked: an unknown key, a value of the wrong type, a code that names no
    rule, or a project folder that does not exist is a :class:`ConfigError` (exit code 2)."""
    if root is not None and not Path(root).is_dir():
        raise ConfigError(f"không có thư mục dự án / no such project folder: {root}")
    root = find_root(root or Path.cwd())
    table: dict[str, Any] = {}
    pyproject = root / CONFIG_FILE
    if pyproject.is_file():
        try:
            table = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("cchc", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"pyproject.toml: {exc}") from exc
    if not isinstance(table, dict):
        raise ConfigError("[tool.cchc] phải là một bảng / must be a table")
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(f"[tool.cchc]: khóa không có / unknown key {', '.join(unknown)}; các khóa hợp lệ / valid keys: {', '.join(KEYS)}")
    for key in ("severity", "limits"):
        if not isinstance(table.get(key, {}), dict):
            raise ConfigError(f"[tool.cchc.{key}] phải là một bảng / must be a table, not {type(table[key]).__name__}")
    try:
        limits = Limits.from_mapping(table.get("limits", {}))
    except (ValueError, TypeError) as exc:
        raise ConfigError(f"[tool.cchc.limits] {exc}") from exc
    severity: dict[str, str] = {}
    for k, v in table.get("severity", {}).items():
        (code,) = check_codes([k], "[tool.cchc.severity]")
        from .rules import by_code

        if code not in by_code():
            raise ConfigError(f"[tool.cchc.severity]: “{k}” không phải một quy tắc / is not one rule (a code such as CC204)")
        severity[code] = _check_severity(v, f"[tool.cchc.severity] {k}")
    for key in ("select", "ignore"):
        if not isinstance(table.get(key, []), list):
            raise ConfigError(f"[tool.cchc] {key}: cần một danh sách mã quy tắc / must be a list of rule codes")
    folders = {key: _check_folder(table.get(key, key), key) for key in ("plans", "registry")}
    # The schemas ship with the package; a project's own schema/ is used only when configured.
    schema = root / _check_folder(table["schema"], "schema") if "schema" in table else PACKAGED_SCHEMAS
    schema_url = table.get("schema-url")
    if schema_url is not None and not (isinstance(schema_url, str) and schema_url.strip()):
        raise ConfigError(f"[tool.cchc] schema-url: cần một địa chỉ (chuỗi) / must be an address (a string): {schema_url!r}")
    config = Config(
        root=root,
        plans=root / folders["plans"],
        registry=root / folders["registry"],
        schema=schema,
        schema_url=schema_url,
        select=check_codes(table.get("select", ["ALL"]), "[tool.cchc] select"),
        ignore=check_codes(table.get("ignore", []), "[tool.cchc] ignore"),
        severity=severity,
        fail_on=_check_severity(table.get("fail-on", "warning"), "[tool.cchc] fail-on"),
        limits=limits,
    )
    if not (config.schema / "plan.schema.json").is_file():
        raise ConfigError(f"[tool.cchc] schema: không có lược đồ trong / no schemas in {config.schema}")
    if not config.plans.is_dir() and not config.registry.is_dir():
        raise ConfigError(
            f"không có kho dữ liệu ở đây: thiếu thư mục {folders['plans']}/ và {folders['registry']}/ / "
            f"no corpus here: neither {folders['plans']}/ nor {folders['registry']}/ exists in {root}"
        )
    if config.plans.is_dir() and not config.registry.is_dir():
        raise ConfigError(
            f"thiếu thư mục danh mục {folders['registry']}/ (cơ quan, chỉ số, văn bản) / "
            f"the registry folder {folders['registry']}/ (agencies, indicators, documents) is missing in {root}"
        )
    return config
