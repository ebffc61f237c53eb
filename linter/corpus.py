"""Load the corpus: find the files, parse them, validate them, build the model.

The whole corpus is always loaded, because cross-document rules need every
plan and registry even when only a few files are being reported on.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import build
from .cache import Cache
from .config import CONFIG_FILE, Config
from .findings import Finding, Location
from .limits import Limits
from .loader import LoadedFile, load_file, load_text
from .model import Corpus, SourceFile
from .schema_check import SchemaSet, validate
from .textio import decode_utf8
from .textnorm import visible

#: Below this many files to parse, a process pool costs more than it saves.
PARALLEL_THRESHOLD = 48

REGISTRY_KINDS = ("agencies", "indicators", "documents")


@dataclass
class Loaded:
    """The model plus every finding made while loading (syntax and schema)."""

    corpus: Corpus
    findings: list[Finding] = field(default_factory=list)
    #: Kind of each loaded file, by display path.
    kinds: dict[str, str] = field(default_factory=dict)
    #: Files left out of the model, by display path: the code of the first finding that kept each
    #: out (YAML syntax, encoding, limits or the schema). No other rule sees such a file.
    unmodelled: dict[str, str] = field(default_factory=dict)


def display_path(path: Path, root: Path) -> str:
    """Path as shown in findings: relative to the project root, with slashes; a name that is not text
    (bytes that are not UTF-8, control characters) is shown with escapes."""
    try:
        shown = path.absolute().relative_to(root.resolve()).as_posix()
    except ValueError:
        try:
            shown = path.resolve().relative_to(root.resolve()).as_posix()
        except (ValueError, OSError, RuntimeError):
            shown = os.path.relpath(path.absolute(), Path.cwd()).replace(os.sep, "/")
    return visible(shown, newlines=False)


@lru_cache(maxsize=64)
def _registry_folders(registry: Path) -> tuple[tuple[str, Path], ...]:
    return tuple((kind, (registry / kind).resolve()) for kind in REGISTRY_KINDS)


def kind_of(path: Path, config: Config) -> str:
    """Which schema applies to ``path``: a registry kind when under registry/, else plan."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):
        resolved = path.absolute()
    for kind, folder in _registry_folders(config.registry):
        if folder in resolved.parents:
            return kind
    parts = resolved.parts
    for kind in REGISTRY_KINDS:
        if len(parts) >= 2 and parts[-2] == kind and "registry" in parts:
            return kind
    return "plan"


def is_corpus_path(path: Path, config: Config) -> bool:
    """Whether ``path`` is a plan or registry file: a YAML file under the plans folder, or
    directly in one of the registry folders (``registry/<kind>/``)."""
    if path.suffix not in (".yaml", ".yml"):
        return False
    resolved = path.resolve()
    if config.plans.resolve() in resolved.parents:
        return True
    return any(resolved.parent == folder for _, folder in _registry_folders(config.registry))


#: Where the project keeps its source texts (``sources/`` beside ``plans/``).
SOURCES = "sources"


def is_corpus_input(path: Path, config: Config) -> bool:
    """Whether ``path`` is something every file is checked against: the configuration
    (``pyproject.toml``), a schema, or a source text. A change to one re-checks the corpus."""
    resolved = path.resolve()
    if resolved == (config.root / CONFIG_FILE).resolve():
        return True
    folders = (config.schema.resolve(), (config.root / SOURCES).resolve())
    return any(folder == resolved or folder in resolved.parents for folder in folders)


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


def _parse_and_validate(
    raw: bytes | None, path: Path, shown: str, kind: str, limits: Limits, schema_dir: Path
) -> tuple[LoadedFile, list[Finding]]:
    """Parse one file and validate it against its schema (runs in a worker process too)."""
    lf = load_file(path, shown, limits) if raw is None else _load_bytes(raw, path, shown, limits)
    if not lf.ok or (lf.data is None and lf.findings):
        return lf, []
    return lf, validate(lf, kind, SchemaSet(schema_dir))


def _load_bytes(raw: bytes, path: Path, shown: str, limits: Limits) -> LoadedFile:
    from .loader import _decode

    if len(raw) > limits.max_file_bytes:
        return load_file(path, shown, limits)
    text, problem = _decode(shown, raw)
    if problem is not None:
        lf = LoadedFile(shown, None)
        lf.findings.append(problem)
        return lf
    assert text is not None
    return load_text(text, shown, limits)


def _job(args: tuple[bytes | None, Path, str, str, Limits, Path]) -> tuple[LoadedFile, list[Finding]]:
    return _parse_and_validate(*args)


def _read(path: Path, limits: Limits) -> bytes | None:
    """The file's bytes for hashing, or None to let the loader report why it cannot be read."""
    try:
        if path.stat().st_size > limits.max_file_bytes:
            return None
        return path.read_bytes()
    except OSError:
        return None


def refusal(path: Path, root: Path) -> str | None:
    """Why ``path`` must not be read, if it must not: a link out of the project (it could expose any
    file of the machine, and its text would be echoed in reports), a loop of links, or something that is
    not a regular file (a FIFO hangs, ``/dev/zero`` never ends)."""
    try:
        if path.is_symlink():
            target = path.resolve(strict=True)
            if root.resolve() not in target.parents:
                return "link-outside"
        if not stat.S_ISREG(os.stat(path).st_mode):
            return "not-regular"
    except RuntimeError:
        return "link-loop"
    except OSError as exc:
        return "link-loop" if exc.errno == errno.ELOOP else None  # a missing file: the loader says so
    return None


def parse_files(
    jobs: list[tuple[Path, str, str]], config: Config, cache: Cache | None = None, workers: int | None = None
) -> list[tuple[LoadedFile, list[Finding]]]:
    """Parse and validate files, from the cache where possible and on all cores otherwise."""
    results: list[tuple[LoadedFile, list[Finding]] | None] = [None] * len(jobs)
    todo: list[tuple[int, tuple[bytes | None, Path, str, str, Limits, Path], str | None]] = []
    for i, (path, shown, kind) in enumerate(jobs):
        refused = refusal(path, config.root)
        if refused is not None:
            lf = LoadedFile(shown, None)
            lf.findings.append(Finding("CC004", Location(shown, 1, 1), {"problem": refused}))
            results[i] = (lf, [])
            continue
        raw = _read(path, config.limits)
        key = cache.key(raw, kind, shown) if cache is not None and raw is not None else None
        hit = cache.get(key) if key is not None and cache is not None else None
        if hit is not None:
            results[i] = hit
            continue
        todo.append((i, (raw, path, shown, kind, config.limits, config.schema), key))
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    if workers > 1 and len(todo) >= PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            done = list(pool.map(_job, [args for _, args, _ in todo], chunksize=max(1, len(todo) // (workers * 8))))
    else:
        done = [_job(args) for _, args, _ in todo]
    for (i, _, key), result in zip(todo, done):
        results[i] = result
        if cache is not None and key is not None:
            cache.put(key, result)
    return [r for r in results if r is not None]


def load_corpus(config: Config, extra: Iterable[Path] = (), cache: Cache | None = None) -> Loaded:
    """Load every corpus file, plus ``extra`` files named by the user."""
    seen: set[Path] = set()
    paths: list[Path] = []
    for p in [*corpus_files(config), *extra]:
        try:
            r = p.resolve()
        except (OSError, RuntimeError):  # a loop of links: kept, and refused when read
            r = p.absolute()
        if r not in seen:
            seen.add(r)
            paths.append(p)
    loaded = Loaded(Corpus())
    registry_entries: dict[tuple[str, str], list[tuple[str, str]]] = {}
    jobs = [(path, display_path(path, config.root), kind_of(path, config)) for path in paths]
    for (_path, shown, kind), (lf, schema_findings) in zip(jobs, parse_files(jobs, config, cache)):
        loaded.corpus.files[shown] = lf
        loaded.kinds[shown] = kind
        loaded.findings.extend(lf.findings)
        if not lf.ok or (lf.data is None and lf.findings):
            loaded.unmodelled[shown] = lf.findings[0].rule if lf.findings else "CC001"
            continue
        loaded.findings.extend(schema_findings)
        if schema_findings:
            loaded.unmodelled[shown] = schema_findings[0].rule
            continue
        if kind == "plan":
            plan = build.plan(lf.data, lf)
            if plan.slug in loaded.corpus.plans:
                first = loaded.corpus.plans[plan.slug]
                loaded.findings.append(
                    Finding(
                        "CC111",
                        lf.location("/slug"),
                        {"kind": "plan", "id": plan.slug, "first": first.path},
                        (first.source.location("/slug"),),
                    )
                )
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
            if kind == "agencies":
                for province in build.provinces(lf.data, shown):
                    registry_entries.setdefault(("provinces", province.id), []).append((shown, province.pointer))
                    loaded.corpus.provinces.setdefault(province.id, province)
    for (kind, key), places in registry_entries.items():
        if len(places) > 1:
            loaded.corpus.duplicates.append((kind, key, places))
    for plan in loaded.corpus.plans.values():
        tr = plan.transcription
        if tr is not None and tr.source not in loaded.corpus.sources:
            loaded.corpus.sources[tr.source] = read_source(config, tr.source)
    return loaded


def read_source(config: Config, relative: str) -> SourceFile:
    """A plan's source text from ``sources/``: never outside the project, never a link out of it."""
    root = config.root.resolve()
    candidate = root / relative
    try:
        resolved = candidate.resolve()
    except (OSError, RuntimeError) as exc:
        return SourceFile(relative, None, f"{type(exc).__name__}")
    sources = (root / SOURCES).resolve()
    if sources != resolved and sources not in resolved.parents:
        return SourceFile(relative, None, "outside")
    try:
        if not resolved.is_file():
            return SourceFile(relative, None, "missing")
        if resolved.stat().st_size > config.limits.max_file_bytes:
            return SourceFile(relative, None, "too-large")
        raw = resolved.read_bytes()
    except OSError as exc:
        return SourceFile(relative, None, type(exc).__name__)
    text, bad = decode_utf8(raw)
    if bad is not None:
        return SourceFile(relative, None, "encoding")
    return SourceFile(relative, text.replace("\r\n", "\n").lstrip("\ufeff"))
