"""Header, annex and appendix lines disagree about the plan's own number or date.

Phần đầu, phụ lục và dòng “ban hành kèm theo” ghi khác nhau về số hoặc ngày của chính kế hoạch.

[vi]
**Kiểm tra gì.** Dòng “(Ban hành kèm theo Quyết định số … ngày …)” của kế hoạch,
dòng “(Kèm theo …)” của phụ lục và mọi `self_references` khác phải ghi cùng số
hiệu và ngày với phần đầu văn bản (`document`). Khi văn bản không in phần đầu
(`header_present: false`), các dòng tự dẫn được so với nhau.

**Vì sao quan trọng.** Đây chính là ví dụ của thẻ thiết kế: Quyết định
4655/QĐ-UBND ghi ngày 06/12/2021 ở phần đầu nhưng 08/12/2021 ở dòng kèm theo.
Văn bản sau dẫn theo ngày nào thì sai theo ngày đó.

**Cách sửa.** Ghi đúng như văn bản in (không sửa văn bản gốc). Nếu bản dữ liệu
gõ sai, sửa lại; nếu văn bản in sai, xác nhận phát hiện và nêu lý do.

[en]
**What it checks.** The plan's "(Issued with Decision No. … dated …)" line, the
annex's "(Attached to …)" line and every other `self_references` entry give the
same number and date as the header (`document`). When the header is not printed
(`header_present: false`) the self-references are compared with each other.

**Why it matters.** This is the design card's example: Decision 4655/QĐ-UBND is
dated 06/12/2021 in its header but 08/12/2021 on the annex line. Whichever date a
later document cites, it is wrong by the other.

**How to fix.** Record what is printed (never correct the source). If the data
has a typo, fix it; if the document misprints, acknowledge with a reason.

[fires]
document: {number: "100/KH-UBND", date: "2022-01-10"}
self_references:
  - where: annex
    printed: "(Kèm theo Kế hoạch số 100/KH-UBND ngày 12/01/2022)"
    text: {vi: "(Kèm theo Kế hoạch số 100/KH-UBND ngày 12/01/2022)", en: "(Attached to Plan No. 100/KH-UBND of 12/01/2022)"}
    number: "100/KH-UBND"
    date: "2022-01-12"

[passes]
document: {number: "100/KH-UBND", date: "2022-01-10"}
self_references:
  - where: annex
    printed: "(Kèm theo Kế hoạch số 100/KH-UBND ngày 10/01/2022)"
    text: {vi: "(Kèm theo Kế hoạch số 100/KH-UBND ngày 10/01/2022)", en: "(Attached to Plan No. 100/KH-UBND of 10/01/2022)"}
    number: "100/KH-UBND"
    date: "2022-01-10"
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding
from ..model import Plan, SelfReference
from ._context import Context

CODE = "CC404"
NAME = "self-reference-mismatch"
FAMILY = "structure"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "{where} ghi {field} là “{value}”, còn phần đầu văn bản ghi “{header}”.",
    "The {where} gives the {field} as '{value}', while the header says '{header}'.",
)

_WHERE = {
    "header": ("Phần đầu", "header"),
    "plan": ("Dòng kèm theo của kế hoạch", "plan's attached line"),
    "annex": ("Dòng kèm theo của phụ lục", "annex line"),
    "appendix": ("Dòng kèm theo của phụ lục", "appendix line"),
    "body": ("Nội dung văn bản", "body text"),
}


def _number_key(number: str) -> str:
    return re.sub(r"\s+", "", number).casefold()


def self_references(plan: Plan) -> Iterator[SelfReference]:
    yield from plan.self_references
    for annex in plan.annexes:
        if annex.attached_line and annex.attached_line not in plan.self_references:
            yield annex.attached_line


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        refs = list(self_references(plan))
        if plan.header.header_present:
            reference: dict[str, tuple[str | None, str]] = {
                "number": (plan.header.number, plan.header.pointer + "/number"),
                "date": (plan.header.date, plan.header.pointer + "/date"),
            }
        else:
            first = next((r for r in refs if r.number or r.date), None)
            if first is None:
                continue
            reference = {"number": (first.number, first.pointer + "/number"), "date": (first.date, first.pointer + "/date")}
        seen: set[tuple[str, str, str]] = set()
        for ref in refs:
            for field_name, value in (("number", ref.number), ("date", ref.date)):
                expected, where = reference[field_name]
                if not value or not expected or where.startswith(ref.pointer + "/"):
                    continue
                same = _number_key(value) == _number_key(expected) if field_name == "number" else value == expected
                if same or (ref.printed, field_name, value) in seen:
                    continue
                seen.add((ref.printed, field_name, value))
                label = _WHERE.get(ref.where, (ref.where, ref.where))
                yield Finding(
                    CODE,
                    ctx.loc(plan, f"{ref.pointer}/{field_name}"),
                    {
                        "where": label,
                        "field": ("số hiệu", "number") if field_name == "number" else ("ngày", "date"),
                        "value": value,
                        "header": expected,
                    },
                    (ctx.loc(plan, where),),
                )
