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


def check(ctx: Context) -> Iterator[Finding]:
    """Reported while loading; see :mod:`linter.loader`."""
    yield from ctx.loaded(CODE)
