"""An acknowledgement has passed its expiry date.

Một xác nhận đã quá hạn.

[vi]
**Kiểm tra gì.** Xác nhận có `expires` (ngày ISO) chỉ có hiệu lực đến hết ngày đó.
Sau đó phát hiện được báo lại như chưa xác nhận, kèm phát hiện này.

**Vì sao quan trọng.** Một số phát hiện chỉ được chấp nhận tạm thời (chờ văn bản
đính chính); hạn dùng buộc phải xem lại.

**Cách sửa.** Xem lại phát hiện: sửa dữ liệu, gia hạn `expires`, hoặc bỏ hạn nếu
phát hiện phản ánh văn bản gốc vĩnh viễn.

[en]
**What it checks.** An acknowledgement with `expires` (an ISO date) holds until
the end of that day. After it the finding is reported again as open, together
with this finding.

**Why it matters.** Some findings are accepted only for a while (awaiting a
correcting document); the expiry forces a review.

**How to fix.** Review the finding: fix the data, extend `expires`, or drop
the expiry if the finding permanently reflects the source.

[fires]
acknowledgements:
  - {rule: CC202, reason: {vi: "…", en: "…"}, expires: "2020-01-01"}

[passes]
acknowledgements:
  - {rule: CC202, reason: {vi: "…", en: "…"}, expires: "2099-01-01"}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC903"
NAME = "expired-acknowledgement"
FAMILY = "acknowledgements"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Xác nhận cho {rule} đã hết hạn ngày {expires}. Xem lại phát hiện rồi gia hạn hoặc xóa xác nhận.",
    "The acknowledgement of {rule} expired on {expires}. Review the finding, then extend or remove it.",
)


def check(ctx: Context) -> Iterator[Finding]:
    """Reported by :func:`linter.engine.run_rules`."""
    return iter(())
