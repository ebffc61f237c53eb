"""A rank target lies outside 1 to the number of provinces.

Chỉ tiêu thứ hạng nằm ngoài khoảng từ 1 đến số tỉnh.

[vi]
**Kiểm tra gì.** Thứ hạng (`unit: rank`) phải từ 1 đến 63 — số tỉnh, thành phố
trực thuộc Trung ương được xếp hạng trong các chỉ số quốc gia khi các văn bản
trong kho được ban hành.

**Vì sao quan trọng.** “Trong nhóm 0” hay “trong nhóm 70 tỉnh” không có nghĩa;
thường là lỗi gõ.

**Cách sửa.** Đối chiếu văn bản gốc; nếu in như vậy, xác nhận phát hiện.

[en]
**What it checks.** A rank (`unit: rank`) must be from 1 to 63 — the number of
provinces and centrally-run cities ranked by the national indices when the
corpus documents were issued.

**Why it matters.** "Top 0" or "top 70 provinces" means nothing; usually a typo.

**How to fix.** Check the source; if it prints it so, acknowledge.

[fires]
targets:
  - {id: t1, indicator: PCI, comparator: top, value: 70, unit: rank, year: 2025, scope: {level: tinh}, printed: {vi: "…", en: "…"}}

[passes]
targets:
  - {id: t1, indicator: PCI, comparator: top, value: 10, unit: rank, year: 2025, scope: {level: tinh}, printed: {vi: "…", en: "…"}}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context
from ._targets import PROVINCES

CODE = "CC305"
NAME = "rank-out-of-range"
FAMILY = "targets"
SEVERITY = "error"


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for t in plan.targets:
            if t.unit != "rank":
                continue
            for field, value in (("value", t.value), ("value_max", t.value_max)):
                if value is not None and not (1 <= value <= PROVINCES and float(value).is_integer()):
                    yield Finding(CODE, ctx.loc(plan, f"{t.pointer}/{field}"), {"target": t.id, "value": f"{value:g}", "max": PROVINCES})
