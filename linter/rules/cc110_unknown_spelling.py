"""An agency is printed with a spelling the registry does not list.

Cơ quan được in với cách viết mà danh mục chưa ghi.

[vi]
**Kiểm tra gì.** Mỗi cách viết tên cơ quan như in (`printed`) phải có trong tên,
tên viết tắt hoặc `aliases` của cơ quan trong danh mục (không phân biệt hoa
thường, dấu câu, khoảng trắng, dạng Unicode và kiểu bỏ dấu “UỶ”/“ỦY”).

**Vì sao quan trọng.** Danh mục giữ mọi cách viết đã gặp để tìm kiếm và để phát
hiện một cơ quan bị gán nhầm mã (“Sở Tư pháp” gán mã Sở Nội vụ).

**Cách sửa.** Nếu đúng là cơ quan đó, thêm cách viết vào `aliases`; nếu không, sửa mã.

[en]
**What it checks.** Every printed spelling of an agency (`printed`) must be
among the registry entry's name, short name or `aliases` (ignoring case,
punctuation, spacing, Unicode form and tone-mark placement, "UỶ"/"ỦY").

**Why it matters.** The registry keeps every spelling seen, for search and
to catch an agency mapped to the wrong id ("Sở Tư pháp" mapped to Home Affairs).

**How to fix.** If it is that agency, add the spelling to `aliases`; otherwise fix the id.

[fires]
lead:
  - {agency: tinh-a/so-noi-vu, printed: "Sở Tư pháp"}

[passes]
lead:
  - {agency: tinh-a/so-noi-vu, printed: "Sở Nội vụ"}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..textnorm import key
from ._context import Context
from ._refs import agency_names, mentions

CODE = "CC110"
NAME = "unknown-spelling"
FAMILY = "references"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Cách viết “{printed}” chưa có trong danh sách tên gọi khác của {agency}. Thêm vào `aliases` của cơ quan.",
    "The spelling '{printed}' is not among {agency}'s aliases. Add it to the agency's `aliases`.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for m in mentions(plan):
            agency = ctx.agency(m.agency)
            if agency is None:
                continue
            if key(m.printed) not in agency_names(agency):
                yield Finding(
                    CODE,
                    ctx.loc(plan, m.pointer + "/printed"),
                    {"agency": m.agency, "printed": m.printed},
                    (ctx.registry_loc(agency.path, agency.pointer),),
                )
