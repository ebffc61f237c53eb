"""A deadline's typed fields disagree with its printed string.

Các trường của thời hạn không khớp với chuỗi in.

[vi]
**Kiểm tra gì.** Chuỗi in của thời hạn (`printed`) được đọc lại (“Quý III-IV/2021”
→ quý 3 đến quý 4 năm 2021) và so với các trường có kiểu (`kind`, `quarter`,
`year` …). Chuỗi không đọc được thì không bị xét.

**Vì sao quan trọng.** Các quy tắc thời hạn và dòng thời gian dùng trường có kiểu;
nếu chúng lệch chuỗi in, mọi phép so sánh đều sai mà người đọc không thấy.

**Cách sửa.** Sửa các trường cho khớp chuỗi in (chuỗi in là nguyên văn, không sửa).

[en]
**What it checks.** The printed deadline (`printed`) is read again ("Quý
III-IV/2021" → quarters 3 to 4 of 2021) and compared with the typed fields
(`kind`, `quarter`, `year` …). Strings that cannot be read are not judged.

**Why it matters.** Deadline rules and the timeline use the typed fields; if
they drift from the printed string every comparison is silently wrong.

**How to fix.** Make the fields match the printed string (the printed string is
the original and stays as it is).

[fires]
deadline: {kind: quarter, printed: "Quý IV/2021", quarter: 4, year: 2022}

[passes]
deadline: {kind: quarter, printed: "Quý IV/2021", quarter: 4, year: 2021}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..deadlines import FIELDS, describe, parse
from ..findings import Finding
from ._context import Context

CODE = "CC207"
NAME = "deadline-fields-mismatch"
FAMILY = "tasks"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Thời hạn của nhiệm vụ {task} ghi kiểu {kind} nhưng chuỗi in “{printed}” đọc là {parsed}. Sửa các trường cho khớp chuỗi in.",
    "Task {task}'s deadline is typed {kind} but the printed '{printed}' reads as {parsed}. Make the fields match the printed string.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for task in plan.tasks:
            d = task.deadline
            if d is None or d.kind == "unreadable":
                continue
            parsed = parse(d.printed)
            if parsed is None:
                continue
            mismatch = parsed["kind"] != d.kind or any(getattr(d, f) != parsed.get(f) for f in FIELDS.get(parsed["kind"], ()))
            if mismatch:
                typed = {"kind": d.kind, **{f: getattr(d, f) for f in FIELDS.get(d.kind, ()) if getattr(d, f) is not None}}
                yield Finding(
                    CODE,
                    ctx.loc(plan, d.pointer + "/kind"),
                    {"task": task.id, "kind": describe(typed), "printed": d.printed, "parsed": describe(parsed)},
                )
