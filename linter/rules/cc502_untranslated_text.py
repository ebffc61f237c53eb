"""The English text is a copy of the Vietnamese.

Văn bản tiếng Anh là bản chép lại tiếng Việt.

[vi]
**Kiểm tra gì.** `en` giống hệt `vi` trong khi `vi` là một câu tiếng Việt (có dấu,
từ ba từ trở lên). Tên riêng ngắn và mã (``ISO 9001``, ``PAR INDEX``) không bị báo.

**Vì sao quan trọng.** Bản sao không phải bản dịch: trang tiếng Anh trông đầy đủ
nhưng người đọc không hiểu được.

**Cách sửa.** Thay `en` bằng bản dịch tiếng Anh.

[en]
**What it checks.** `en` equals `vi` while `vi` is a Vietnamese sentence (with
diacritics, three words or more). Short names and codes (``ISO 9001``,
``PAR INDEX``) are not reported.

**Why it matters.** A copy is not a translation: the English page looks complete
but cannot be understood.

**How to fix.** Replace `en` with an English translation.

[fires]
title: {vi: "Kế hoạch cải cách hành chính", en: "Kế hoạch cải cách hành chính"}

[passes]
title: {vi: "Chỉ số PAR INDEX", en: "The PAR INDEX"}
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from ..findings import Finding, Location
from ._context import Context

CODE = "CC502"
NAME = "untranslated-text"
FAMILY = "translation"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Bản tiếng Anh giống hệt bản tiếng Việt “{text}”: chưa được dịch.",
    "The English text equals the Vietnamese '{text}': it is untranslated.",
)


def looks_vietnamese(text: str) -> bool:
    """Three words or more, at least one letter outside ASCII (a diacritic or đ)."""
    if len(text.split()) < 3:
        return False
    return any(ord(ch) > 127 and unicodedata.category(ch).startswith("L") for ch in text)


def check(ctx: Context) -> Iterator[Finding]:
    for lf, pointer, pair in ctx.text_pairs():
        vi, en = pair.get("vi"), pair.get("en")
        if isinstance(en, str) and isinstance(vi, str) and en.strip() == vi.strip() and looks_vietnamese(vi):
            line, column = lf.where(pointer + "/en")
            short = vi if len(vi) <= 60 else vi[:57] + "…"
            yield Finding(CODE, Location(lf.path, line, column, pointer + "/en"), {"text": short})
