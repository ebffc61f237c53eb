"""Load the corpus: find the files, parse them, validate them, build the model.

The whole corpus is always loaded, because cross-document rules need every
plan and registry even when only a few files are being reported on.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from . import build
from .config import Config
from .findings import Finding, Location
from .loader import LoadedFile, load_file
from .model import Corpus
from .schema_check import SchemaSet, validate

REGISTRY_KINDS = ("agencies", "indicators", "documents")


@dataclass
class Loaded:
    """The model plus every finding made while loading (syntax and schema)."""

    corpus: Corpus
    findings: list[Finding] = field(default_factory=list)
    #: Kind of each loaded file, by display path.
    kinds: dict[str, str] = field(default_factory=dict)


def display_path(path: Path, root: Path) -> str:
    """Path as shown in findings: relative to the project root, with slashes."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return os.path.relpath(path.resolve(), Path.cwd()).replace(os.sep, "/")


def kind_of(path: Path, config: Config) -> str:
    """Which schema applies to ``path``: a registry kind when under registry/, else plan."""
    resolved = path.resolve()
    for kind in REGISTRY_KINDS:
        folder = (config.registry / kind).resolve()
        if folder in resolved.parents:
            return kind
    parts = resolved.parts
    for kind in REGISTRY_KINDS:
        if len(parts) >= 2 and parts[-2] == kind and "registry" in parts:
            return kind
    return "plan"


def corpus_files(config: Config) -> list[Path]:
    """Every plan and registry file, in a stable order."""
    files: list[Path] = []
    for kind in REGISTRY_KINDS:
        folder = config.registry / kind
        if folder.is_dir():
            files.extend(sorted(folder.glob("*.yaml")))
    if config.plans.is_dir():
        files.extend(sorted(config.plans.glob("**/*.yaml")))
    return files


def load_corpus(config: Config, extra: Iterable[Path] = ()) -> Loaded:
    """Load every corpus file, plus ``extra`` files named by the user."""
    schemas = SchemaSet(config.schema)
    seen: set[Path] = set()
    paths: list[Path] = []
    for p in [*corpus_files(config), *extra]:
        r = p.resolve()
        if r not in seen:
            seen.add(r)
            paths.append(p)
    loaded = Loaded(Corpus())
    registry_entries: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for path in paths:
        shown = display_path(path, config.root)
        kind = kind_of(path, config)
        lf = load_file(path, shown, config.limits)
        loaded.corpus.files[shown] = lf
        loaded.kinds[shown] = kind
        loaded.findings.extend(lf.findings)
        if not lf.ok or (lf.data is None and lf.findings):
            continue
        schema_findings = validate(lf, kind, schemas)
        loaded.findings.extend(schema_findings)
        if schema_findings:
            continue
        if kind == "plan":
            plan = build.plan(lf.data, lf)
            if plan.slug in loaded.corpus.plans:
                first = loaded.corpus.plans[plan.slug]
                loaded.findings.append(Finding("CC111", lf.location("/slug"), {"kind": "plan", "id": plan.slug, "first": first.path}, (first.source.location("/slug"),)))
                continue
            loaded.corpus.plans[plan.slug] = plan
        else:
            items = getattr(build, kind)(lf.data, shown)
            index = getattr(loaded.corpus, kind)
            for item in items:
                key = getattr(item, "code", None) or item.id
                registry_entries.setdefault((kind, key), []).append((shown, item.pointer))
                if key not in index:
                    index[key] = item
    for (kind, key), places in registry_entries.items():
        if len(places) > 1:
            loaded.corpus.duplicates.append((kind, key, places))
    return loaded


def location_in(corpus: Corpus, path: str, pointer: str, *, key: bool = False) -> Location:
    """Location of ``pointer`` in the loaded file ``path``."""
    lf = corpus.files.get(path)
    if lf is None:
        return Location(path, 1, 1, pointer)
    return lf.location(pointer, key=key)
