"""A span of the source text that no text of the plan covers.

Một đoạn văn bản nguồn chưa được văn bản nào của kế hoạch chép lại.

[vi]
**Kiểm tra gì.** Mỗi đoạn của văn bản nguồn (từ vài chữ trở lên) phải nằm trong
một chuỗi tiếng Việt nào đó của kế hoạch. Mỗi đoạn chưa chép là một phát hiện,
ghi tệp nguồn, khoảng dòng và những chữ đầu, để người chép biết chính xác còn
phải chép gì. `cchc coverage` cho tỷ lệ đã chép của từng kế hoạch.

**Vì sao quan trọng.** “Chép đủ” chỉ kiểm chứng được khi máy đo: một khoản, một
dòng phụ lục bị sót sẽ không ai thấy nếu phải đọc song song hai văn bản.

**Cách sửa.** Chép đoạn đó vào đúng mục của kế hoạch. Một đoạn cố ý bỏ qua
(quốc hiệu, tiêu ngữ, phần trang trí của trang) thì xác nhận trong
`transcription.acknowledgements` với `quote` là những chữ đầu mà thông báo trích
và lý do hai ngôn ngữ. Mức lỗi theo tình trạng chép: thông tin khi `draft`.

[en]
**What it checks.** Every span of the source text (a few words or more) must lie
inside some Vietnamese string of the plan. Each span not transcribed is one
finding, naming the source file, its line range and its first words, so the
editor knows exactly what to transcribe next. `cchc coverage` gives each plan's
covered share.

**Why it matters.** "Complete" can only be checked when a machine measures it: a
missing clause or appendix row goes unseen when a person has to read two
documents side by side.

**How to fix.** Transcribe the span into the right section of the plan. A span
left out on purpose (the national motto, page furniture) is acknowledged under
`transcription.acknowledgements`, with `quote` set to the first words the message
quotes and a bilingual reason. The severity follows the transcription status:
info while `draft`.

[fires]
transcription: {source: sources/tinh-a/ke-hoach.txt, source_kind: published-text, status: complete}
source_text: |       # the file holds the national motto, which no text of the plan holds
  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

[passes]
transcription:
  source: sources/tinh-a/ke-hoach.txt
  source_kind: published-text
  status: complete
  acknowledgements:
    - rule: CC602
      quote: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
      reason: {vi: "Quốc hiệu, không thuộc nội dung kế hoạch.", en: "The national motto, not part of the plan."}
source_text: |
  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context
from ._provenance import checked_plans, excerpt, severity, source_location

CODE = "CC602"
NAME = "source-not-covered"
FAMILY = "provenance"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Đoạn {source} dòng {lines} chưa được chép: “{quote}”. Chép đoạn này vào đúng mục; nếu cố ý bỏ qua (quốc hiệu, phần trang trí), xác nhận trong `transcription.acknowledgements` với `quote` là những chữ đầu này.",
    "{source} lines {lines} are not transcribed: '{quote}'. Transcribe them into their section; if left out on purpose (the national motto, page furniture), acknowledge under `transcription.acknowledgements` with `quote` set to these first words.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in checked_plans(ctx):
        alignment = ctx.alignment(plan)
        assert alignment is not None and plan.transcription is not None
        for gap in alignment.gaps():
            lines = str(gap.first_line) if gap.first_line == gap.last_line else f"{gap.first_line}–{gap.last_line}"
            yield Finding(
                CODE,
                ctx.loc(plan, "/transcription/source"),
                {
                    "source": plan.transcription.source,
                    "lines": lines,
                    "quote": excerpt(gap.quote),
                    "span": gap.text,
                    "chars": gap.weight,
                },
                (source_location(ctx, plan, gap.first_line),),
                severity=severity(plan),
            )
