"""A per-file cache of parse and schema results, keyed by content hash.

Re-linting a corpus where few files changed (pre-commit, CI re-runs) skips the
parse and schema work for every unchanged file. The key covers the file's
bytes, its kind, the schema files, the limits and the linter version, so a
change to any of them misses the cache. Entries are pickles written by this
program into the project's own ``.cache/cchc/`` (git-ignored); the folder is
trusted like the code, and a damaged entry is ignored.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import __version__

FORMAT = 1


@lru_cache(maxsize=8)
def _schema_digest(schema_dir: str) -> str:
    h = hashlib.sha256()
    for p in sorted(Path(schema_dir).glob("*.json")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


@dataclass(frozen=True)
class Cache:
    folder: Path
    schema_dir: Path
    limits_key: str

    def key(self, raw: bytes, kind: str, shown: str) -> str:
        h = hashlib.sha256()
        for part in (str(FORMAT), __version__, kind, shown, self.limits_key, _schema_digest(str(self.schema_dir))):
            h.update(part.encode())
            h.update(b"\0")
        h.update(raw)
        return h.hexdigest()

    @classmethod
    def for_config(cls, config: Any) -> "Cache":
        return cls(config.root / ".cache" / "cchc", config.schema, repr(config.limits))

    def get(self, key: str) -> Any | None:
        path = self.folder / key[:2] / f"{key}.pickle"
        try:
            with open(path, "rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError):
            return None

    def put(self, key: str, value: Any) -> None:
        folder = self.folder / key[:2]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, folder / f"{key}.pickle")
        except OSError:
            pass
