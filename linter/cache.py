"""A per-file cache of parse and schema results: data only, signed, outside the working tree.

Re-linting a corpus where few files changed (pre-commit, CI re-runs) skips the
parse and schema work for every unchanged file. Three rules keep it safe:

* **Data only.** An entry is JSON written by :func:`encode` and read by
  :func:`decode`; nothing in it is ever executed or unpickled.
* **Outside the repository.** Entries live in the user's cache folder
  (``$CCHC_CACHE_DIR``, else ``$XDG_CACHE_HOME/cchc``, else ``~/.cache/cchc``),
  one sub-folder per project, so a pull request cannot commit one.
* **Signed.** Each entry carries an HMAC-SHA256 made with a random key kept in
  the cache folder (mode 0600); an entry whose signature does not match, or that
  does not decode, is a miss, never a different result.

The key covers the file's bytes, its kind and path, the limits, and a
fingerprint of the linter's own code and the schemas, so any change to the
program or the schemas misses the cache.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import os
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .findings import Finding, Location
from .loader import LoadedFile

FORMAT = 2
#: An entry larger than this is not written (aliases can make data far larger than its file).
MAX_ENTRY_BYTES = 32 * 1024 * 1024


PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=8)
def fingerprint(schema_dir: str, package: Path = PACKAGE) -> str:
    """A digest of the linter's code (every file of the package) and of the schemas in ``schema_dir``."""
    h = hashlib.sha256(f"format {FORMAT}".encode())
    for folder in (package, Path(schema_dir)):
        for p in sorted(folder.rglob("*")):
            if p.is_file() and p.suffix in (".py", ".json", ".yaml") and "__pycache__" not in p.parts:
                h.update(p.relative_to(folder).as_posix().encode())
                h.update(b"\0")
                h.update(p.read_bytes())
                h.update(b"\0")
    return h.hexdigest()


def cache_root() -> Path:
    """The user's cache folder for cchc."""
    explicit = os.environ.get("CCHC_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cchc"


class _TooLarge(Exception):
    pass


def _enc(value: Any, budget: list[int]) -> Any:
    """Plain JSON for one value of loaded data: dicts as pairs, non-finite floats and tuples tagged."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _TooLarge
    if value is None or isinstance(value, (bool, str)):
        if isinstance(value, str):
            budget[0] -= len(value) // 16
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"t": "float", "v": repr(value)}
    if isinstance(value, dict):
        return {"m": [[str(k), _enc(v, budget)] for k, v in value.items()]}
    if isinstance(value, list):
        return [_enc(v, budget) for v in value]
    if isinstance(value, tuple):
        return {"t": "tuple", "v": [_enc(v, budget) for v in value]}
    raise TypeError(type(value).__name__)


def _dec(value: Any) -> Any:
    if isinstance(value, list):
        return [_dec(v) for v in value]
    if isinstance(value, dict):
        if "m" in value:
            return {k: _dec(v) for k, v in value["m"]}
        if value.get("t") == "float":
            return float(value["v"])
        if value.get("t") == "tuple":
            return tuple(_dec(v) for v in value["v"])
        raise ValueError("unknown tag")
    return value


def _loc(loc: Location) -> list[Any]:
    return [loc.path, loc.line, loc.column, loc.pointer]


def _unloc(v: list[Any]) -> Location:
    path, line, column, pointer = v
    if not (isinstance(path, str) and isinstance(line, int) and isinstance(column, int) and isinstance(pointer, str)):
        raise ValueError("location")
    return Location(path, line, column, pointer)


def _finding(f: Finding, budget: list[int]) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "at": _loc(f.location),
        "params": _enc(dict(f.params), budget),
        "related": [_loc(r) for r in f.related],
        "severity": f.severity,
    }


def _unfinding(v: dict[str, Any]) -> Finding:
    params = _dec(v["params"])
    if not isinstance(params, dict) or not isinstance(v["rule"], str):
        raise ValueError("finding")
    return Finding(v["rule"], _unloc(v["at"]), params, tuple(_unloc(r) for r in v["related"]), v.get("severity"))


def encode(entry: tuple[LoadedFile, list[Finding]]) -> bytes:
    """An entry as JSON bytes; raises :class:`ValueError` when it would be too large to keep."""
    lf, schema_findings = entry
    budget = [MAX_ENTRY_BYTES // 8]
    try:
        doc = {
            "path": lf.path,
            "text": lf.text,
            "data": _enc(lf.data, budget),
            "positions": {k: list(v) for k, v in lf.positions.items()},
            "key_positions": {k: list(v) for k, v in lf.key_positions.items()},
            "findings": [_finding(f, budget) for f in lf.findings],
            "unquoted_dates": list(lf.unquoted_dates),
            "schema_findings": [_finding(f, budget) for f in schema_findings],
        }
    except _TooLarge:
        raise ValueError("entry too large") from None
    out = json.dumps(doc, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    if len(out) > MAX_ENTRY_BYTES:
        raise ValueError("entry too large")
    return out


def decode(raw: bytes) -> tuple[LoadedFile, list[Finding]]:
    """The entry ``raw`` holds; raises :class:`ValueError` (or ``KeyError``/``TypeError``) when it is not one."""
    doc = json.loads(raw.decode("utf-8"))
    lf = LoadedFile(doc["path"], doc["text"], _dec(doc["data"]))
    lf.positions = {k: (int(v[0]), int(v[1])) for k, v in doc["positions"].items()}
    lf.key_positions = {k: (int(v[0]), int(v[1])) for k, v in doc["key_positions"].items()}
    lf.findings = [_unfinding(f) for f in doc["findings"]]
    lf.unquoted_dates = [str(p) for p in doc["unquoted_dates"]]
    return lf, [_unfinding(f) for f in doc["schema_findings"]]


@dataclass(frozen=True)
class Cache:
    folder: Path
    schema_dir: Path
    limits_key: str

    def key(self, raw: bytes, kind: str, shown: str) -> str:
        h = hashlib.sha256()
        for part in (fingerprint(str(self.schema_dir)), kind, shown, self.limits_key):
            h.update(part.encode())
            h.update(b"\0")
        h.update(raw)
        return h.hexdigest()

    @classmethod
    def for_config(cls, config: Any) -> Cache:
        project = hashlib.sha256(str(Path(config.root).resolve()).encode()).hexdigest()[:16]
        return cls(cache_root() / project, config.schema, repr(config.limits))

    def _secret(self) -> bytes | None:
        """The signing key, made once per cache folder and readable by its owner only."""
        path = self.folder.parent / "key"
        try:
            data = path.read_bytes()
            if len(data) == 32:
                return data
        except OSError:
            pass
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent)
            with os.fdopen(fd, "wb") as fh:
                fh.write(os.urandom(32))
            os.chmod(tmp, 0o600)
            os.replace(tmp, path)
            return path.read_bytes()
        except OSError:
            return None

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> tuple[LoadedFile, list[Finding]] | None:
        secret = self._secret()
        if secret is None:
            return None
        try:
            blob = self._path(key).read_bytes()
        except OSError:
            return None
        mac, _, body = blob.partition(b"\n")
        expected = hmac.new(secret, key.encode() + b"\0" + body, hashlib.sha256).hexdigest().encode()
        if not hmac.compare_digest(mac, expected):
            return None
        try:
            return decode(body)
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None

    def put(self, key: str, value: tuple[LoadedFile, list[Finding]]) -> None:
        secret = self._secret()
        if secret is None:
            return
        try:
            body = encode(value)
        except (ValueError, TypeError):
            return
        mac = hmac.new(secret, key.encode() + b"\0" + body, hashlib.sha256).hexdigest().encode()
        folder = self._path(key).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                fh.write(mac + b"\n" + body)
            os.replace(tmp, self._path(key))
        except OSError:
            pass
