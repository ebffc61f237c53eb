"""The plan names no source text, or one that cannot be read.

Kế hoạch không nêu văn bản nguồn, hoặc văn bản nguồn không đọc được.

[vi]
**Kiểm tra gì.** Mỗi kế hoạch ghi văn bản nguồn của nó trong
`transcription.source`, một tệp dưới thư mục `sources/` của dự án, dạng UTF-8.
Quy tắc báo khi không ghi nguồn, khi tệp không có, nằm ngoài `sources/` (kể cả
qua liên kết tượng trưng), quá lớn hoặc không phải UTF-8. Tệp ngoài dự án không
bao giờ được đọc.

**Vì sao quan trọng.** Không có nguồn thì không kiểm được nguyên văn (CC601) và
độ phủ (CC602); người đọc trang web cũng không xem được văn bản gốc.

**Cách sửa.** Đặt văn bản như tìm thấy vào `sources/<tỉnh>/<slug>.txt` (UTF-8) và
ghi đường dẫn đó, loại nguồn và tình trạng chép trong `transcription`
(`cchc new --source TỆP` làm cả hai). Khi kế hoạch còn là `draft`, phát hiện chỉ ở
mức thông tin.

[en]
**What it checks.** Every plan names its source text in `transcription.source`: a
UTF-8 file under the project's `sources/` folder. The rule reports a plan that
names none, and a file that is missing, outside `sources/` (through a symbolic
link too), too large or not UTF-8. A file outside the project is never read.

**Why it matters.** Without its source, the wording (CC601) and the coverage
(CC602) cannot be checked, and site readers cannot see the original.

**How to fix.** Put the text as found in `sources/<province>/<slug>.txt` (UTF-8)
and give that path, the source kind and the transcription status under
`transcription` (`cchc new --source FILE` does both). While the plan is a
`draft`, the finding is information only.

[fires]
transcription: {source: sources/tinh-a/khong-co.txt, source_kind: published-text, status: complete}
source_text: ~          # no such file

[passes]
transcription: {source: sources/tinh-a/ke-hoach.txt, source_kind: published-text, status: complete}
source_text: |
  (the document's text, as found)
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context
from ._provenance import severity

CODE = "CC605"
NAME = "source-unavailable"
FAMILY = "provenance"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Không đọc được tệp nguồn {source} ({detail}).",
    "Cannot read the source file {source} ({detail}).",
)
#: Messages of the finding's variants (its ``variant``, ``problem``, ``limit`` or ``feature`` parameter).
VARIANTS = {
    "none": (
        "Kế hoạch không ghi văn bản nguồn. Đặt văn bản như tìm thấy vào sources/<tỉnh>/<slug>.txt và ghi `transcription: {{source, source_kind, status}}`.",
        "The plan names no source text. Put the text as found in sources/<province>/<slug>.txt and add `transcription: {{source, source_kind, status}}`.",
    ),
    "missing": (
        "Không có tệp nguồn {source}. Thêm tệp vào sources/ hoặc sửa đường dẫn.",
        "The source file {source} does not exist. Add it under sources/ or fix the path.",
    ),
    "outside": (
        "Tệp nguồn {source} nằm ngoài thư mục sources/ của dự án (hoặc là liên kết trỏ ra ngoài) nên không được đọc. Đặt văn bản vào sources/.",
        "The source file {source} is outside the project's sources/ folder (or a link pointing out of it), so it is not read. Put the text under sources/.",
    ),
    "too-large": (
        "Tệp nguồn {source} vượt giới hạn kích thước tệp. Kiểm tra tệp, hoặc nâng `max-file-bytes` trong [tool.cchc.limits].",
        "The source file {source} exceeds the file size limit. Check the file, or raise `max-file-bytes` in [tool.cchc.limits].",
    ),
    "encoding": (
        "Tệp nguồn {source} không phải UTF-8. Lưu lại tệp với mã hóa UTF-8.",
        "The source file {source} is not UTF-8. Save it as UTF-8.",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        if not ctx.reported(plan):
            continue
        tr = plan.transcription
        if tr is None:
            yield Finding(CODE, ctx.loc(plan, "/slug"), {"variant": "none"}, severity="warning")
            continue
        source = ctx.corpus.sources.get(tr.source)
        if source is None or source.text is None:
            problem = source.problem if source is not None else "missing"
            variant = problem if problem in ("missing", "outside", "too-large", "encoding") else "unreadable"
            yield Finding(
                CODE,
                ctx.loc(plan, "/transcription/source"),
                {"variant": variant, "source": tr.source, "detail": problem or ""},
                severity=severity(plan),
            )
