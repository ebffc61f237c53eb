"""The file uses a YAML feature that plan data must not use.

Tệp dùng một tính năng YAML mà dữ liệu kế hoạch không được dùng.

[vi]
**Kiểm tra gì.** Dữ liệu kế hoạch chỉ dùng YAML 1.2 đơn giản: một tài liệu mỗi
tệp, khóa là chuỗi, không thẻ (tag) lạ như `!!python/object`, không bí danh đệ
quy, không chỉ thị `%YAML 1.1`.

**Vì sao quan trọng.** Các tính năng này hoặc không có nghĩa trong dữ liệu
(khóa là một khối), hoặc nguy hiểm (thẻ Python có thể chạy mã), hoặc đổi nghĩa
giá trị (`no` thành `false` trong YAML 1.1). Giá trị có thẻ lạ được giữ như văn
bản trơ, không bao giờ được thực thi.

**Cách sửa.** Bỏ thẻ, bỏ chỉ thị `%YAML`, tách tài liệu thứ hai ra tệp riêng,
dùng chuỗi làm khóa.

[en]
**What it checks.** Plan data uses plain YAML 1.2: one document per file,
string keys, no foreign tags such as `!!python/object`, no recursive aliases,
no `%YAML 1.1` directive.

**Why it matters.** These features either mean nothing in data (a mapping as
a key), are dangerous (Python tags can run code), or change values (`no`
becomes `false` in YAML 1.1). A value with a foreign tag is kept as inert
text and never executed.

**How to fix.** Drop the tag or the `%YAML` directive, move a second document
to its own file, use strings as keys.

[fires]
command: !!python/object/apply:os.system ["echo hi"]

[passes]
command: "echo hi"
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC005"
NAME = "unsupported-yaml-feature"
FAMILY = "syntax"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Tính năng YAML không được hỗ trợ: {feature}.",
    "Unsupported YAML feature: {feature}.",
)
#: Messages of the finding's variants (its ``variant``, ``problem``, ``limit`` or ``feature`` parameter).
VARIANTS = {
    "tag": (
        "Thẻ YAML không được hỗ trợ: {detail}. Giá trị được giữ như văn bản trơ và không bao giờ được thực thi; bỏ thẻ.",
        "Unsupported YAML tag: {detail}. The value is kept as inert text and never executed; remove the tag.",
    ),
    "tag-value": (
        "Giá trị không hợp với thẻ của nó: {detail}. Bỏ thẻ hoặc sửa giá trị.",
        "Value does not fit its tag: {detail}. Remove the tag or fix the value.",
    ),
    "complex-key": (
        "Khóa phải là chuỗi, không phải {detail}. Dùng một chuỗi làm khóa.",
        "Keys must be strings, not a {detail}. Use a string key.",
    ),
    "multi-document": (
        "Mỗi tệp chỉ được có một tài liệu YAML (tìm thấy tài liệu thứ {detail}). Tách ra tệp riêng.",
        "One YAML document per file expected (found document {detail}). Move it to its own file.",
    ),
    "yaml-version": (
        "Chỉ hỗ trợ YAML 1.2 (tệp khai báo %YAML {detail}, trong đó no/yes/on thành giá trị logic). Bỏ chỉ thị %YAML.",
        "Only YAML 1.2 is allowed (the file declares %YAML {detail}, where no/yes/on become booleans). Remove the %YAML directive.",
    ),
    "recursive-alias": (
        "Bí danh đệ quy “{detail}” (một nút tham chiếu chính nó). Bỏ bí danh.",
        "Recursive alias '{detail}' (a node refers to itself). Remove the alias.",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    """Reported while loading; see :mod:`linter.loader`."""
    yield from ctx.loaded(CODE)
