"""The schema modeline (``# yaml-language-server: $schema=…``) that opens every formatted file:
what it says, and removing the one the editor wrote."""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..config import Config
from .schema_order import schema_file

MODELINE_PREFIX = "# yaml-language-server: $schema="
_MODELINE = re.compile(r"^#\s*yaml-language-server\s*:\s*\$schema=\S*\s*$")


def modeline_for(path: Path, schema_dir: Path, kind: str, schema_url: str | None = None) -> str:
    """The schema modeline of ``path``: ``schema_url`` (the published schemas) joined with the
    schema's file name when configured, else the schema path relative to the file's folder."""
    if schema_url:
        return MODELINE_PREFIX + schema_url.rstrip("/") + "/" + schema_file(kind)
    target = (schema_dir / schema_file(kind)).resolve()
    try:
        rel = os.path.relpath(target, path.resolve().parent).replace(os.sep, "/")
    except ValueError:  # another drive on Windows
        rel = target.as_uri()
    return MODELINE_PREFIX + rel


def project_modeline(path: Path, text: str, config: Config, kind: str) -> str | None:
    """The modeline fmt writes: to ``schema-url`` when configured; to the project's own schema
    folder; else (the schemas inside the installed package, whose place differs on every
    machine) the file's own modeline is kept as the editor wrote it, and none is added."""
    if config.schema_url or config.root.resolve() in config.schema.resolve().parents:
        return modeline_for(path, config.schema, kind, config.schema_url)
    first = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    return first if first.startswith(MODELINE_PREFIX) else None


def strip_modeline(text: str) -> str:
    """Remove the schema modeline from the comments that open the file (the formatter writes its own)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        stripped = line.strip()
        if _MODELINE.match(stripped):
            return "\n".join(lines[:i] + lines[i + 1 :])
        if stripped and not stripped.startswith("#"):
            break
    return text
