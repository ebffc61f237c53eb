"""``cchc export``: the corpus as open data, JSON and CSV, in a documented layout.

Files (docs/reference/open-data.md documents every column):

* ``corpus.json``    every plan's validated data keyed by slug, plus the registries;
* ``plans.json``     one object per plan, the fields of ``plans.csv`` with JSON types;
* ``plans.csv``      one row per plan;
* ``targets.csv``    one row per target;
* ``tasks.csv``      one row per task (several agencies joined by ``; ``);
* ``citations.csv``  one row per citation.

CSV files are UTF-8 without BOM, comma-separated, quoted where needed (RFC 4180),
LF line ends, with a header row and a stable column order; a bilingual text is
two columns, ``<field>_vi`` and ``<field>_en``; an absent value is an empty
cell. Text is written as printed, never altered (not even a leading ``=``,
``+`` or ``-``, common in Vietnamese bullet lists): spreadsheets should import
the files as text. Plans are in slug order, their parts in document order, so
the same corpus always gives the same bytes. The site offers the same files
for download.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .catalogue import both
from .model import Corpus, Plan

#: Version of the layout; raised when a column is removed or changes meaning.
LAYOUT_VERSION = 1

PLAN_COLUMNS = (
    "slug",
    "province",
    "path",
    "number",
    "type",
    "plan_type",
    "issuer",
    "issuer_printed",
    "place",
    "date",
    "date_printed",
    "period_start",
    "period_end",
    "parent",
    "title_vi",
    "title_en",
    "document_title_vi",
    "document_title_en",
    "signer",
    "signer_mode",
    "signer_position_vi",
    "signer_position_en",
    "citations",
    "sections",
    "targets",
    "tasks",
)
TARGET_COLUMNS = (
    "plan",
    "id",
    "indicator",
    "comparator",
    "value",
    "value_max",
    "unit",
    "year",
    "period_start",
    "period_end",
    "due_year",
    "scope_level",
    "scope_sector",
    "scope_detail_vi",
    "scope_detail_en",
    "section",
    "printed_vi",
    "printed_en",
)
TASK_COLUMNS = (
    "plan",
    "id",
    "number",
    "section",
    "source",
    "area",
    "text_vi",
    "text_en",
    "lead",
    "lead_printed",
    "cooperating",
    "cooperating_printed",
    "deadline_kind",
    "deadline_printed",
    "deadline_year",
    "deadline_by",
    "budget_amount",
    "budget_unit",
    "budget_printed",
    "notes_vi",
    "notes_en",
)
CITATION_COLUMNS = (
    "plan",
    "id",
    "document",
    "role",
    "section",
    "number",
    "type",
    "issuer_printed",
    "date",
    "year",
    "printed",
    "cited_plan",
)

#: Separator of several values in one cell (agencies of a task).
JOIN = "; "


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _count_sections(plan: Plan) -> int:
    return sum(1 for _ in plan.all_sections())


def plan_rows(plans: Iterable[Plan]) -> Iterable[Sequence[Any]]:
    """Rows of ``plans.csv``, in :data:`PLAN_COLUMNS` order."""
    for p in plans:
        h, s = p.header, p.header.signer
        yield (
            p.slug,
            p.province,
            p.path,
            h.number,
            h.type,
            p.plan_type,
            p.issuer.agency,
            p.issuer.printed,
            h.place,
            h.date,
            h.date_printed,
            p.period[0],
            p.period[1],
            p.parent,
            p.title.vi,
            p.title.en,
            h.title.vi,
            h.title.en,
            s.name if s else None,
            s.mode if s else None,
            s.position.vi if s and s.position else None,
            s.position.en if s and s.position else None,
            len(p.citations),
            _count_sections(p),
            len(p.targets),
            len(p.tasks),
        )


def target_rows(plans: Iterable[Plan]) -> Iterable[Sequence[Any]]:
    """Rows of ``targets.csv``, in :data:`TARGET_COLUMNS` order."""
    for p in plans:
        for t in p.targets:
            detail = t.scope.detail
            yield (
                p.slug,
                t.id,
                t.indicator,
                t.comparator,
                t.value,
                t.value_max,
                t.unit,
                t.year,
                t.period[0] if t.period else None,
                t.period[1] if t.period else None,
                t.due_year(),
                t.scope.level,
                t.scope.sector,
                detail.vi if detail else None,
                detail.en if detail else None,
                t.section,
                t.printed.vi,
                t.printed.en,
            )


def task_rows(plans: Iterable[Plan]) -> Iterable[Sequence[Any]]:
    """Rows of ``tasks.csv``, in :data:`TASK_COLUMNS` order."""
    for p in plans:
        for t in p.tasks:
            d, b, n = t.deadline, t.budget, t.notes
            yield (
                p.slug,
                t.id,
                t.number,
                t.section,
                t.source,
                t.area,
                t.text.vi,
                t.text.en,
                JOIN.join(m.agency for m in t.lead),
                JOIN.join(m.printed for m in t.lead),
                JOIN.join(m.agency for m in t.cooperating),
                JOIN.join(m.printed for m in t.cooperating),
                d.kind if d else None,
                d.printed if d else None,
                (d.year or d.end_year) if d else None,
                d.latest_date() if d else None,
                b.amount if b else None,
                b.unit if b else None,
                b.printed if b else None,
                n.vi if n else None,
                n.en if n else None,
            )


def citation_rows(plans: Iterable[Plan]) -> Iterable[Sequence[Any]]:
    """Rows of ``citations.csv``, in :data:`CITATION_COLUMNS` order."""
    for p in plans:
        for c in p.citations:
            yield (p.slug, c.id, c.document, c.role, c.section, c.number, c.type, c.issuer_printed, c.date, c.year, c.printed, c.plan)


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    """One CSV file: UTF-8 without BOM, header row, LF line ends, minimal quoting."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(columns)
        for row in rows:
            w.writerow([_cell(v) for v in row])
    return path


def write_json(path: Path, data: Any) -> Path:
    """One JSON file: UTF-8, text unescaped, two-space indentation, a final newline."""
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    return path


def registry_data(corpus: Corpus) -> dict[str, Any]:
    """The three registries as plain data, keyed by id (indicators by code)."""
    return {
        "agencies": {
            a.id: {
                "name": both((a.name.vi, a.name.en)),
                "short": a.short,
                "level": a.level,
                "kind": a.kind,
                "scope": a.scope,
                "parent": a.parent,
                "aliases": list(a.aliases),
            }
            for a in corpus.agencies.values()
        },
        "indicators": {
            i.code: {
                "name": both((i.name.vi, i.name.en)),
                "unit": i.unit,
                "better": i.better,
                "range": list(i.range),
                "publisher": both((i.publisher.vi, i.publisher.en)),
                "aliases": list(i.aliases),
            }
            for i in corpus.indicators.values()
        },
        "documents": {
            d.id: {
                "number": d.number,
                "type": d.type,
                "issuer": d.issuer,
                "date": d.date,
                "year": d.year,
                "title": both((d.title.vi, d.title.en)) if d.title is not None else None,
                "plan": d.plan,
            }
            for d in corpus.documents.values()
        },
    }


def export_corpus(corpus: Corpus, out_dir: Path) -> list[Path]:
    """Write the open-data files into ``out_dir`` (created if needed); returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    plans = sorted(corpus.plans.values(), key=lambda p: p.slug)
    corpus_data = {"version": LAYOUT_VERSION, "plans": {p.slug: p.data for p in plans}, **registry_data(corpus)}
    plans_data = {"version": LAYOUT_VERSION, "plans": [{c: _json_value(v) for c, v in zip(PLAN_COLUMNS, row)} for row in plan_rows(plans)]}
    return [
        write_json(out_dir / "corpus.json", corpus_data),
        write_json(out_dir / "plans.json", plans_data),
        write_csv(out_dir / "plans.csv", PLAN_COLUMNS, plan_rows(plans)),
        write_csv(out_dir / "targets.csv", TARGET_COLUMNS, target_rows(plans)),
        write_csv(out_dir / "tasks.csv", TASK_COLUMNS, task_rows(plans)),
        write_csv(out_dir / "citations.csv", CITATION_COLUMNS, citation_rows(plans)),
    ]


def cmd_export(args: argparse.Namespace) -> int:
    """``cchc export``: exit 0 when every file was exported, 1 when some were left out for errors."""
    from .config import load_config
    from .corpus import load_corpus

    config = load_config(args.project)
    loaded = load_corpus(config)
    corpus = loaded.corpus
    exported = {p.path for p in corpus.plans.values()}
    for index in (corpus.agencies, corpus.indicators, corpus.documents):
        exported.update(item.path for item in index.values())
    with_findings = {f.location.path for f in loaded.findings}
    left_out = sorted(shown for shown in loaded.kinds if shown not in exported and shown in with_findings)
    out = Path(args.out) if args.out else config.root / "dist" / "data"
    if out.exists() and not out.is_dir():
        from .cli import UsageError

        raise UsageError(f"--out phải là một thư mục, không phải tệp / --out must be a folder, not a file: {out}")
    files = export_corpus(corpus, out)
    sys.stdout.write(
        f"Đã ghi {len(files)} tệp vào {out} ({len(corpus.plans)} kế hoạch) / "
        f"Wrote {len(files)} files to {out} ({len(corpus.plans)} plans)\n"
    )
    if left_out:
        sys.stderr.write(
            "Bỏ qua các tệp có lỗi cú pháp hoặc lược đồ (chạy `cchc lint` để xem) / "
            "left out, with syntax or schema errors (run `cchc lint` to see them):\n"
        )
        sys.stderr.writelines(f"  {shown}\n" for shown in left_out)
        return 1
    return 0


def register(subparsers: Any) -> None:
    """Add ``cchc export`` to the command line."""
    p = subparsers.add_parser(
        "export",
        help="xuất dữ liệu mở JSON, CSV / export open data as JSON and CSV",
        description="Xuất kho dữ liệu thành JSON và CSV (xem docs/reference/open-data.md); mã thoát 1 nếu có tệp bị bỏ qua vì lỗi / "
        "Export the corpus as JSON and CSV (see docs/reference/open-data.md); exit 1 when files with errors were left out.",
    )
    p.add_argument("--out", help="thư mục đầu ra / output folder (default: dist/data)")
    p.set_defaults(handler=cmd_export)


__all__ = [
    "CITATION_COLUMNS",
    "LAYOUT_VERSION",
    "PLAN_COLUMNS",
    "TARGET_COLUMNS",
    "TASK_COLUMNS",
    "citation_rows",
    "export_corpus",
    "plan_rows",
    "register",
    "registry_data",
    "target_rows",
    "task_rows",
    "write_csv",
    "write_json",
]
