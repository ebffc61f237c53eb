"""``cchc coverage``: how much of each plan's source text is transcribed.

Per plan: the share of the source's letters and digits that some Vietnamese
text of the plan covers, the share acknowledged as left out on purpose
(CC602 acknowledgements with a ``quote``), and every span still open with its
lines and first words; then totals for the corpus. The figures come from the
same alignment the provenance rules use (:mod:`linter.provenance`).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .catalogue import both, pick, ui
from .config import load_config
from .corpus import display_path, load_corpus
from .model import Plan
from .provenance import Alignment, Gap, align, load_source


@dataclass(frozen=True)
class Span:
    first_line: int
    last_line: int
    text: str
    chars: int
    #: The acknowledgement's reason (vi, en) when the span is left out on purpose.
    reason: tuple[str, str] | None = None


@dataclass
class PlanCoverage:
    path: str
    slug: str
    status: str | None
    source: str | None
    total: int = 0
    covered: int = 0
    acknowledged: int = 0
    spans: list[Span] = field(default_factory=list)
    missing_texts: int = 0
    out_of_order: int = 0
    problem: str | None = None

    @property
    def share(self) -> float:
        return self.covered / self.total if self.total else 0.0

    @property
    def acknowledged_share(self) -> float:
        return self.acknowledged / self.total if self.total else 0.0

    @property
    def open_spans(self) -> list[Span]:
        return [s for s in self.spans if s.reason is None]


def _reason(plan: Plan, gap: Gap) -> tuple[str, str] | None:
    from .engine import quoted

    tr = plan.transcription
    for ack in tr.acks if tr is not None else ():
        if ack.rule == "CC602" and ack.quote and quoted(ack.quote, gap.text):
            return (ack.reason.vi, ack.reason.en)
    return None


def plan_coverage(plan: Plan, alignment: Alignment | None, problem: str | None = None) -> PlanCoverage:
    tr = plan.transcription
    out = PlanCoverage(plan.path, plan.slug, tr.status if tr else None, tr.source if tr else None, problem=problem)
    if alignment is None:
        out.problem = out.problem or ("none" if tr is None else "unreadable")
        return out
    out.covered, out.total = alignment.counts()
    for gap in alignment.gaps(minimum=1):
        reason = _reason(plan, gap)
        if reason is not None:
            out.acknowledged += gap.weight
        if gap.weight >= 6 or reason is not None:
            out.spans.append(Span(gap.first_line, gap.last_line, gap.text, gap.weight, reason))
    out.missing_texts = len(alignment.missing)
    out.out_of_order = len(alignment.out_of_order)
    return out


def measure(project: Path | None = None, paths: list[Path] | None = None) -> list[PlanCoverage]:
    """Coverage of every plan of the project, or of the plans at ``paths``."""
    config = load_config(project)
    loaded = load_corpus(config, extra=paths or ())
    wanted: set[str] | None = None
    if paths:
        wanted = set()
        for p in paths:
            files = sorted(p.glob("**/*.yaml")) if p.is_dir() else [p]
            wanted.update(display_path(f, config.root) for f in files)
    out = []
    for plan in sorted(loaded.corpus.plans.values(), key=lambda p: p.path):
        if wanted is not None and plan.path not in wanted:
            continue
        tr = plan.transcription
        source_file = loaded.corpus.sources.get(tr.source) if tr else None
        source = load_source(source_file)
        out.append(
            plan_coverage(
                plan, align(plan, source) if source is not None else None, source_file.problem if source_file is not None else None
            )
        )
    return out


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def _w(key: str, lang: str) -> str:
    """A word of the coverage report (the catalogue's ``coverage.`` entries)."""
    return ui(f"coverage.{key}", lang)


def render_text(results: list[PlanCoverage], lang: str = "vi") -> str:
    lines: list[str] = []
    for r in results:
        lines.append(f"{r.path}  [{_w('status', lang)}: {r.status or '-'}]  {r.source or ''}")
        if r.problem:
            lines.append(f"  {_w('no-source', lang)} ({r.problem})")
            continue
        open_chars = sum(s.chars for s in r.open_spans)
        lines.append(
            f"  {_w('covered', lang)} {_pct(r.share)} ({r.covered}/{r.total} {_w('chars', lang)}); "
            f"{_w('acknowledged', lang)} {_pct(r.acknowledged_share)}; "
            f"{_w('open', lang)} {_pct(open_chars / r.total if r.total else 0)}"
        )
        if r.missing_texts or r.out_of_order:
            lines.append(f"  {_w('texts', lang)}: {r.missing_texts}; {_w('order', lang)}: {r.out_of_order}")
        for s in r.spans:
            where = str(s.first_line) if s.first_line == s.last_line else f"{s.first_line}–{s.last_line}"
            words = s.text.split(" ")
            quote = " ".join(words[:10]) + (" …" if len(words) > 10 else "")
            mark = "  ✓ " if s.reason else "  ✗ "
            lines.append(f"{mark}{_w('lines', lang)} {where}: “{quote}”" + (f" — {pick(s.reason, lang)}" if s.reason else ""))
    total = sum(r.total for r in results)
    covered = sum(r.covered for r in results)
    acked = sum(r.acknowledged for r in results)
    lines.append("")
    lines.append(
        f"{_w('total', lang)}: {len(results)} {_w('plans', lang)}; {_w('covered', lang)} "
        f"{_pct(covered / total if total else 0)} ({covered}/{total}); {_w('acknowledged', lang)} {_pct(acked / total if total else 0)}"
    )
    return "\n".join(lines) + "\n"


def render_json(results: list[PlanCoverage]) -> str:
    def one(r: PlanCoverage) -> dict[str, Any]:
        return {
            "path": r.path,
            "slug": r.slug,
            "status": r.status,
            "source": r.source,
            "problem": r.problem,
            "characters": {"total": r.total, "covered": r.covered, "acknowledged": r.acknowledged},
            "covered": round(r.share, 4),
            "acknowledged": round(r.acknowledged_share, 4),
            "texts_not_in_source": r.missing_texts,
            "texts_out_of_order": r.out_of_order,
            "spans": [
                {
                    "first_line": s.first_line,
                    "last_line": s.last_line,
                    "text": s.text,
                    "characters": s.chars,
                    "acknowledged": s.reason is not None,
                    "reason": both(s.reason) if s.reason else None,
                }
                for s in r.spans
            ],
        }

    total = sum(r.total for r in results)
    doc = {
        "version": 1,
        "plans": [one(r) for r in results],
        "totals": {
            "plans": len(results),
            "characters": total,
            "covered": sum(r.covered for r in results),
            "acknowledged": sum(r.acknowledged for r in results),
            "share": round(sum(r.covered for r in results) / total, 4) if total else 0.0,
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def cmd_coverage(args: argparse.Namespace) -> int:
    from .cli import UsageError

    for path in args.paths:
        if not path.exists():
            raise UsageError(f"không có tệp / no such file: {path}")
    results = measure(args.project, list(args.paths))
    lang = args.lang or "vi"
    sys.stdout.write(render_json(results) if args.format == "json" else render_text(results, lang))
    if args.fail_under is not None:
        below = [r for r in results if r.status in ("complete", "reviewed") and 100 * (r.share + r.acknowledged_share) < args.fail_under]
        return 1 if below else 0
    return 0


def register(subparsers: Any) -> None:
    """Add ``cchc coverage`` to the command line."""
    p = subparsers.add_parser(
        "coverage",
        help="phần văn bản nguồn đã chép / how much of each source text is transcribed",
        description="Tỷ lệ văn bản nguồn đã chép của từng kế hoạch, các đoạn còn thiếu và tổng của kho / "
        "Each plan's transcribed share of its source text, the spans still missing, and corpus totals.",
    )
    p.add_argument("paths", nargs="*", type=Path, help="tệp hoặc thư mục kế hoạch / plan files or folders (default: all)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="dạng báo cáo / report format (default text)")
    p.add_argument("--lang", choices=("vi", "en"), default=None, help="ngôn ngữ / language (default: CCHC_LANG, else vi)")
    p.add_argument(
        "--fail-under",
        type=float,
        default=None,
        metavar="PCT",
        help="thoát 1 nếu kế hoạch complete/reviewed nào dưới PCT% (đã chép + bỏ qua có lý do) / "
        "exit 1 if a complete or reviewed plan is below PCT% (covered + acknowledged)",
    )
    p.set_defaults(handler=cmd_coverage)
