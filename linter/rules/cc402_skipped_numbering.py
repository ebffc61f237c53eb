"""The numbering of one level skips a value (``1.3`` then ``1.5``; ``c)`` then ``e)``).

Số thứ tự của một cấp bị nhảy (``1.3`` rồi ``1.5``; ``c)`` rồi ``e)``).

[vi]
**Kiểm tra gì.** Trong cùng một cấp, số thứ tự cùng kiểu (số La Mã, số Ả Rập,
chữ cái) phải liên tiếp và bắt đầu từ I, 1 hoặc a. Chữ cái theo thứ tự tiếng Việt
(``a b c d đ e g h i k …``); thứ tự Latinh (``d e f``) cũng được chấp nhận.

**Vì sao quan trọng.** Số bị nhảy thường là dấu hiệu một mục bị mất khi soạn
thảo, khi sao chép hay khi nhập liệu: nội dung của mục đó không ai thực hiện.

**Cách sửa.** Đối chiếu văn bản gốc: nếu bản dữ liệu bỏ sót một mục, bổ sung
mục đó. Nếu văn bản gốc in thiếu, giữ nguyên và xác nhận phát hiện.

[en]
**What it checks.** Within one level, numbers of the same style (Roman, Arabic,
letters) run without gaps and start at I, 1 or a. Letters follow the Vietnamese
order (``a b c d đ e g h i k …``); the Latin order (``d e f``) is also accepted.

**Why it matters.** A skipped number often means a section was lost while
drafting, copying or transcribing: its content is then carried out by nobody.

**How to fix.** Check the source: if the data misses a section, add it. If the
document itself skips the number, keep it and acknowledge the finding.

[fires]
sections:
  - {id: "1.3", number: "1.3."}
  - {id: "1.5", number: "1.5."}

[passes]
sections:
  - {id: "a", number: "a)"}
  - {id: "b", number: "b)"}
  - {id: "c", number: "c)"}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context
from ._numbering import Numbering, expected_after, first_values, later, parse
from ._structure import sibling_groups

CODE = "CC402"
NAME = "skipped-numbering"
FAMILY = "structure"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Số thứ tự nhảy từ “{previous}” sang “{number}” trong {parent} (thiếu “{expected}”).",
    "Numbering jumps from '{previous}' to '{number}' in {parent} ('{expected}' is missing).",
)


def _first_label(style: str) -> str:
    return {"roman": "I", "arabic": "1", "letter": "a"}[style]


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for group in sibling_groups(plan):
            parent = group.parent
            previous: dict[str, tuple[Numbering, str]] = {}
            for item in group.items:
                n = parse(item.number)
                if n is None:
                    continue
                prev = previous.get(n.style)
                if prev is None:
                    if not group.table and n.value not in first_values(n.style):
                        yield Finding(
                            CODE,
                            ctx.loc(plan, item.pointer),
                            {"previous": "—", "number": item.number.strip(), "parent": parent, "expected": _first_label(n.style)},
                        )
                elif later(prev[0], n):
                    yield Finding(
                        CODE,
                        ctx.loc(plan, item.pointer),
                        {"previous": prev[0].label, "number": item.number.strip(), "parent": parent, "expected": expected_after(prev[0])},
                        (ctx.loc(plan, prev[1]),),
                    )
                if prev is None or _after(prev[0], n):
                    previous[n.style] = (n, item.pointer)


def _after(a: Numbering, b: Numbering) -> bool:
    """Keep the highest number seen so that a repeat does not read as a gap later."""
    if a.style == "letter":
        return True
    return int(b.value) >= int(a.value)
