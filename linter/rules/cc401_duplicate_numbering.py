"""A number is used twice among the sections or table rows of one level.

Một số thứ tự dùng hai lần trong các mục hoặc dòng bảng cùng cấp.

[vi]
**Kiểm tra gì.** Trong cùng một cấp (các mục con của một mục, các dòng của một
nhóm trong phụ lục), mỗi số thứ tự như in (``III.``, ``2.``, ``b)``) chỉ xuất hiện
một lần. Gạch đầu dòng (``-``, ``+``) không được kiểm tra.

**Vì sao quan trọng.** Số thứ tự lặp làm cho việc dẫn chiếu “mục III” trở nên
mơ hồ: báo cáo, văn bản sau và người đọc không biết đang nói tới mục nào.

**Cách sửa.** Đối chiếu văn bản gốc. Nếu bản dữ liệu gõ sai, sửa `number`.
Nếu văn bản in đúng như vậy, giữ nguyên số, đặt `id` khác nhau (ví dụ ``III``
và ``III-2``) và xác nhận phát hiện.

[en]
**What it checks.** Within one level (the subsections of a section, the rows of
one appendix group) each printed number (``III.``, ``2.``, ``b)``) appears once.
Bullets (``-``, ``+``) are not checked.

**Why it matters.** A repeated number makes a reference to "section III"
ambiguous for reports, later documents and readers.

**How to fix.** Check the source. If the data has a typo, fix `number`. If the
document prints it so, keep the number, give distinct `id`s (e.g. ``III`` and
``III-2``) and acknowledge the finding.

[fires]
sections:
  - {id: "III", number: "III."}
  - {id: "III-2", number: "III."}

[passes]
sections:
  - {id: "III", number: "III."}
  - {id: "IV", number: "IV."}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context
from ._numbering import parse
from ._structure import sibling_groups

CODE = "CC401"
NAME = "duplicate-numbering"
FAMILY = "structure"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Số thứ tự “{number}” lặp lại trong {parent} (lần đầu tại {first}).",
    "Number '{number}' is repeated in {parent} (first at {first}).",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for group in sibling_groups(plan):
            parent = group.parent
            first: dict[tuple[str, object], str] = {}
            first_ptr: dict[tuple[str, object], str] = {}
            for item in group.items:
                n = parse(item.number)
                if n is None:
                    continue
                key = (n.style, n.value)
                if key in first:
                    yield Finding(
                        CODE,
                        ctx.loc(plan, item.pointer),
                        {"number": item.number.strip(), "parent": parent, "first": first[key]},
                        (ctx.loc(plan, first_ptr[key]),),
                    )
                else:
                    first[key] = item.where
                    first_ptr[key] = item.pointer
