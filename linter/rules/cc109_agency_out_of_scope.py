"""A plan names an agency of another province.

Kế hoạch nêu một cơ quan của tỉnh khác.

[vi]
**Kiểm tra gì.** Danh mục cơ quan theo phạm vi tỉnh: Sở Nội vụ Hà Tĩnh khác Sở
Nội vụ Bắc Ninh. Một kế hoạch chỉ được giao việc cho cơ quan của tỉnh mình hoặc
cơ quan trung ương.

**Vì sao quan trọng.** Chọn nhầm mã (thường do sao chép từ tệp tỉnh khác) làm
nhiệm vụ hiện trên trang của cơ quan tỉnh khác.

**Cách sửa.** Dùng mã cơ quan có tiền tố là tỉnh của kế hoạch.

[en]
**What it checks.** Agencies are scoped by province: Hà Tĩnh's Department of
Home Affairs is not Bắc Ninh's. A plan may only name agencies of its own
province or central bodies.

**Why it matters.** A wrong id (usually copied from another province's file)
puts the task on another province's agency page.

**How to fix.** Use the agency id prefixed with the plan's province.

[fires]
province: tinh-a
lead:
  - {agency: tinh-b/so-noi-vu, printed: "Sở Nội vụ"}

[passes]
province: tinh-a
lead:
  - {agency: tinh-a/so-noi-vu, printed: "Sở Nội vụ"}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..validity import CENTRAL
from ._context import Context
from ._refs import mentions

CODE = "CC109"
NAME = "agency-out-of-scope"
FAMILY = "references"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Cơ quan {agency} thuộc phạm vi “{scope}”, không phải tỉnh {province} của kế hoạch. Dùng cơ quan của đúng tỉnh.",
    "Agency {agency} belongs to '{scope}', not to the plan's province {province}. Use the agency of the right province.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for m in mentions(plan):
            agency = ctx.agency(m.agency)
            if agency is None:
                continue
            if agency.scope not in (plan.province, CENTRAL):
                yield Finding(
                    CODE, ctx.loc(plan, m.pointer + "/agency"), {"agency": m.agency, "scope": agency.scope, "province": plan.province}
                )
