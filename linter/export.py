"""``cchc export``: the corpus as open data, JSON and CSV, in a documented layout.

Files (see docs/reference/open-data.md for every column):

* ``corpus.json``    every plan's validated data, keyed by slug, plus the registries;
* ``plans.csv``      one row per plan;
* ``targets.csv``    one row per target;
* ``tasks.csv``      one row per task (lead and cooperating agencies joined by ``; ``);
* ``citations.csv``  one row per citation.

CSV files are UTF-8 without BOM, comma-separated, with a header row and a
stable column order; a bilingual text is two columns, ``<field>_vi`` and
``<field>_en``. The site offers the same files for download.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path
from typing import Any, Iterable, Sequence

from .model import Corpus, Plan

PLAN_COLUMNS = ("slug", "province", "number", "type", "plan_type", "issuer", "issuer_printed", "date", "period_start",
                "period_end", "parent", "title_vi", "title_en", "signer", "citations", "targets", "tasks")
TARGET_COLUMNS = ("plan", "id", "indicator", "comparator", "value", "value_max", "unit", "year", "period_start", "period_end",
                  "scope_level", "scope_sector", "section", "printed_vi", "printed_en")
TASK_COLUMNS = ("plan", "id", "number", "section", "source", "area", "text_vi", "text_en", "lead", "lead_printed",
                "cooperating", "cooperating_printed", "deadline_kind", "deadline_printed", "deadline_year", "budget_amount",
                "budget_unit", "budget_printed")
CITATION_COLUMNS = ("plan", "id", "document", "role", "section", "number", "type", "issuer_printed", "date", "year", "printed")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def plan_rows(plans: Iterable[Plan]) -> Iterable[Sequence[Any]]:
    for p in plans:
        yield (p.slug, p.province, p.header.number, p.header.type, p.plan_type, p.issuer.agency, p.issuer.printed, p.header.date,
               p.period[0], p.period[1], p.parent, p.title.vi, p.title.en, p.header.signer.name if p.header.signer else None,
               len(p.citations), len(p.targets), len(p.tasks))


def target_rows(plans: Iterable[Plan]) -> Iterable[Sequence[Any]]:
    for p in plans:
        for t in p.targets:
            yield (p.slug, t.id, t.indicator, t.comparator, t.value, t.value_max, t.unit, t.year,
                   t.period[0] if t.period else None, t.period[1] if t.period else None, t.scope.level, t.scope.sector,
                   t.section, t.printed.vi, t.printed.en)


def task_rows(plans: Iterable[Plan]) -> Iterable[Sequence[Any]]:
    for p in plans:
        for t in p.tasks:
            d, b = t.deadline, t.budget
            yield (p.slug, t.id, t.number, t.section, t.source, t.area, t.text.vi, t.text.en,
                   "; ".join(m.agency for m in t.lead), "; ".join(m.printed for m in t.lead),
                   "; ".join(m.agency for m in t.cooperating), "; ".join(m.printed for m in t.cooperating),
                   d.kind if d else None, d.printed if d else None, (d.year or d.end_year) if d else None,
                   b.amount if b else None, b.unit if b else None, b.printed if b else None)


def citation_rows(plans: Iterable[Plan]) -> Iterable[Sequence[Any]]:
    for p in plans:
        for c in p.citations:
            yield (p.slug, c.id, c.document, c.role, c.section, c.number, c.type, c.issuer_printed, c.date, c.year, c.printed)


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(columns)
        for row in rows:
            w.writerow([_cell(v) for v in row])
    return path


def registry_data(corpus: Corpus) -> dict[str, Any]:
    return {
        "agencies": {a.id: {"name": {"vi": a.name.vi, "en": a.name.en}, "level": a.level, "kind": a.kind, "aliases": list(a.aliases),
                            "parent": a.parent} for a in corpus.agencies.values()},
        "indicators": {i.code: {"name": {"vi": i.name.vi, "en": i.name.en}, "unit": i.unit, "better": i.better,
                                "range": list(i.range), "publisher": {"vi": i.publisher.vi, "en": i.publisher.en}}
                       for i in corpus.indicators.values()},
        "documents": {d.id: {"number": d.number, "type": d.type, "issuer": d.issuer, "date": d.date, "year": d.year,
                             "title": {"vi": d.title.vi, "en": d.title.en}, "plan": d.plan} for d in corpus.documents.values()},
    }


def export_corpus(corpus: Corpus, out_dir: Path) -> list[Path]:
    """Write the open-data files into ``out_dir``; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    plans = sorted(corpus.plans.values(), key=lambda p: p.slug)
    data = {"version": 1, "plans": {p.slug: p.data for p in plans}, **registry_data(corpus)}
    corpus_json = out_dir / "corpus.json"
    corpus_json.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return [
        corpus_json,
        write_csv(out_dir / "plans.csv", PLAN_COLUMNS, plan_rows(plans)),
        write_csv(out_dir / "targets.csv", TARGET_COLUMNS, target_rows(plans)),
        write_csv(out_dir / "tasks.csv", TASK_COLUMNS, task_rows(plans)),
        write_csv(out_dir / "citations.csv", CITATION_COLUMNS, citation_rows(plans)),
    ]


def cmd_export(args: argparse.Namespace) -> int:
    from .config import load_config
    from .corpus import load_corpus

    config = load_config(args.project)
    loaded = load_corpus(config)
    if loaded.findings and any(f.rule in ("CC001", "CC004") for f in loaded.findings):
        bad = sorted({f.location.path for f in loaded.findings if f.rule in ("CC001", "CC004")})
        print(f"Bỏ qua tệp không đọc được / skipped unreadable files: {', '.join(bad)}")
    out = Path(args.out) if args.out else config.root / "dist" / "data"
    files = export_corpus(loaded.corpus, out)
    print(f"Đã ghi {len(files)} tệp vào {out} / Wrote {len(files)} files to {out}")
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("export", help="xuất dữ liệu mở JSON, CSV / export open data as JSON and CSV",
                              description="Xuất kho dữ liệu thành JSON và CSV / Export the corpus as JSON and CSV.")
    p.add_argument("--out", help="thư mục đầu ra / output folder (default: dist/data)")
    p.set_defaults(handler=cmd_export)
