"""An acknowledgement matches no finding.

Một xác nhận không khớp với phát hiện nào.

[vi]
**Kiểm tra gì.** Mỗi xác nhận (`acknowledgements`) trên một nút phải khớp ít nhất
một phát hiện của đúng quy tắc đó tại nút ấy hoặc bên trong nó.

**Vì sao quan trọng.** Khi dữ liệu được sửa, xác nhận cũ trở nên thừa; để lại nó sẽ
che mất một phát hiện mới cùng mã xuất hiện sau này.

**Cách sửa.** Xóa xác nhận, hoặc chuyển nó tới đúng nút có phát hiện.

[en]
**What it checks.** Each acknowledgement on a node must match at least one
finding of that rule at the node or inside it.

**Why it matters.** When data is fixed the old acknowledgement becomes stale;
left in place it would hide a new finding of the same rule later.

**How to fix.** Delete the acknowledgement, or move it to the node that has the finding.

[fires]
tasks:
  - id: B.1
    lead: [{agency: tinh-a/so-noi-vu, printed: "Sở Nội vụ"}]     # one lead: no CC202 here
    acknowledgements:
      - {rule: CC202, reason: {vi: "…", en: "…"}}

[passes]
tasks:
  - id: B.1
    lead:
      - {agency: tinh-a/so-tu-phap, printed: "Sở Tư pháp"}
      - {agency: tinh-a/so-noi-vu, printed: "Sở Nội vụ"}
    acknowledgements:
      - rule: CC202
        reason: {vi: "Văn bản gốc giao hai cơ quan chủ trì.", en: "The source names two leads."}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC901"
NAME = "unused-acknowledgement"
FAMILY = "acknowledgements"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Xác nhận cho {rule} không khớp phát hiện nào. Xóa xác nhận đã lỗi thời.",
    "The acknowledgement of {rule} matches no finding. Remove the stale acknowledgement.",
)


def check(ctx: Context) -> Iterator[Finding]:
    """Reported by :func:`linter.engine.run_rules`, which alone sees every finding."""
    return iter(())
