"""A document gives a task to an agency that had ceased to exist when it was issued.

Văn bản giao nhiệm vụ cho một cơ quan đã chấm dứt hoạt động trước ngày ban hành.

[vi]
**Kiểm tra gì.** Mỗi cơ quan được giao nhiệm vụ (chủ trì, phối hợp, hoặc được giao
ở phần Tổ chức thực hiện) phải còn tồn tại vào ngày ban hành văn bản. Một cơ quan
chấm dứt vào ngày `valid_until` của nó trong danh mục, hoặc cùng tỉnh của nó khi
tỉnh chấm dứt (ví dụ từ 01/7/2025, tỉnh Bà Rịa - Vũng Tàu hợp nhất vào Thành phố
Hồ Chí Minh, và cấp huyện không còn); nó cũng chưa tồn tại trước `valid_from`.
Thông điệp nêu cơ quan hoặc tỉnh kế tục khi danh mục ghi (`successors` của cơ
quan, `successor` của tỉnh).

**Vì sao quan trọng.** Nhiệm vụ giao cho một cơ quan không còn là nhiệm vụ không
ai thực hiện; thường là văn bản chép từ một kế hoạch cũ, hoặc mã cơ quan trong dữ
liệu chọn nhầm cơ quan cũ thay cho cơ quan kế tục.

**Cách sửa.** Nếu văn bản in đúng tên cơ quan mới, sửa mã sang cơ quan kế tục. Nếu
văn bản gốc thật sự giao cho cơ quan cũ, giữ nguyên và xác nhận phát hiện. Nếu
ngày hiệu lực trong danh mục sai, sửa danh mục (kèm nguồn).

[en]
**What it checks.** Every agency a document gives a task to (as lead, as
cooperating agency, or in its implementation section) must exist on the day
the document is issued. An agency ends on its own `valid_until` in the
registry, or with its province when the province ends (from 1 July 2025,
Bà Rịa - Vũng Tàu was merged into Hồ Chí Minh City, and the district level
ended); it does not exist yet before its `valid_from`. The message names the
successor agency or province when the registry records one (the agency's
`successors`, the province's `successor`).

**Why it matters.** A task given to an agency that no longer exists is a task
nobody carries out; usually the document was copied from an older plan, or the
data maps the name to the old agency instead of its successor.

**How to fix.** If the document prints the new agency's name, change the id to
the successor. If the source really assigns the task to the old agency, keep
it and acknowledge the finding. If the registry's dates are wrong, fix them
(with their source).

[fires]
agencies:
  - {id: tinh-a/ubnd-cap-huyen, name: {vi: "UBND cấp huyện", en: "District People's Committees"}, level: huyen, kind: collective, valid_until: "2021-12-31"}
lead:
  - {agency: tinh-a/ubnd-cap-huyen, printed: "UBND cấp huyện"}

[passes]
agencies:
  - {id: tinh-a/ubnd-cap-huyen, name: {vi: "UBND cấp huyện", en: "District People's Committees"}, level: huyen, kind: collective, valid_until: "2025-06-30"}
lead:
  - {agency: tinh-a/ubnd-cap-huyen, printed: "UBND cấp huyện"}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Location
from ..model import Agency, Plan
from ..validity import Ending, ending, successor_names
from ._context import Context
from ._refs import assigned

CODE = "CC114"
NAME = "agency-ceased"
FAMILY = "references"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Văn bản ban hành ngày {date} giao nhiệm vụ cho {agency} (in “{printed}”), nhưng cơ quan này đã chấm dứt sau ngày {until}; đơn vị kế tục: {successor}. Nếu văn bản in tên cơ quan kế tục, sửa mã cơ quan; nếu văn bản gốc giao cho cơ quan cũ, xác nhận phát hiện.",
    "The document, issued on {date}, gives a task to {agency} (printed '{printed}'), but that agency ceased after {until}; its successor: {successor}. If the document prints the successor's name, change the agency id; if the source assigns the task to the old agency, acknowledge the finding.",
)
#: Messages of the finding's variants (its ``variant``, ``problem``, ``limit`` or ``feature`` parameter).
VARIANTS = {
    "no-successor": (
        "Văn bản ban hành ngày {date} giao nhiệm vụ cho {agency} (in “{printed}”), nhưng cơ quan này đã chấm dứt sau ngày {until}, và danh mục không ghi cơ quan kế tục. Tìm cơ quan nhận nhiệm vụ, sửa mã cơ quan (và ghi `successors` vào danh mục); nếu văn bản gốc giao như vậy, xác nhận phát hiện.",
        "The document, issued on {date}, gives a task to {agency} (printed '{printed}'), but that agency ceased after {until} and the registry names no successor. Find the agency that took the task over, change the id (and record `successors` in the registry); if the source assigns it so, acknowledge the finding.",
    ),
    "before": (
        "Văn bản ban hành ngày {date} giao nhiệm vụ cho {agency} (in “{printed}”), nhưng cơ quan này chỉ có từ ngày {since}. Kiểm tra mã cơ quan (có thể là cơ quan tiền thân) hoặc ngày hiệu lực trong danh mục.",
        "The document, issued on {date}, gives a task to {agency} (printed '{printed}'), but that agency exists only from {since}. Check the agency id (it may be a predecessor) or the registry's validity date.",
    ),
}


def _where_it_ends(ctx: Context, agency: Agency, end: Ending) -> Location:
    if end.why == "province":
        province = ctx.corpus.provinces[agency.province]
        return ctx.registry_loc(province.path, province.pointer + "/valid_until")
    return ctx.registry_loc(agency.path, agency.pointer + "/valid_until")


def _findings(ctx: Context, plan: Plan) -> Iterator[Finding]:
    day = plan.header.date
    for m in assigned(plan):
        agency = ctx.agency(m.agency)
        if agency is None:
            continue
        here = ctx.loc(plan, m.pointer + "/agency")
        if agency.valid_from and day < agency.valid_from:
            yield Finding(
                CODE,
                here,
                {"variant": "before", "agency": agency.id, "printed": m.printed, "date": day, "since": agency.valid_from},
                (ctx.registry_loc(agency.path, agency.pointer + "/valid_from"),),
            )
            continue
        end = ending(ctx.corpus, agency)
        if end is None or day <= end.until:
            continue
        successor = (successor_names(ctx.corpus, end, "vi"), successor_names(ctx.corpus, end, "en"))
        params: dict[str, object] = {"agency": agency.id, "printed": m.printed, "date": day, "until": end.until, "successor": successor}
        if not successor[0]:
            params["variant"] = "no-successor"
        yield Finding(CODE, here, params, (_where_it_ends(ctx, agency, end),))


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        yield from _findings(ctx, plan)
