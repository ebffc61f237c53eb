"""``cchc new``: a valid plan file to start from, at the right path, with the right slug.

The scaffold holds what the editor gave on the command line (province, number,
type, date, title, and optionally issuer and period) and leaves the rest as
empty lists or commented-out examples, each with a comment in Vietnamese and
English saying what goes there. It passes the schema and the linter; the
editor then transcribes the document into it, guided by the linter.

    cchc new --province ba-ria-vung-tau --number "4655/QĐ-UBND" --type quyet-dinh \\
        --date 2021-12-06 --title-vi "…" --title-en "…" --period 2021 2025

writes ``plans/ba-ria-vung-tau/ba-ria-vung-tau-4655-qd-ubnd-2021.yaml`` and
never overwrites a file.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import re
import sys
from pathlib import Path
from typing import Any

from .config import Config, load_config
from .model import Agency
from .textio import decode_utf8
from .textnorm import plan_slug, slugify

#: The schema's bounds for a year.
YEAR_MIN, YEAR_MAX = 1945, 2100


class ScaffoldError(ValueError):
    """An argument the scaffold cannot use (exit code 2). The message is bilingual."""


def document_types(schema_dir: Path) -> list[str]:
    """The document types the plan schema allows (``$defs.doc_type.enum``)."""
    try:
        schema = json.loads((schema_dir / "plan.schema.json").read_text(encoding="utf-8"))
        types = schema["$defs"]["doc_type"]["enum"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return [t for t in types if isinstance(t, str)]


def registry_agencies(config: Config) -> dict[str, Agency]:
    """The agencies of ``registry/agencies/`` (only valid files; the plans are not read)."""
    from . import build
    from .corpus import display_path, parse_files

    folder = config.registry / "agencies"
    jobs = [(p, display_path(p, config.root), "agencies") for p in sorted(folder.glob("*.yaml"))] if folder.is_dir() else []
    found: dict[str, Agency] = {}
    for (_, shown, _), (lf, schema_findings) in zip(jobs, parse_files(jobs, config)):
        if not lf.ok or not isinstance(lf.data, dict) or schema_findings:
            continue
        for agency in build.agencies(lf.data, shown):
            found.setdefault(agency.id, agency)
    return found


def printed_name(agency: Agency) -> str:
    """A first guess at the issuer as printed in a header: an upper-case alias, else the name in capitals."""
    return next((a for a in agency.aliases if a.isupper()), agency.name.vi.upper())


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def source_path(province: str, slug: str) -> str:
    """Where a plan's source text lives, relative to the project root: ``sources/<province>/<slug>.txt``."""
    return f"sources/{province}/{slug}.txt"


def render_plan(
    *,
    province: str,
    number: str,
    doc_type: str,
    date: str,
    title_vi: str,
    title_en: str,
    issuer: str,
    issuer_printed: str,
    period: tuple[int, int] | None = None,
    plan_type: str | None = None,
    source_kind: str = "published-text",
) -> str:
    """The text of a new plan file (without the schema modeline, which the formatter adds)."""
    year = int(date[:4])
    start, end = period or (year, year)
    slug = plan_slug(province, number, date)
    plan_type = plan_type or doc_type
    wrapper = plan_note = ""
    if plan_type != doc_type:
        wrapper = """# Văn bản ban hành kèm theo kế hoạch (quyết định …): chép các điều của nó.
# The document issuing the plan (a decision …): transcribe its articles.
# wrapper:
#   articles:
#     - {number: "Điều 1.", text: {vi: "Ban hành kèm theo Quyết định này …", en: "Issued together with this Decision …"}}
"""
        plan_note = """# Loại và tên của chính kế hoạch, như in ở đầu kế hoạch (thường khác trích yếu của quyết định).
# Type and title of the plan itself, as printed at its head (often not the decision's title).
"""
    return f"""# Tạo bằng `cchc new`. Chép văn bản vào từng phần; `cchc lint` chỉ ra chỗ còn thiếu.
# Made by `cchc new`. Transcribe the document into each part; `cchc lint` shows what is missing.
slug: {slug}
province: {province}
# Cơ quan ban hành: mã trong registry/agencies/ và tên đúng như in.
# Issuing body: an id from registry/agencies/ and the name exactly as printed.
issuer: {{agency: {issuer}, printed: {_q(issuer_printed)}}}
# parent: slug-ke-hoach-cap-tren   # kế hoạch mà văn bản này thực hiện / the plan this one implements
# Thời kỳ của kế hoạch (năm đầu, năm cuối), như văn bản ghi.
# The plan period (first and last year), as the document states it.
period: {{start: {start}, end: {end}}}
document:
  number: {_q(number)}
  type: {doc_type}
  # Tên cơ quan ban hành như in ở góc trái phần đầu văn bản; hãy đối chiếu bản gốc.
  # The issuing body as printed at the top left of the header; check it against the source.
  issuer_printed: {_q(issuer_printed)}
  # place: "…"          # địa danh như in / place as printed
  date: {_q(date)}
  # date_printed: "…, ngày … tháng … năm …"   # dòng ngày như in / the date line as printed
  title: {{vi: {_q(title_vi)}, en: {_q(title_en)}}}
  # Người ký: họ tên, hình thức ký (tm, kt, tl, tuq, none), chức vụ như in.
  # Signer: name, signing mode (tm, kt, tl, tuq, none), position as printed.
  # signer: {{name: "…", mode: tm, position: {{vi: "CHỦ TỊCH", en: "Chairman"}}}}
  # false nếu bản nguồn không có phần đầu văn bản / false if the source lacks the header block
  header_present: true
{wrapper}{plan_note}plan:
  type: {plan_type}
  title: {{vi: {_q(title_vi)}, en: {_q(title_en)}}}
# Văn bản căn cứ và mọi văn bản được dẫn trong nội dung, theo thứ tự xuất hiện.
# Legal bases and every document cited in the body, in order of appearance.
citations: []
# Các mục của văn bản với số thứ tự như in (I., 1., a) …) và nội dung hai ngôn ngữ.
# The document's sections with their numbering as printed (I., 1., a) …), text in both languages.
sections: []
# Mỗi chỉ tiêu định lượng: chỉ số, phép so sánh, giá trị, đơn vị, năm, câu như in.
# Each numeric target: indicator, comparator, value, unit, year, the sentence as printed.
targets: []
# Mỗi nhiệm vụ (cả từng dòng của phụ lục): cơ quan chủ trì, phối hợp, thời hạn như in.
# Each task (every appendix row too): lead agency, cooperating agencies, deadline as printed.
tasks: []
# Văn bản nguồn như tìm thấy (trong sources/) và tình trạng chép: draft khi đang chép,
# complete khi `cchc coverage` cho thấy đã chép đủ, reviewed khi người thứ hai đã đối chiếu.
# The source text as found (under sources/) and the transcription status: draft while
# transcribing, complete once `cchc coverage` shows it all, reviewed after a second person compared it.
transcription:
  source: {_q(source_path(province, slug))}
  source_kind: {source_kind}
  status: draft
"""


def _check_year(value: int, what: str) -> None:
    if not YEAR_MIN <= value <= YEAR_MAX:
        raise ScaffoldError(f"{what} phải trong khoảng {YEAR_MIN}–{YEAR_MAX} / {what} must be within {YEAR_MIN}–{YEAR_MAX}: {value}")


def validate_arguments(
    config: Config,
    *,
    province: str,
    number: str,
    doc_type: str,
    date: str,
    title_vi: str,
    title_en: str,
    period: tuple[int, int] | None,
    plan_type: str | None,
) -> None:
    """Raise :class:`ScaffoldError` (bilingual) for an argument the plan cannot hold."""
    if not province or slugify(province) != province:
        raise ScaffoldError(
            f"tỉnh phải là slug, như tên thư mục trong plans/ (ví dụ ha-tinh) / "
            f"the province must be a slug, like the folders in plans/ (e.g. ha-tinh): {province!r}"
        )
    types = document_types(config.schema)
    for value in (doc_type, plan_type):
        if value is not None and types and value not in types:
            raise ScaffoldError(
                f"loại văn bản không hợp lệ / invalid document type: {value!r}; dùng một trong / use one of: {', '.join(types)}"
            )
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        raise ScaffoldError(f"ngày phải là YYYY-MM-DD, ví dụ 2021-12-06 / the date must be YYYY-MM-DD, e.g. 2021-12-06: {date!r}")
    try:
        issued = _dt.date.fromisoformat(date)
    except ValueError:
        raise ScaffoldError(f"không có ngày này trên lịch / not a real date: {date!r}") from None
    _check_year(issued.year, "năm ban hành / year of issue")
    if not slugify(number):
        raise ScaffoldError(f"cần số hiệu như in, ví dụ 4655/QĐ-UBND / the number as printed is required, e.g. 4655/QĐ-UBND: {number!r}")
    if not title_vi.strip() or not title_en.strip():
        raise ScaffoldError("cần trích yếu bằng cả tiếng Việt và tiếng Anh / a title in both Vietnamese and English is required")
    if period is not None:
        start, end = period
        _check_year(start, "năm đầu / first year")
        _check_year(end, "năm cuối / last year")
        if start > end:
            raise ScaffoldError(f"năm đầu sau năm cuối / the first year is after the last: {start} {end}")


def new_plan(
    config: Config,
    *,
    province: str,
    number: str,
    doc_type: str,
    date: str,
    title_vi: str,
    title_en: str,
    issuer: str | None = None,
    period: tuple[int, int] | None = None,
    plan_type: str | None = None,
    source: Path | None = None,
    source_kind: str = "published-text",
) -> Path:
    """Write a new plan file and return its path; raises :class:`ScaffoldError` rather than overwrite a file.

    ``source``, when given, is copied byte for byte to ``sources/<province>/<slug>.txt`` (never over another file)."""
    from .fmt import format_text, modeline_for

    number, title_vi, title_en = number.strip(), title_vi.strip(), title_en.strip()
    validate_arguments(
        config,
        province=province,
        number=number,
        doc_type=doc_type,
        date=date,
        title_vi=title_vi,
        title_en=title_en,
        period=period,
        plan_type=plan_type,
    )
    issuer = issuer or f"{province}/ubnd-tinh"
    agency = registry_agencies(config).get(issuer)
    if agency is None:
        raise ScaffoldError(
            f"không có cơ quan {issuer} trong registry/agencies/; thêm vào registry/agencies/{province}.yaml trước "
            f"(xem tệp của tỉnh khác) hoặc chọn --issuer / "
            f"agency {issuer} is not in registry/agencies/; add it to registry/agencies/{province}.yaml first "
            f"(see another province's file) or pass --issuer"
        )
    slug = plan_slug(province, number, date)
    path = config.plans / province / f"{slug}.yaml"
    same = sorted(config.plans.glob(f"**/{slug}.yaml")) if config.plans.is_dir() else []
    if path.exists() or same:
        raise ScaffoldError(f"tệp đã có, không ghi đè / the file exists, not overwritten: {(same or [path])[0]}")
    source_target = config.root / source_path(province, slug)
    raw_source: bytes | None = None
    if source is not None:
        try:
            raw_source = source.read_bytes()
        except OSError as exc:
            raise ScaffoldError(f"không đọc được văn bản nguồn / cannot read the source text {source}: {exc.strerror or exc}") from None
        if decode_utf8(raw_source)[1] is not None:
            raise ScaffoldError(f"văn bản nguồn phải là UTF-8 / the source text must be UTF-8: {source}")
        if source_target.exists() and source_target.resolve() != source.resolve() and source_target.read_bytes() != raw_source:
            raise ScaffoldError(
                f"đã có một văn bản nguồn khác, không ghi đè / another source text exists, not overwritten: {source_target}"
            )
    text = render_plan(
        province=province,
        number=number,
        doc_type=doc_type,
        date=date,
        title_vi=title_vi,
        title_en=title_en,
        issuer=issuer,
        issuer_printed=printed_name(agency),
        period=period,
        plan_type=plan_type,
        source_kind=source_kind,
    )
    outcome = format_text(
        text,
        path=str(path),
        kind="plan",
        schema_dir=config.schema,
        modeline=modeline_for(path, config.schema, "plan"),
        limits=config.limits,
    )
    if outcome.text is None:  # pragma: no cover - the template is ours; a failure here is a bug
        raise ScaffoldError(f"không tạo được tệp / cannot build the file: {outcome.problem.render() if outcome.problem else ''}")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(path, "x", encoding="utf-8", newline="\n") as fh:
            fh.write(outcome.text)
    except FileExistsError:
        raise ScaffoldError(f"tệp đã có, không ghi đè / the file exists, not overwritten: {path}") from None
    if raw_source is not None and not source_target.exists():
        source_target.parent.mkdir(parents=True, exist_ok=True)
        source_target.write_bytes(raw_source)
    return path


def cmd_new(args: argparse.Namespace) -> int:
    """``cchc new``: exit 0 with the path written, 2 with a bilingual reason."""
    config = load_config(args.project)
    try:
        path = new_plan(
            config,
            province=args.province,
            number=args.number,
            doc_type=args.type,
            date=args.date,
            title_vi=args.title_vi,
            title_en=args.title_en,
            issuer=args.issuer,
            period=(args.period[0], args.period[1]) if args.period else None,
            plan_type=args.plan_type,
            source=Path(args.source) if args.source else None,
            source_kind=args.source_kind,
        )
    except ScaffoldError as exc:
        sys.stderr.write(f"cchc new: {exc}\n")
        return 2
    try:
        shown = path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        shown = str(path)
    sys.stdout.write(
        f"Đã tạo {shown}.\n"
        f"Tiếp theo: chép văn bản vào tệp (xem các dòng chú thích), rồi chạy `cchc lint {shown}` và `cchc fmt {shown}`.\n"
        f"Created {shown}.\n"
        f"Next: transcribe the document into it (see the comments), then run `cchc lint {shown}` and `cchc fmt {shown}`.\n"
    )
    return 0


def register(subparsers: Any) -> None:
    """Add ``cchc new`` to the command line."""
    p = subparsers.add_parser(
        "new",
        help="tạo tệp kế hoạch mới / scaffold a new plan file",
        description="Tạo tệp kế hoạch hợp lệ ở plans/<tỉnh>/<slug>.yaml, không ghi đè / "
        "Scaffold a valid plan file at plans/<province>/<slug>.yaml, never overwriting one.",
    )
    p.add_argument("--province", required=True, help="slug tỉnh / province slug, e.g. ha-tinh")
    p.add_argument("--number", required=True, help="số hiệu như in / number as printed, e.g. 3504/QĐ-UBND")
    p.add_argument("--type", required=True, help="loại văn bản / document type, e.g. quyet-dinh, ke-hoach (see schema/plan.schema.json)")
    p.add_argument("--date", required=True, help="ngày ban hành / date of issue, YYYY-MM-DD")
    p.add_argument("--title-vi", required=True, help="trích yếu tiếng Việt / Vietnamese title")
    p.add_argument("--title-en", required=True, help="trích yếu tiếng Anh / English title")
    p.add_argument("--issuer", help="mã cơ quan ban hành / issuing agency id (default: <province>/ubnd-tinh)")
    p.add_argument("--period", type=int, nargs=2, metavar=("START", "END"), help="thời kỳ / plan period (default: the year of issue)")
    p.add_argument(
        "--plan-type",
        help="loại của kế hoạch khi khác văn bản ban hành / type of the plan when it differs from the "
        "issuing document (a decision issuing a ke-hoach)",
    )
    p.add_argument(
        "--source",
        metavar="FILE",
        help="văn bản nguồn như tìm thấy (UTF-8), chép vào sources/<tỉnh>/<slug>.txt / "
        "the source text as found (UTF-8), copied to sources/<province>/<slug>.txt",
    )
    p.add_argument(
        "--source-kind",
        choices=("published-text", "ocr"),
        default="published-text",
        help="loại nguồn / source kind: published-text (văn bản công bố), ocr (bản quét nhận dạng chữ)",
    )
    p.set_defaults(handler=cmd_new)


__all__ = [
    "ScaffoldError",
    "document_types",
    "new_plan",
    "plan_slug",
    "printed_name",
    "register",
    "registry_agencies",
    "render_plan",
    "source_path",
]
