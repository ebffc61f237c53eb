"""``cchc new``: a valid plan file to start from, at the right path, with the right slug.

The scaffold holds what the editor gave on the command line (province, number,
type, date, title) and leaves the rest as empty lists with bilingual comments
saying what goes there. It passes the schema; the linter then guides the
editor through what is still missing.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
from pathlib import Path
from typing import Any

from .config import Config, load_config
from .textnorm import slugify

DOC_TYPES = ("quyet-dinh", "ke-hoach", "chuong-trinh", "de-an", "nghi-quyet", "chi-thi", "cong-van", "huong-dan", "thong-bao",
             "bao-cao", "van-ban-khac")


class ScaffoldError(ValueError):
    """An argument the scaffold cannot use (exit code 2)."""


def plan_slug(province: str, number: str, date: str) -> str:
    """``<province>-<number-slug>-<year of issue>``: 4655/QĐ-UBND of 2021 in ba-ria-vung-tau → ba-ria-vung-tau-4655-qd-ubnd-2021."""
    return f"{slugify(province)}-{slugify(number)}-{date[:4]}"


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def render_plan(*, province: str, number: str, doc_type: str, date: str, title_vi: str, title_en: str,
                issuer: str, issuer_printed: str, period: tuple[int, int] | None = None) -> str:
    """The text of a new plan file."""
    year = int(date[:4])
    start, end = period or (year, year)
    slug = plan_slug(province, number, date)
    return f"""# yaml-language-server: $schema=../../schema/plan.schema.json
slug: {slug}
province: {province}
# Cơ quan ban hành: mã trong registry/agencies/ và tên như in ở đầu văn bản.
# Issuing body: an id from registry/agencies/ and the name as printed in the header.
issuer: {{agency: {issuer}, printed: {_q(issuer_printed)}}}
period: {{start: {start}, end: {end}}}
document:
  number: {_q(number)}
  type: {doc_type}
  issuer_printed: {_q(issuer_printed)}  # kiểm tra lại như in / check against the print
  date: {_q(date)}
  title: {{vi: {_q(title_vi)}, en: {_q(title_en)}}}
  header_present: true
plan:
  type: {doc_type}
  title: {{vi: {_q(title_vi)}, en: {_q(title_en)}}}
# Văn bản căn cứ và mọi văn bản được dẫn trong nội dung, theo thứ tự xuất hiện.
# Legal bases and every document cited in the body, in order of appearance.
citations: []
# Các mục của văn bản với số thứ tự như in (I., 1., a) …).
# The document's sections with their numbering as printed (I., 1., a) …).
sections: []
# Mỗi chỉ tiêu định lượng: chỉ số, so sánh, giá trị, đơn vị, năm, câu in.
# Each numeric target: indicator, comparator, value, unit, year, printed sentence.
targets: []
# Mỗi nhiệm vụ: cơ quan chủ trì như văn bản giao, phối hợp, thời hạn như in.
# Each task: lead agency as the document assigns it, cooperating agencies, deadline as printed.
tasks: []
"""


def new_plan(config: Config, *, province: str, number: str, doc_type: str, date: str, title_vi: str, title_en: str,
             issuer: str | None = None, period: tuple[int, int] | None = None) -> Path:
    """Write a new plan file; refuses to overwrite one."""
    if slugify(province) != province:
        raise ScaffoldError(f"tỉnh phải là slug (ví dụ ha-tinh) / province must be a slug (e.g. ha-tinh): {province}")
    if doc_type not in DOC_TYPES:
        raise ScaffoldError(f"loại văn bản không hợp lệ / invalid document type: {doc_type} ({', '.join(DOC_TYPES)})")
    try:
        _dt.date.fromisoformat(date)
    except ValueError:
        raise ScaffoldError(f"ngày phải là YYYY-MM-DD / the date must be YYYY-MM-DD: {date}") from None
    if not number.strip() or not title_vi.strip() or not title_en.strip():
        raise ScaffoldError("cần số hiệu và trích yếu hai ngôn ngữ / a number and a title in both languages are required")
    from .corpus import load_corpus

    issuer = issuer or f"{province}/ubnd-tinh"
    agency = load_corpus(config).corpus.agencies.get(issuer)
    if agency is None:
        raise ScaffoldError(f"không có cơ quan {issuer} trong registry/agencies/; thêm vào trước hoặc dùng --issuer / "
                            f"agency {issuer} is not in registry/agencies/; add it first or pass --issuer")
    slug = plan_slug(province, number, date)
    path = config.plans / province / f"{slug}.yaml"
    if path.exists():
        raise ScaffoldError(f"tệp đã có, không ghi đè / the file exists, not overwritten: {path}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_plan(province=province, number=number, doc_type=doc_type, date=date, title_vi=title_vi,
                                title_en=title_en, issuer=issuer, issuer_printed=agency.name.vi.upper(), period=period),
                    encoding="utf-8")
    return path


def cmd_new(args: argparse.Namespace) -> int:
    config = load_config(args.project)
    try:
        path = new_plan(config, province=args.province, number=args.number, doc_type=args.type, date=args.date,
                        title_vi=args.title_vi, title_en=args.title_en, issuer=args.issuer,
                        period=tuple(args.period) if args.period else None)  # type: ignore[arg-type]
    except ScaffoldError as exc:
        print(f"cchc new: {exc}")
        return 2
    shown = path.relative_to(config.root) if config.root in path.parents else path
    print(f"Đã tạo {shown}. Tiếp theo: chép văn bản vào tệp, rồi chạy `cchc lint {shown}`.\n"
          f"Created {shown}. Next: transcribe the document into it, then run `cchc lint {shown}`.")
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("new", help="tạo tệp kế hoạch mới / scaffold a new plan file",
                              description="Tạo tệp kế hoạch hợp lệ ở đúng chỗ / Scaffold a valid plan file at the right path.")
    p.add_argument("--province", required=True, help="slug tỉnh / province slug, e.g. ha-tinh")
    p.add_argument("--number", required=True, help="số hiệu như in / number as printed, e.g. 3504/QĐ-UBND")
    p.add_argument("--type", required=True, choices=DOC_TYPES, help="loại văn bản / document type")
    p.add_argument("--date", required=True, help="ngày ban hành / date of issue, YYYY-MM-DD")
    p.add_argument("--title-vi", required=True, help="trích yếu tiếng Việt / Vietnamese title")
    p.add_argument("--title-en", required=True, help="trích yếu tiếng Anh / English title")
    p.add_argument("--issuer", help="mã cơ quan ban hành / issuing agency id (default: <province>/ubnd-tinh)")
    p.add_argument("--period", type=int, nargs=2, metavar=("START", "END"), help="thời kỳ / plan period")
    p.set_defaults(handler=cmd_new)
