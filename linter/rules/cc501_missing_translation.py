"""A Vietnamese text has no English translation.

Văn bản tiếng Việt chưa có bản dịch tiếng Anh.

[vi]
**Kiểm tra gì.** Mọi cặp ``{vi: …, en: …}`` trong kế hoạch và danh mục phải có
`en` khác rỗng.

**Vì sao quan trọng.** Trang web có hai ngôn ngữ; thiếu bản dịch thì trang tiếng
Anh có chỗ trống hoặc phải hiện tiếng Việt, người đọc quốc tế mất thông tin.

**Cách sửa.** Thêm `en` với bản dịch đầy đủ, trung thực (không tóm tắt).

[en]
**What it checks.** Every ``{vi: …, en: …}`` pair in plans and registries has a
non-empty `en`.

**Why it matters.** The site is bilingual; a missing translation leaves a gap on
the English page (or Vietnamese in its place) and international readers lose it.

**How to fix.** Add `en` with a complete, faithful translation (not a summary).

[fires]
title: {vi: "Kế hoạch cải cách hành chính", en: ""}

[passes]
title: {vi: "Kế hoạch cải cách hành chính", en: "Administrative reform plan"}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Location
from ._context import Context

CODE = "CC501"
NAME = "missing-translation"
FAMILY = "translation"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Thiếu bản dịch tiếng Anh. Thêm `en` với bản dịch đầy đủ.",
    "Missing English translation. Add `en` with a complete translation.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for lf, pointer, pair in ctx.text_pairs():
        en = pair.get("en")
        if not isinstance(en, str) or not en.strip():
            target = pointer + "/en" if "en" in pair else pointer
            line, column = lf.where(target)
            yield Finding(CODE, Location(lf.path, line, column, target), {})
