"""A rank target lies outside 1 to the number of provinces in force in its year.

Chỉ tiêu thứ hạng nằm ngoài khoảng từ 1 đến số tỉnh có trong năm của chỉ tiêu.

[vi]
**Kiểm tra gì.** Thứ hạng (`unit: rank`) phải là số nguyên từ 1 đến số tỉnh, thành
phố trực thuộc Trung ương có trong năm đến hạn của chỉ tiêu (`year`, hoặc năm cuối
của `period`). Số tỉnh được đếm từ danh mục tỉnh (`provinces` trong danh mục cơ
quan) theo ngày hiệu lực của từng tỉnh: số lớn nhất vào một ngày bất kỳ của năm
đó (theo danh mục: 63 đến năm 2025, 34 từ năm 2026; năm 2025 tính 63, vì chỉ tiêu
đặt trước khi sắp xếp không sai). Khi danh mục không có tỉnh nào, chỉ kiểm tra
cận dưới.

**Vì sao quan trọng.** “Trong nhóm 0” hay “trong nhóm 70 tỉnh” không có nghĩa;
thường là lỗi gõ. Sau sắp xếp năm 2025, “trong nhóm 40 tỉnh” cho năm 2026 cũng
không còn nghĩa.

**Cách sửa.** Đối chiếu văn bản gốc; nếu in như vậy, xác nhận phát hiện.

[en]
**What it checks.** A rank (`unit: rank`) must be a whole number from 1 to the
number of provinces and centrally-run cities in force in the target's year
(its `year`, or the last year of its `period`). The number is counted from the
province registry (`provinces` in the agency registry) with each province's
validity dates: the most in force on any day of that year (in the registry:
63 up to 2025, 34 from 2026; 2025 counts 63, since a target set before the
arrangement is not wrong). When the registry lists no provinces, only the
lower bound is checked.

**Why it matters.** "Top 0" or "top 70 provinces" means nothing; usually a
typo. After the 2025 arrangement, "top 40" for 2026 means nothing either.

**How to fix.** Check the source; if it prints it so, acknowledge.

[fires]
targets:
  - {id: t1, indicator: PCI, comparator: top, value: 0, unit: rank, year: 2025, scope: {level: tinh}, printed: {vi: "…", en: "…"}}

[passes]
targets:
  - {id: t1, indicator: PCI, comparator: top, value: 10, unit: rank, year: 2025, scope: {level: tinh}, printed: {vi: "…", en: "…"}}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..validity import most_provinces_in
from ._context import Context

CODE = "CC305"
NAME = "rank-out-of-range"
FAMILY = "targets"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Thứ hạng {value} nằm ngoài 1–{max} ({max} là số tỉnh, thành phố có trong năm {year}). Đối chiếu văn bản gốc; nếu in như vậy, xác nhận phát hiện.",
    "Rank {value} is outside 1–{max} ({max} provinces and cities existed in {year}). Check the source; if it is printed so, acknowledge.",
)
#: Messages of the finding's variants (its ``variant``, ``problem``, ``limit`` or ``feature`` parameter).
VARIANTS = {
    "below": (
        "Thứ hạng {value} không phải một số nguyên từ 1 trở lên. Đối chiếu văn bản gốc; nếu in như vậy, xác nhận phát hiện.",
        "Rank {value} is not a whole number of at least 1. Check the source; if it is printed so, acknowledge.",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    counts: dict[int, int | None] = {}
    for plan in ctx.plans():
        for t in plan.targets:
            if t.unit != "rank":
                continue
            year = t.due_year() or plan.period[1]
            if year not in counts:
                counts[year] = most_provinces_in(ctx.corpus, year)
            most = counts[year]
            for field, value in (("value", t.value), ("value_max", t.value_max)):
                if value is None:
                    continue
                if value < 1 or not float(value).is_integer():
                    yield Finding(CODE, ctx.loc(plan, f"{t.pointer}/{field}"), {"variant": "below", "target": t.id, "value": f"{value:g}"})
                elif most is not None and value > most:
                    yield Finding(
                        CODE, ctx.loc(plan, f"{t.pointer}/{field}"), {"target": t.id, "value": f"{value:g}", "max": most, "year": year}
                    )
