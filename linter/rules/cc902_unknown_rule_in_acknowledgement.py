"""An acknowledgement names a rule code that does not exist.

Một xác nhận nêu mã quy tắc không tồn tại.

[vi]
**Kiểm tra gì.** Mã `rule` của xác nhận phải là một quy tắc có thật (`cchc rules`).

**Vì sao quan trọng.** Mã gõ sai không che được gì và làm người đọc hiểu nhầm rằng
phát hiện đã được xem xét.

**Cách sửa.** Sửa mã quy tắc.

[en]
**What it checks.** An acknowledgement's `rule` must be an existing rule (`cchc rules`).

**Why it matters.** A mistyped code covers nothing and misleads readers into
thinking a finding was reviewed.

**How to fix.** Fix the rule code.

[fires]
acknowledgements:
  - {rule: CC999, reason: {vi: "…", en: "…"}}

[passes]
acknowledgements:
  - {rule: CC202, reason: {vi: "…", en: "…"}}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC902"
NAME = "unknown-rule-in-acknowledgement"
FAMILY = "acknowledgements"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Xác nhận nêu mã quy tắc không tồn tại “{rule}”. Xem `cchc rules`.",
    "The acknowledgement names an unknown rule '{rule}'. See `cchc rules`.",
)


def check(ctx: Context) -> Iterator[Finding]:
    """Reported by :func:`linter.engine.run_rules`."""
    return iter(())
