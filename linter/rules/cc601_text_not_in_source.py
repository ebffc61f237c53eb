"""A Vietnamese text of the plan does not occur in its source.

Một văn bản tiếng Việt của kế hoạch không có trong văn bản nguồn.

[vi]
**Kiểm tra gì.** Mọi chuỗi tiếng Việt của kế hoạch (tiêu đề mục, đoạn văn, nội
dung nhiệm vụ, câu chỉ tiêu, chuỗi `printed` của trích dẫn, cơ quan, thời hạn,
người ký, nơi nhận …) phải có nguyên văn trong văn bản nguồn ghi ở
`transcription.source`, sau khi coi xuống dòng, dấu `|` ngăn ô bảng và nhiều dấu
cách là một dấu cách, và coi hai kiểu đặt dấu thanh (hoá/hóa) là một. Với nguồn
OCR (`source_kind: ocr`), so sánh bỏ dấu, qua các cách đọc ghi trong `uncertain`
và chấp nhận sai lệch nhỏ của OCR. Chuỗi có `paraphrase: true` (lời người chép)
được miễn. Thông báo cho biết chuỗi khớp tới đâu và nguồn ghi gì ở chỗ khác.

**Vì sao quan trọng.** Kho hứa chép đúng nguyên văn. Một chữ bị sửa, một câu bị
tóm tắt mà không đánh dấu, và người đọc không còn tin được dữ liệu.

**Cách sửa.** Chép lại đúng như nguồn (kể cả lỗi in). Nếu đó là lời tóm tắt của
người chép, thêm `paraphrase: true` vào cặp `{vi, en}`. Mức lỗi theo tình trạng
chép: thông tin khi `draft`, lỗi khi `complete` hoặc `reviewed`.

[en]
**What it checks.** Every Vietnamese string of the plan (section headings,
paragraphs, task texts, target sentences, the `printed` strings of citations,
agencies and deadlines, the signer, recipients …) must occur verbatim in the
source text named by `transcription.source`, once line breaks, the `|` table
cell separators and runs of spaces are read as one space, and the old and new
tone placements (hoá/hóa) as the same spelling. For an OCR source
(`source_kind: ocr`) the comparison ignores diacritics, goes through the readings
recorded under `uncertain` and tolerates small OCR noise. Strings marked
`paraphrase: true` (the editor's words) are exempt. The message says how far the
string matches and what the source has at that point.

**Why it matters.** The corpus promises the wording as printed. A changed word,
or a summary not marked as one, and readers can no longer trust the data.

**How to fix.** Copy the text exactly as the source prints it (errors included).
If it is the editor's summary, add `paraphrase: true` to the `{vi, en}` pair. The
severity follows the transcription status: info while `draft`, error once
`complete` or `reviewed`.

[fires]
transcription: {source: sources/tinh-a/ke-hoach.txt, source_kind: published-text, status: complete}
source_text: |       # the file sources/tinh-a/ke-hoach.txt
  I. MỤC TIÊU
sections:
  - id: "I"
    number: "I."
    heading: {vi: "MỤC TIÊU CHUNG", en: "GENERAL OBJECTIVES"}

[passes]
transcription: {source: sources/tinh-a/ke-hoach.txt, source_kind: published-text, status: complete}
source_text: |
  I. MỤC TIÊU
sections:
  - id: "I"
    number: "I."
    heading: {vi: "MỤC TIÊU", en: "OBJECTIVES"}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context
from ._provenance import checked_plans, excerpt, severity

CODE = "CC601"
NAME = "text-not-in-source"
FAMILY = "provenance"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Chuỗi “{text}” không có trong văn bản nguồn {source}.",
    "'{text}' does not occur in the source {source}.",
)
#: Messages of the finding's variants (its ``variant``, ``problem``, ``limit`` or ``feature`` parameter).
VARIANTS = {
    "absent": (
        "Chuỗi “{text}” không có trong văn bản nguồn {source}. Chép đúng nguyên văn như nguồn (kể cả lỗi in); nếu là lời tóm tắt của người chép, thêm `paraphrase: true`.",
        "'{text}' does not occur in the source {source}. Copy the wording exactly as the source prints it (errors included); if it is the editor's summary, add `paraphrase: true`.",
    ),
    "partial": (
        "Chuỗi không có nguyên văn trong nguồn {source}: khớp tới “…{matched}”, rồi kế hoạch ghi “{differs}” còn nguồn (dòng {line}) ghi “{there}”. Chép đúng như nguồn (kể cả lỗi in); nếu là lời tóm tắt, thêm `paraphrase: true`.",
        "The text is not verbatim in the source {source}: it matches up to '…{matched}', then the plan has '{differs}' where the source (line {line}) has '{there}'. Copy it as the source prints it (errors included); if it is a summary, add `paraphrase: true`.",
    ),
}


def _longest_prefix(needle: str, hay: str) -> int:
    lo, hi = 0, len(needle)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if hay.find(needle[:mid]) >= 0:
            lo = mid
        else:
            hi = mid - 1
    return lo


def check(ctx: Context) -> Iterator[Finding]:
    from ..provenance import normalise

    for plan in checked_plans(ctx):
        alignment = ctx.alignment(plan)
        assert alignment is not None and plan.transcription is not None
        hay = alignment.source.norm
        for piece in alignment.missing:
            needle = normalise(piece.text)
            matched = _longest_prefix(needle, hay)
            at = hay.find(needle[:matched]) if matched else -1
            there = excerpt(hay[at + matched : at + matched + 40], 40) if at >= 0 else ""
            yield Finding(
                CODE,
                ctx.loc(plan, piece.pointer),
                {
                    "variant": "partial" if matched >= 3 else "absent",
                    "text": excerpt(piece.text),
                    "source": plan.transcription.source,
                    "differs": excerpt(needle[matched:], 40) or "…",
                    "matched": excerpt(needle[max(0, matched - 40) : matched], 40) if matched else "",
                    "there": there or "…",
                    "line": alignment.source.line(at + matched) if at >= 0 else 0,
                },
                severity=severity(plan),
            )
