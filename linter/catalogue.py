"""The message catalogue: every finding's words, in Vietnamese and English.

Rules emit a code and parameters; the text is rendered here, per language, at
output time. A message says what is wrong and how to fix it. A key may be
refined by a parameter (``CC004.utf8``); the plain code is the fallback.
Parameters are inserted as plain text (reporters escape for their format).

A message's first sentence says what is wrong; the rest says how to fix it.
:func:`statement` gives the first sentence alone (what a reader of the public
site needs), and both take an optional ``names`` function that turns a
parameter's value into words (a plan's slug into its number, a unit code into
its name), so that a reader never meets an identifier.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from typing import Any

from .findings import Finding
from .textnorm import visible

LANGS = ("vi", "en")

MESSAGES: dict[str, tuple[str, str]] = {
    # syntax and schema
    "CC001": (
        "Lỗi cú pháp YAML: {problem}. Sửa cú pháp tại vị trí này (thụt lề bằng dấu cách, đóng ngoặc, đặt văn bản có dấu hai chấm trong nháy kép).",
        "YAML syntax error: {problem}. Fix the syntax here (indent with spaces, close brackets, quote text containing colons).",
    ),
    "CC001.tab": (
        "Lỗi cú pháp YAML: không được thụt lề bằng ký tự tab. Thay tab bằng dấu cách.",
        "YAML syntax error: tabs are not allowed for indentation. Replace the tab with spaces.",
    ),
    "CC002": (
        "Khóa “{key}” lặp lại (lần đầu ở dòng {first_line}). Gộp thành một khóa.",
        "Key '{key}' appears twice (first on line {first_line}). Merge them into one key.",
    ),
    "CC003.file-size": (
        "Tệp quá lớn: {value} byte, giới hạn {max}. Tách tệp hoặc nâng `max-file-bytes` trong [tool.cchc.limits].",
        "File too large: {value} bytes, limit {max}. Split the file or raise `max-file-bytes` in [tool.cchc.limits].",
    ),
    "CC003.line-length": (
        "Dòng quá dài: {value} ký tự, giới hạn {max}. Ngắt dòng bằng khối văn bản `|` hoặc `>`.",
        "Line too long: {value} characters, limit {max}. Break it with a `|` or `>` block scalar.",
    ),
    "CC003.nesting-depth": (
        "Lồng nhau quá sâu (hơn {max} cấp). Dữ liệu kế hoạch không cần lồng sâu như vậy.",
        "Nesting too deep (more than {max} levels). Plan data never needs this depth.",
    ),
    "CC003.alias-expansion": (
        "Bí danh (alias) mở rộng quá {max} nút (kiểu “billion laughs”); tệp bị từ chối. Bỏ bí danh, viết giá trị trực tiếp.",
        "Aliases expand to more than {max} nodes (a 'billion laughs' pattern); file rejected. Remove the aliases and write values out.",
    ),
    "CC003.nodes": ("Quá nhiều nút trong tệp (hơn {max}). Tách tệp.", "Too many nodes in the file (more than {max}). Split the file."),
    "CC003": ("Vượt giới hạn {limit}: {value} > {max}.", "Limit {limit} exceeded: {value} > {max}."),
    "CC004.utf8": (
        "Tệp không phải UTF-8 hợp lệ (byte {byte}). Lưu lại tệp với mã hóa UTF-8.",
        "The file is not valid UTF-8 (byte {byte}). Save it as UTF-8.",
    ),
    "CC004.utf16": (
        "Tệp mã hóa UTF-16; dữ liệu phải là UTF-8. Lưu lại tệp với mã hóa UTF-8.",
        "The file is UTF-16 encoded; data must be UTF-8. Save it as UTF-8.",
    ),
    "CC004.control": ("Ký tự điều khiển không được phép ({char}). Xóa ký tự này.", "Forbidden control character ({char}). Delete it."),
    "CC004.link-outside": (
        "Tệp là liên kết tượng trưng trỏ ra ngoài dự án nên không được đọc (nội dung của nó có thể lộ ra trong báo cáo). Đặt tệp thật vào dự án.",
        "The file is a symbolic link pointing out of the project, so it is not read (its content could leak into reports). Put the real file in the project.",
    ),
    "CC004.link-loop": ("Tệp là một vòng liên kết tượng trưng. Xóa liên kết.", "The file is a loop of symbolic links. Remove the link."),
    "CC004.not-regular": (
        "Đây không phải tệp thường (FIFO, thiết bị …) nên không được đọc. Xóa nó khỏi thư mục dữ liệu.",
        "This is not a regular file (a FIFO, a device …), so it is not read. Remove it from the data folders.",
    ),
    "CC004.unreadable": ("Không đọc được tệp: {detail}.", "Cannot read the file: {detail}."),
    "CC004": ("Lỗi mã hóa tệp.", "File encoding error."),
    "CC005.tag": (
        "Thẻ YAML không được hỗ trợ: {detail}. Giá trị được giữ như văn bản trơ và không bao giờ được thực thi; bỏ thẻ.",
        "Unsupported YAML tag: {detail}. The value is kept as inert text and never executed; remove the tag.",
    ),
    "CC005.tag-value": (
        "Giá trị không hợp với thẻ của nó: {detail}. Bỏ thẻ hoặc sửa giá trị.",
        "Value does not fit its tag: {detail}. Remove the tag or fix the value.",
    ),
    "CC005.complex-key": (
        "Khóa phải là chuỗi, không phải {detail}. Dùng một chuỗi làm khóa.",
        "Keys must be strings, not a {detail}. Use a string key.",
    ),
    "CC005.multi-document": (
        "Mỗi tệp chỉ được có một tài liệu YAML (tìm thấy tài liệu thứ {detail}). Tách ra tệp riêng.",
        "One YAML document per file expected (found document {detail}). Move it to its own file.",
    ),
    "CC005.yaml-version": (
        "Chỉ hỗ trợ YAML 1.2 (tệp khai báo %YAML {detail}, trong đó no/yes/on thành giá trị logic). Bỏ chỉ thị %YAML.",
        "Only YAML 1.2 is allowed (the file declares %YAML {detail}, where no/yes/on become booleans). Remove the %YAML directive.",
    ),
    "CC005.recursive-alias": (
        "Bí danh đệ quy “{detail}” (một nút tham chiếu chính nó). Bỏ bí danh.",
        "Recursive alias '{detail}' (a node refers to itself). Remove the alias.",
    ),
    "CC005": ("Tính năng YAML không được hỗ trợ: {feature}.", "Unsupported YAML feature: {feature}."),
    "CC008": (
        "Ký tự điều khiển {char} trong văn bản (viết bằng mã thoát). Văn bản in không có ký tự này: xóa nó. Trang web và báo cáo hiện nó dưới dạng mã thoát.",
        "Control character {char} in the text (written as an escape). No printed text holds it: delete it. The site and the reports show it as an escape.",
    ),
    "CC006": (
        'Ngày {value} viết không có dấu nháy. Viết "{value}" (cchc fmt tự sửa).',
        'Date {value} is not quoted. Write "{value}" (cchc fmt fixes it).',
    ),
    "CC007": (
        "“{value}” không phải là một ngày có thật. Đối chiếu văn bản gốc.",
        "'{value}' is not a real date. Check the source document.",
    ),
    "CC010": ("Thiếu trường bắt buộc “{field}”. Thêm trường này.", "Missing required field '{field}'. Add it."),
    "CC011": (
        "Trường “{field}” không có trong lược đồ (lỗi gõ?). Các trường hợp lệ: {allowed}.",
        "Field '{field}' is not in the schema (a typo?). Valid fields: {allowed}.",
    ),
    "CC012": (
        "Sai kiểu: cần {expected}, gặp {got} ({value}). Viết lại giá trị theo đúng kiểu; đặt văn bản trong nháy kép.",
        "Wrong type: expected {expected}, got {got} ({value}). Rewrite the value in the right type; quote text.",
    ),
    "CC013": ("Giá trị không hợp lệ “{value}”: cần {allowed}.", "Invalid value '{value}': expected {allowed}."),
    "CC014": (
        "Còn {count} lỗi lược đồ khác trong tệp này. Sửa các lỗi đã liệt kê rồi chạy lại.",
        "{count} more schema errors in this file. Fix the listed ones and run again.",
    ),
    "CC020": (
        "Tệp rỗng hoặc chỉ có chú thích. Thêm nội dung hoặc xóa tệp.",
        "The file is empty or only comments. Add content or delete it.",
    ),
    "CC021": (
        "Tệp kế hoạch phải nằm ở {expected}. Di chuyển tệp hoặc sửa slug/tỉnh.",
        "A plan file must be at {expected}. Move the file or fix the slug/province.",
    ),
    # references
    "CC101": (
        "Trích dẫn trong {cited_in} ghi văn bản {document} ngày {date}, nhưng phần đầu của chính văn bản ({other_where}) ghi ngày {other_date}. Đối chiếu văn bản gốc; nếu văn bản in đúng như vậy, xác nhận phát hiện.",
        "The citation in {cited_in} dates document {document} {date}, but the document's own header ({other_where}) says {other_date}. Check the source; if it is printed so, acknowledge the finding.",
    ),
    "CC101.registry": (
        "Trích dẫn trong {cited_in} ghi văn bản {document} ngày {date}, nhưng danh mục văn bản ({other_where}), {basis}, ghi ngày {other_date}. Đối chiếu văn bản gốc; nếu văn bản in đúng như vậy, xác nhận phát hiện.",
        "The citation in {cited_in} dates document {document} {date}, but the document registry ({other_where}), {basis}, says {other_date}. Check the source; if it is printed so, acknowledge the finding.",
    ),
    "CC101.citation": (
        "Trích dẫn trong {cited_in} ghi văn bản {document} ngày {date}, còn danh mục chỉ biết ngày {other_date} qua trích dẫn {other_citation} trong {other_plan}: hai trích dẫn không khớp, chưa rõ bên nào sai. Tìm ngày ở công báo hoặc văn bản gốc, sửa trích dẫn chép sai (hoặc xác nhận nếu văn bản in như vậy) và ghi nguồn `source` loại `gazette` cho mục danh mục.",
        "The citation in {cited_in} dates document {document} {date}, while the registry knows only {other_date}, from citation {other_citation} in {other_plan}: two citations disagree and it is not known which is right. Find the date in the official gazette or the document, fix the citation that was copied wrongly (or acknowledge if it is printed so), and record a `source` of kind `gazette` on the registry entry.",
    ),
    "CC101.citations": (
        "Trích dẫn trong {cited_in} ghi văn bản {document} ngày {date}, còn một trích dẫn khác ({other_where}) ghi ngày {other_date}; danh mục không có ngày để đối chiếu nên chưa rõ bên nào sai. Tìm ngày ở công báo hoặc văn bản gốc, sửa bên chép sai (hoặc xác nhận) và ghi ngày cùng nguồn vào danh mục.",
        "The citation in {cited_in} dates document {document} {date}, while another citation ({other_where}) says {other_date}; the registry has no date to compare with, so it is not known which is right. Find the date in the official gazette or the document, fix the one copied wrongly (or acknowledge) and record the date and its source in the registry.",
    ),
    "CC101.entry": (
        "Mục danh mục của văn bản {document} ghi ngày {date}, nhưng phần đầu của chính văn bản ({other_where}) ghi ngày {other_date}. Sửa ngày trong danh mục theo văn bản.",
        "The registry entry of document {document} gives {date}, but the document's own header ({other_where}) says {other_date}. Fix the registry's date to the document's.",
    ),
    "CC102": (
        "Trích dẫn trong {cited_in} ghi văn bản {document} là của “{issuer}”, nhưng danh mục ghi cơ quan ban hành là {expected} ({basis}). Nếu trích dẫn trỏ nhầm văn bản, sửa `document`; nếu “{issuer}” là một tên khác của cùng cơ quan, thêm vào `aliases` của cơ quan; nếu văn bản gốc in sai, xác nhận phát hiện.",
        "The citation in {cited_in} gives document {document} the issuer '{issuer}', but the registry says {expected} ({basis}). If the citation points at the wrong document, fix `document`; if '{issuer}' is another name of the same body, add it to the agency's `aliases`; if the source misprints it, acknowledge.",
    ),
    "CC102.alias": (
        "Trích dẫn trong {cited_in} ghi văn bản {document} là của “{issuer}”, một tên mà danh mục chưa ghi cho {expected}. Nhiều khả năng đây là cùng cơ quan: thêm “{issuer}” vào `aliases` của {agency} trong danh mục cơ quan (không sửa trích dẫn, vì trích dẫn ghi như văn bản in).",
        "The citation in {cited_in} gives document {document} the issuer '{issuer}', a name the registry does not list for {expected}. It is most likely the same body: add '{issuer}' to the `aliases` of {agency} in the agency registry (leave the citation alone: it records what is printed).",
    ),
    "CC102.citation": (
        "Trích dẫn trong {cited_in} ghi văn bản {document} là của “{issuer}”, còn danh mục chỉ biết cơ quan ban hành {expected} qua trích dẫn {other_citation} trong {other_plan}: hai trích dẫn không khớp, chưa rõ bên nào đúng. Tìm cơ quan ban hành ở công báo hoặc văn bản gốc, sửa bên sai (hoặc thêm tên vào `aliases` nếu là cùng cơ quan) và ghi nguồn cho mục danh mục.",
        "The citation in {cited_in} gives document {document} the issuer '{issuer}', while the registry knows its issuer {expected} only from citation {other_citation} in {other_plan}: two citations disagree and it is not known which is right. Find the issuer in the official gazette or the document, fix the wrong one (or add the name to `aliases` if it is the same body) and record the source on the registry entry.",
    ),
    "CC103": (
        "Trích dẫn trong {cited_in} in số hiệu “{number}”, khác số hiệu của văn bản {document} trong danh mục ({expected}, {basis}). Kiểm tra mã văn bản; nếu văn bản in sai, xác nhận phát hiện.",
        "The citation in {cited_in} prints the number '{number}', which differs from document {document}'s number in the registry ({expected}, {basis}). Check the document id; if the source misprints it, acknowledge.",
    ),
    "CC103.citation": (
        "Trích dẫn trong {cited_in} in số hiệu “{number}”, còn danh mục chỉ biết số hiệu {expected} qua trích dẫn {other_citation} trong {other_plan}: hai trích dẫn không khớp, chưa rõ bên nào đúng. Tìm số hiệu ở công báo hoặc văn bản gốc, sửa bên sai hoặc xác nhận, và ghi nguồn cho mục danh mục.",
        "The citation in {cited_in} prints the number '{number}', while the registry knows the number {expected} only from citation {other_citation} in {other_plan}: two citations disagree and it is not known which is right. Find the number in the official gazette or the document, fix the wrong one or acknowledge, and record the source on the registry entry.",
    ),
    "CC104": (
        "Văn bản “{document}” không có trong danh mục văn bản được dẫn. Thêm vào registry/documents/ hoặc sửa mã.",
        "Document '{document}' is not in the cited-document registry. Add it under registry/documents/ or fix the id.",
    ),
    "CC105": (
        "Cơ quan “{agency}” không có trong danh mục cơ quan. Thêm vào registry/agencies/ hoặc sửa mã.",
        "Agency '{agency}' is not in the agency registry. Add it under registry/agencies/ or fix the id.",
    ),
    "CC106": (
        "Chỉ số “{indicator}” không có trong danh mục chỉ số. Thêm vào registry/indicators/ hoặc sửa mã.",
        "Indicator '{indicator}' is not in the indicator registry. Add it under registry/indicators/ or fix the code.",
    ),
    "CC107": (
        "Kế hoạch cấp trên “{parent}” không có trong kho. Sửa slug trong `parent`.",
        "Parent plan '{parent}' is not in the corpus. Fix the slug in `parent`.",
    ),
    "CC107.cycle": (
        "Quan hệ kế hoạch cấp trên tạo thành vòng lặp ({chain}). Sửa `parent`.",
        "The parent links form a cycle ({chain}). Fix `parent`.",
    ),
    "CC108": (
        "Trích dẫn trỏ tới văn bản {document}, là kế hoạch “{plan}” của kho, nhưng thiếu liên kết `plan: {plan}`. Thêm liên kết.",
        "The citation points at {document}, which is corpus plan '{plan}', but lacks `plan: {plan}`. Add the link.",
    ),
    "CC108.mismatch": (
        "Trích dẫn ghi `plan: {given}` nhưng văn bản {document} là kế hoạch “{plan}”. Sửa liên kết.",
        "The citation says `plan: {given}` but document {document} is plan '{plan}'. Fix the link.",
    ),
    "CC108.unknown": (
        "Trích dẫn ghi `plan: {given}` nhưng không có kế hoạch này trong kho. Sửa liên kết.",
        "The citation says `plan: {given}` but no such plan is in the corpus. Fix the link.",
    ),
    "CC109": (
        "Cơ quan {agency} thuộc phạm vi “{scope}”, không phải tỉnh {province} của kế hoạch. Dùng cơ quan của đúng tỉnh.",
        "Agency {agency} belongs to '{scope}', not to the plan's province {province}. Use the agency of the right province.",
    ),
    "CC110": (
        "Cách viết “{printed}” chưa có trong danh sách tên gọi khác của {agency}. Thêm vào `aliases` của cơ quan.",
        "The spelling '{printed}' is not among {agency}'s aliases. Add it to the agency's `aliases`.",
    ),
    "CC111": (
        "Mã {kind} “{id}” đã dùng ở {first}. Mỗi mục chỉ khai báo một lần.",
        "{kind} id '{id}' is already used in {first}. Declare each entry once.",
    ),
    "CC111.identity": (
        "Văn bản “{id}” trùng danh tính (số hiệu + cơ quan + năm) với “{other}”. Gộp hai mục.",
        "Document '{id}' has the same identity (number + issuer + year) as '{other}'. Merge the entries.",
    ),
    "CC112": (
        "Mã “{id}” và mã “{other}” cho ra cùng một trang ({page}); trang web chỉ dựng trang của “{other}”. Đổi một mã cho khác hẳn, hoặc gộp nếu là cùng một mục.",
        "Ids '{id}' and '{other}' give the same page ({page}); the site builds only the page of '{other}'. Give one a clearly different id, or merge them if they are one entry.",
    ),
    "CC113": (
        "Cấp trên của cơ quan tạo thành vòng: {chain}. Sửa `parent` của cơ quan sai trong vòng.",
        "The agencies' parents form a cycle: {chain}. Correct the `parent` of the wrong one.",
    ),
    "CC114": (
        "Văn bản ban hành ngày {date} giao nhiệm vụ cho {agency} (in “{printed}”), nhưng cơ quan này đã chấm dứt sau ngày {until}; đơn vị kế tục: {successor}. Nếu văn bản in tên cơ quan kế tục, sửa mã cơ quan; nếu văn bản gốc giao cho cơ quan cũ, xác nhận phát hiện.",
        "The document, issued on {date}, gives a task to {agency} (printed '{printed}'), but that agency ceased after {until}; its successor: {successor}. If the document prints the successor's name, change the agency id; if the source assigns the task to the old agency, acknowledge the finding.",
    ),
    "CC114.no-successor": (
        "Văn bản ban hành ngày {date} giao nhiệm vụ cho {agency} (in “{printed}”), nhưng cơ quan này đã chấm dứt sau ngày {until}, và danh mục không ghi cơ quan kế tục. Tìm cơ quan nhận nhiệm vụ, sửa mã cơ quan (và ghi `successors` vào danh mục); nếu văn bản gốc giao như vậy, xác nhận phát hiện.",
        "The document, issued on {date}, gives a task to {agency} (printed '{printed}'), but that agency ceased after {until} and the registry names no successor. Find the agency that took the task over, change the id (and record `successors` in the registry); if the source assigns it so, acknowledge the finding.",
    ),
    "CC114.before": (
        "Văn bản ban hành ngày {date} giao nhiệm vụ cho {agency} (in “{printed}”), nhưng cơ quan này chỉ có từ ngày {since}. Kiểm tra mã cơ quan (có thể là cơ quan tiền thân) hoặc ngày hiệu lực trong danh mục.",
        "The document, issued on {date}, gives a task to {agency} (printed '{printed}'), but that agency exists only from {since}. Check the agency id (it may be a predecessor) or the registry's validity date.",
    ),
    "CC120": (
        "Văn bản {document} được dẫn với trích yếu “{printed}”, nhưng trích dẫn {other_citation} trong {other_plan} ghi “{other_text}”. Đối chiếu văn bản gốc; nếu văn bản in như vậy, xác nhận phát hiện và trích cả hai cách in.",
        "Document {document} is cited with the subject '{printed}', but citation {other_citation} in {other_plan} gives '{other_text}'. Check the source; if it is printed so, acknowledge the finding, quoting both.",
    ),
    "CC120.kind": (
        "Văn bản {document} được gọi là “{printed}”, nhưng trích dẫn {other_citation} trong {other_plan} gọi là “{other_text}”. Đối chiếu văn bản gốc; nếu văn bản in như vậy, xác nhận phát hiện và trích cả hai cách in.",
        "Document {document} is called '{printed}', but citation {other_citation} in {other_plan} calls it '{other_text}'. Check the source; if it is printed so, acknowledge the finding, quoting both.",
    ),
    # tasks
    "CC201": (
        "Nhiệm vụ {task} không có cơ quan chủ trì. Ghi cơ quan chủ trì như văn bản giao; nếu văn bản không giao, xác nhận phát hiện.",
        "Task {task} has no lead agency. Record the lead as the document assigns it; if the document assigns none, acknowledge.",
    ),
    "CC202": (
        "Nhiệm vụ {task} có {count} cơ quan chủ trì ({agencies}); mỗi nhiệm vụ cần đúng một. Nếu văn bản in như vậy, xác nhận phát hiện.",
        "Task {task} has {count} lead agencies ({agencies}); each task needs exactly one. If the document prints it so, acknowledge.",
    ),
    "CC203": (
        "Cơ quan chủ trì của nhiệm vụ {task} là một nhóm ({agency}), không phải một cơ quan cụ thể chịu trách nhiệm.",
        "Task {task}'s lead is a collective ({agency}), not one accountable agency.",
    ),
    "CC204": (
        "Thời hạn “{printed}” của nhiệm vụ {task} nằm ngoài thời kỳ của kế hoạch ({period}).",
        "Task {task}'s deadline '{printed}' is outside the plan period ({period}).",
    ),
    "CC205": (
        "Thời hạn “{printed}” của nhiệm vụ {task} ({latest}) trước ngày ban hành kế hoạch ({issued}).",
        "Task {task}'s deadline '{printed}' ({latest}) is before the plan's issue date ({issued}).",
    ),
    "CC206": (
        "Không đọc được thời hạn “{printed}” của nhiệm vụ {task}. Ghi kiểu thời hạn (quý, năm, hàng năm, theo lộ trình …).",
        "Task {task}'s deadline '{printed}' cannot be read. Give it a typed kind (quarter, year, recurring, external …).",
    ),
    "CC207": (
        "Thời hạn của nhiệm vụ {task} ghi kiểu {kind} nhưng chuỗi in “{printed}” đọc là {parsed}. Sửa các trường cho khớp chuỗi in.",
        "Task {task}'s deadline is typed {kind} but the printed '{printed}' reads as {parsed}. Make the fields match the printed string.",
    ),
    "CC208": ("{agency} vừa chủ trì vừa phối hợp trong nhiệm vụ {task}.", "{agency} both leads and cooperates on task {task}."),
    "CC209": (
        "Kinh phí “{printed}” của nhiệm vụ {task} ghi đơn vị {unit}, khác đơn vị tính của phụ lục ({table_unit}).",
        "Task {task}'s budget '{printed}' is in {unit}, unlike the annex's stated unit ({table_unit}).",
    ),
    "CC210": (
        "Nhiệm vụ {task} ghi chủ trì “{lead}”, trong khi mục {section} giao lĩnh vực này cho “{assigned}”. Đối chiếu văn bản; nếu văn bản in đúng như vậy, xác nhận phát hiện và trích cả hai chỗ.",
        "Task {task} names '{lead}' as lead, while section {section} assigns this reform area to '{assigned}'. Check the document; if it prints it so, acknowledge, quoting both places.",
    ),
    "CC220": (
        "{agency} phối hợp trong nhiệm vụ {task}, nhưng cũng thuộc nhóm chủ trì “{lead}”. Đối chiếu văn bản gốc; nếu văn bản in như vậy, xác nhận phát hiện.",
        "{agency} cooperates on task {task} but also belongs to the leading collective '{lead}'. Check the source; if it is printed so, acknowledge the finding.",
    ),
    # targets
    "CC301": (
        "Chỉ tiêu {target} ({value_text}) yếu hơn mốc của kế hoạch cấp trên {parent} cho cùng chỉ số {indicator} năm {year} ({parent_text}).",
        "Target {target} ({value_text}) is weaker than parent plan {parent}'s milestone for {indicator} in {year} ({parent_text}).",
    ),
    "CC302": (
        "Mốc {year} của chỉ số {indicator} ({value_text}) yếu hơn mốc trước đó {earlier_year} ({earlier_text}) trong cùng kế hoạch.",
        "The {year} milestone for {indicator} ({value_text}) is weaker than the earlier {earlier_year} milestone ({earlier_text}) in the same plan.",
    ),
    "CC303": (
        "Chỉ số {indicator}, phạm vi {scope}, {when} được đặt hai giá trị: {value_text} và {other_text} (mục tiêu {other}).",
        "Indicator {indicator}, scope {scope}, {when} is given two values: {value_text} and {other_text} (target {other}).",
    ),
    "CC304": ("Tỷ lệ {value}% nằm ngoài khoảng 0–100.", "Percentage {value}% is outside 0–100."),
    "CC305": (
        "Thứ hạng {value} nằm ngoài 1–{max} ({max} là số tỉnh, thành phố có trong năm {year}). Đối chiếu văn bản gốc; nếu in như vậy, xác nhận phát hiện.",
        "Rank {value} is outside 1–{max} ({max} provinces and cities existed in {year}). Check the source; if it is printed so, acknowledge.",
    ),
    "CC305.below": (
        "Thứ hạng {value} không phải một số nguyên từ 1 trở lên. Đối chiếu văn bản gốc; nếu in như vậy, xác nhận phát hiện.",
        "Rank {value} is not a whole number of at least 1. Check the source; if it is printed so, acknowledge.",
    ),
    "CC306": (
        "Chỉ tiêu {target} đến hạn năm {year}, ngoài thời kỳ của kế hoạch ({period}).",
        "Target {target} is due in {year}, outside the plan period ({period}).",
    ),
    "CC307": (
        "Phép so sánh {comparator} không hợp với đơn vị {unit} của chỉ tiêu {target}.",
        "Comparator {comparator} does not fit unit {unit} in target {target}.",
    ),
    "CC308": (
        "Giá trị {value} của chỉ tiêu {target} nằm ngoài miền {min}–{max} của chỉ số {indicator}.",
        "Target {target}'s value {value} is outside indicator {indicator}'s range {min}–{max}.",
    ),
    "CC309": (
        "Văn bản in “{printed}”, gần với chữ viết tắt “{expected}” của chỉ số {indicator}: có lẽ là lỗi in. Giữ chữ in; ghi mã chỉ số đúng và xác nhận phát hiện.",
        "The document prints '{printed}', one letter from '{expected}', the acronym of indicator {indicator}: probably a misprint. Keep the printed text; give the right indicator code and acknowledge.",
    ),
    "CC320": (
        "Chữ viết tắt “{printed}” đứng cạnh “chỉ số” nhưng không phải của chỉ số nào trong danh mục. Thêm chỉ số (hoặc chữ viết tắt vào `aliases`) nếu đó là chỉ số thật; nếu văn bản in sai, xác nhận phát hiện.",
        "The acronym '{printed}' stands next to “chỉ số” (index) but belongs to no index in the registry. Add the index (or the acronym to its `aliases`) if it is a real one; if the document misprints it, acknowledge the finding.",
    ),
    "CC320.other": (
        "“{text}” là tên chỉ số {indicator} ({expected}), nhưng chữ viết tắt in kèm “{printed}” là của chỉ số {other}. Giữ chữ in; ghi mã chỉ số đúng và xác nhận phát hiện.",
        "'{text}' is the name of indicator {indicator} ({expected}), but the acronym printed with it, '{printed}', is indicator {other}'s. Keep the printed text; give the right indicator code and acknowledge.",
    ),
    # structure
    "CC401": (
        "Số thứ tự “{number}” lặp lại trong {parent} (lần đầu tại {first}).",
        "Number '{number}' is repeated in {parent} (first at {first}).",
    ),
    "CC402": (
        "Số thứ tự nhảy từ “{previous}” sang “{number}” trong {parent} (thiếu “{expected}”).",
        "Numbering jumps from '{previous}' to '{number}' in {parent} ('{expected}' is missing).",
    ),
    "CC403": (
        "Văn bản nhắc tới phụ lục “{annex}” nhưng phụ lục không có trong văn bản.",
        "The document refers to annex '{annex}' but the annex is not in the document.",
    ),
    "CC403.unknown": (
        "Mục này dẫn tới phụ lục có mã “{annex}” nhưng `annexes` không có phụ lục nào mang mã đó "
        "(các mã đã có: {known}). Thêm phụ lục vào `annexes` (với `present: false` nếu văn bản không in nó) "
        "hoặc sửa `refers_to_annex.annex` thành một mã đã có.",
        "This section refers to the annex with id '{annex}' but no annex in `annexes` has that id "
        "(known ids: {known}). Add the annex to `annexes` (with `present: false` if the document does not print it) "
        "or correct `refers_to_annex.annex` to a known id.",
    ),
    "CC404": (
        "{where} ghi {field} là “{value}”, còn phần đầu văn bản ghi “{header}”.",
        "The {where} gives the {field} as '{value}', while the header says '{header}'.",
    ),
    "CC405": (
        "Mã “{id}” dùng hai lần trong {collection}. Mỗi mã phải duy nhất.",
        "Id '{id}' is used twice in {collection}. Each id must be unique.",
    ),
    "CC406": ("Mục “{section}” không tồn tại trong cấu trúc văn bản.", "Section '{section}' does not exist in the document's structure."),
    "CC407": (
        "Slug “{slug}” không khớp số hiệu, tỉnh và năm ban hành (cần “{expected}”).",
        "Slug '{slug}' does not match the number, province and issue year (expected '{expected}').",
    ),
    "CC408": (
        "Thời kỳ của {what} ngược: năm đầu {start} sau năm cuối {end}. Đối chiếu văn bản; nếu văn bản in như vậy, xác nhận phát hiện.",
        "The period of {what} is reversed: first year {start} after last year {end}. Check the document; if it prints it so, acknowledge.",
    ),
    "CC420": (
        "Câu dẫn in “{printed}” ({count}) nhưng liệt kê {listed} mục. Đối chiếu văn bản gốc; nếu bản chép thiếu hoặc thừa mục, sửa; nếu văn bản in như vậy, xác nhận phát hiện và trích câu dẫn.",
        "The sentence prints '{printed}' ({count}) but lists {listed} items. Check the source; if the transcription lost or added an item, fix it; if it is printed so, acknowledge, quoting the sentence.",
    ),
    # translation
    "CC501": (
        "Thiếu bản dịch tiếng Anh. Thêm `en` với bản dịch đầy đủ.",
        "Missing English translation. Add `en` with a complete translation.",
    ),
    "CC502": (
        "Bản tiếng Anh giống hệt bản tiếng Việt “{text}”: chưa được dịch.",
        "The English text equals the Vietnamese '{text}': it is untranslated.",
    ),
    # provenance
    "CC601.absent": (
        "Chuỗi “{text}” không có trong văn bản nguồn {source}. Chép đúng nguyên văn như nguồn (kể cả lỗi in); nếu là lời tóm tắt của người chép, thêm `paraphrase: true`.",
        "'{text}' does not occur in the source {source}. Copy the wording exactly as the source prints it (errors included); if it is the editor's summary, add `paraphrase: true`.",
    ),
    "CC601.partial": (
        "Chuỗi không có nguyên văn trong nguồn {source}: khớp tới “…{matched}”, rồi kế hoạch ghi “{differs}” còn nguồn (dòng {line}) ghi “{there}”. Chép đúng như nguồn (kể cả lỗi in); nếu là lời tóm tắt, thêm `paraphrase: true`.",
        "The text is not verbatim in the source {source}: it matches up to '…{matched}', then the plan has '{differs}' where the source (line {line}) has '{there}'. Copy it as the source prints it (errors included); if it is a summary, add `paraphrase: true`.",
    ),
    "CC601": ("Chuỗi “{text}” không có trong văn bản nguồn {source}.", "'{text}' does not occur in the source {source}."),
    "CC602": (
        "Đoạn {source} dòng {lines} chưa được chép: “{quote}”. Chép đoạn này vào đúng mục; nếu cố ý bỏ qua (quốc hiệu, phần trang trí), xác nhận trong `transcription.acknowledgements` với `quote` là những chữ đầu này.",
        "{source} lines {lines} are not transcribed: '{quote}'. Transcribe them into their section; if left out on purpose (the national motto, page furniture), acknowledge under `transcription.acknowledgements` with `quote` set to these first words.",
    ),
    "CC603": (
        "“{text}” đứng ở dòng {line} của {source}, không theo thứ tự của kế hoạch. Chuyển đoạn về đúng mục, đúng vị trí như trong nguồn.",
        "'{text}' stands at line {line} of {source}, out of the plan's order. Move it back to its section and place, as in the source.",
    ),
    "CC604": (
        'Số hiệu “{number}” in ở dòng {line} của {source} nhưng không trích dẫn nào ghi lại. Thêm một trích dẫn cho lần nhắc này; nếu không phải văn bản được dẫn, xác nhận với `quote: "{number}"`.',
        "Number '{number}' is printed at line {line} of {source} but no citation records it. Add a citation for that mention; if it is no cited document, acknowledge it with `quote: \"{number}\"`.",
    ),
    "CC605.none": (
        "Kế hoạch không ghi văn bản nguồn. Đặt văn bản như tìm thấy vào sources/<tỉnh>/<slug>.txt và ghi `transcription: {{source, source_kind, status}}`.",
        "The plan names no source text. Put the text as found in sources/<province>/<slug>.txt and add `transcription: {{source, source_kind, status}}`.",
    ),
    "CC605.missing": (
        "Không có tệp nguồn {source}. Thêm tệp vào sources/ hoặc sửa đường dẫn.",
        "The source file {source} does not exist. Add it under sources/ or fix the path.",
    ),
    "CC605.outside": (
        "Tệp nguồn {source} nằm ngoài thư mục sources/ của dự án (hoặc là liên kết trỏ ra ngoài) nên không được đọc. Đặt văn bản vào sources/.",
        "The source file {source} is outside the project's sources/ folder (or a link pointing out of it), so it is not read. Put the text under sources/.",
    ),
    "CC605.too-large": (
        "Tệp nguồn {source} vượt giới hạn kích thước tệp. Kiểm tra tệp, hoặc nâng `max-file-bytes` trong [tool.cchc.limits].",
        "The source file {source} exceeds the file size limit. Check the file, or raise `max-file-bytes` in [tool.cchc.limits].",
    ),
    "CC605.encoding": (
        "Tệp nguồn {source} không phải UTF-8. Lưu lại tệp với mã hóa UTF-8.",
        "The source file {source} is not UTF-8. Save it as UTF-8.",
    ),
    "CC605": ("Không đọc được tệp nguồn {source} ({detail}).", "Cannot read the source file {source} ({detail})."),
    # acknowledgements
    "CC901": (
        "Xác nhận cho {rule} không khớp phát hiện nào. Xóa xác nhận đã lỗi thời.",
        "The acknowledgement of {rule} matches no finding. Remove the stale acknowledgement.",
    ),
    "CC902": (
        "Xác nhận nêu mã quy tắc không tồn tại “{rule}”. Xem `cchc rules`.",
        "The acknowledgement names an unknown rule '{rule}'. See `cchc rules`.",
    ),
    "CC903": (
        "Xác nhận cho {rule} đã hết hạn ngày {expires}. Xem lại phát hiện rồi gia hạn hoặc xóa xác nhận.",
        "The acknowledgement of {rule} expired on {expires}. Review the finding, then extend or remove it.",
    ),
}

#: The severities, as every report and page names them (the site's words use this table too).
SEVERITY: dict[str, tuple[str, str]] = {
    "error": ("lỗi", "error"),
    "warning": ("cảnh báo", "warning"),
    "info": ("thông tin", "info"),
}

#: Words for the parts of reports.
UI: dict[str, tuple[str, str]] = {
    "acknowledged": ("đã xác nhận", "acknowledged"),
    "reason": ("lý do", "reason"),
    "related": ("liên quan", "related"),
    "status.ok": ("Đạt", "Passed"),
    "status.advisory": ("Đạt – có khuyến nghị", "Passed – with advice"),
    "status.failing": ("Có lỗi", "Failing"),
    "status.unchecked": ("Chưa kiểm tra", "Not checked"),
    "unchecked_why": (
        "không đọc được thành dữ liệu ({code} {rule}, quy tắc không được chọn): các quy tắc đã chọn không kiểm tra tệp này",
        "could not be read as data ({code} {rule}, a rule not selected): the selected rules did not check this file",
    ),
    "summary": (
        "{files}; {findings} ({errors}, {warnings}, {infos}); {acknowledged} đã xác nhận.",
        "{files}; {findings} ({errors}, {warnings}, {infos}); {acknowledged} acknowledged.",
    ),
    "acknowledged_hidden": (
        "{n} phát hiện đã xác nhận không in ra (--show-acknowledged để xem).",
        "{n} acknowledged not shown (--show-acknowledged to see them).",
    ),
    "clean": ("Không có phát hiện nào cần xử lý.", "No findings to act on."),
    "not_checked": (
        "{files} chưa được các quy tắc đã chọn kiểm tra (xem ở trên).",
        "{files} not checked by the selected rules (see above).",
    ),
    "failing": (
        "{failing} ở mức {fail_on} trở lên: kiểm tra không đạt.",
        "{failing} at {fail_on} or above: the check fails.",
    ),
    "statistics": ("Thống kê theo quy tắc", "Statistics by rule"),
    "more": (" (và {more} lỗi khác tại đây)", " (and {more} more here)"),
    # a single year, where a period would stand (``Năm 2021`` / ``2021``)
    "year_alone": ("Năm {year}", "{year}"),
    "scope_central": ("Trung ương", "Central government"),
    # `cchc coverage`
    "coverage.covered": ("đã chép", "covered"),
    "coverage.acknowledged": ("bỏ qua có lý do", "left out with a reason"),
    "coverage.open": ("còn thiếu", "still missing"),
    "coverage.chars": ("chữ và số", "letters and digits"),
    "coverage.lines": ("dòng", "lines"),
    "coverage.texts": ("chuỗi không có trong nguồn", "texts not in the source"),
    "coverage.order": ("đoạn sai thứ tự", "texts out of order"),
    "coverage.total": ("Tổng cộng", "Total"),
    "coverage.plans": ("kế hoạch", "plans"),
    "coverage.no-source": ("không có văn bản nguồn đọc được", "no readable source text"),
    "coverage.status": ("tình trạng", "status"),
    # a rule's documentation (`cchc explain`, the site's rule pages)
    "doc.family": ("Nhóm", "Family"),
    "doc.severity": ("Mức mặc định", "Default severity"),
    "doc.fires": ("Ví dụ có phát hiện", "Example that fires"),
    "doc.passes": ("Ví dụ không có phát hiện", "Example that passes"),
    "doc.message": ("Thông báo", "Message"),
    "doc.name": ("Tên trong cấu hình", "Name in configuration"),
}

#: Words of ``cchc fmt``: why a file was not formatted, what a run did, and its command-line help.
#: The command writes both languages on one line, Vietnamese first (:func:`formatter_line`).
FORMATTER: dict[str, tuple[str, str]] = {
    # why a file was not formatted
    "unreadable": ("không đọc được tệp", "cannot read the file"),
    "unreadable.os": ("không đọc được tệp: {reason}", "cannot read the file: {reason}"),
    "too_large": ("tệp quá lớn", "file too large"),
    "not_utf8": ("tệp không phải UTF-8", "the file is not UTF-8"),
    "ruamel": ("ruamel.yaml không đọc được: {problem}", "ruamel.yaml cannot read it: {problem}"),
    "cannot_format": ("không định dạng được: {error}", "cannot format: {error}"),
    "data_would_change": (
        "định dạng sẽ làm đổi dữ liệu; tệp được giữ nguyên (hãy báo lỗi này)",
        "formatting would change the data; the file is left unchanged (please report this)",
    ),
    "comment_would_drop": (
        "định dạng sẽ làm mất chú thích “{comment}” (chú thích bên trong một ngoặc nhiều dòng); tệp được giữ nguyên. "
        "Chuyển chú thích lên một dòng riêng phía trên.",
        "formatting would drop the comment '{comment}' (a comment inside a multi-line flow collection); the file is "
        "left unchanged. Move the comment to a line of its own above.",
    ),
    # what a run did (the command writes the file's path before or after the words)
    "no_such_file": ("không có tệp", "no such file"),
    "skipped": (
        "bỏ qua, không phải tệp kế hoạch (plans/) hay danh mục (registry/<loại>/)",
        "skipped, not a plan (plans/) or registry (registry/<kind>/) file",
    ),
    "would_reformat": ("sẽ định dạng lại", "would reformat"),
    "reformatted": ("đã định dạng", "reformatted"),
    "check_summary": (
        "{changed} tệp cần định dạng, {same} tệp đã đúng, {bad} tệp lỗi",
        "{changed} would be reformatted, {same} already formatted, {bad} with errors",
    ),
    "run_fmt": ("Chạy `cchc fmt` để sửa", "Run `cchc fmt` to fix."),
    "summary": (
        "{changed} tệp đã định dạng, {same} tệp không đổi, {bad} tệp lỗi",
        "{changed} reformatted, {same} unchanged, {bad} with errors",
    ),
    "errors_left": (
        "Tệp lỗi được giữ nguyên; sửa lỗi rồi chạy lại (`cchc lint` cho biết chi tiết)",
        "files with errors are left unchanged; fix them and run again (`cchc lint` gives details)",
    ),
    # command-line help
    "help": ("định dạng tệp kế hoạch và danh mục", "format plan and registry files"),
    "description": (
        "Định dạng chuẩn tệp kế hoạch và danh mục (giữ chú thích, không đổi dữ liệu)",
        "Canonical formatting of plan and registry files (comments kept, data unchanged).",
    ),
    "help.paths": ("tệp hoặc thư mục", "files or folders (default: plans/ and registry/)"),
    "help.check": ("không ghi; mã thoát 1 nếu có tệp cần định dạng", "write nothing; exit 1 if a file would change"),
    "help.diff": ("với --check: in phần khác biệt", "with --check: print the differences"),
}


def formatter_words(key: str, **params: Any) -> tuple[str, str]:
    """The formatter's words ``key`` in Vietnamese and English, with ``params`` filled in."""
    vi, en = FORMATTER[key]
    return vi.format(**params), en.format(**params)


def formatter_line(key: str, **params: Any) -> str:
    """The formatter's words ``key`` as the command writes them: ``Vietnamese / English``."""
    return " / ".join(formatter_words(key, **params))


class _Safe(dict):
    def __missing__(self, key: str) -> str:
        return "?"


_FMT = string.Formatter()


def pick(pair: tuple[str, str], lang: str) -> str:
    """The one way a (Vietnamese, English) pair is read: English on ``en``, else Vietnamese (the default)."""
    return pair[1] if lang == "en" else pair[0]


def _pick(value: Any, lang: str) -> Any:
    """A parameter may be a (vi, en) pair: words that differ by language."""
    if isinstance(value, (tuple, list)) and len(value) == 2 and all(isinstance(v, str) for v in value):
        return pick((value[0], value[1]), lang)
    return "" if value is None else value


#: Turns a parameter (name, value) into words for a reader, or None to keep the value.
Names = Callable[[str, Any], "str | None"]


def _format(template: str, params: Mapping[str, Any], lang: str = "vi", names: Names | None = None) -> str:
    values = _Safe()
    for k, v in params.items():
        shown = names(k, v) if names is not None else None
        values[k] = shown if shown is not None else _pick(v, lang)
    return _FMT.vformat(template, (), values)


_SENTENCE_END = re.compile(r"[.!?]\s+")


def first_sentence(template: str) -> str:
    """The part of a message template that says what is wrong (up to the first full stop outside a field)."""
    for m in _SENTENCE_END.finditer(template):
        before = template[: m.start()]
        if before.count("{") != before.count("}"):
            continue
        following = template[m.end() : m.end() + 1]
        if following and (following.isupper() or following in "“\"'`("):
            return before + template[m.start()]
    return template


def template_key(finding: Finding) -> str:
    for param in ("problem", "limit", "feature", "variant"):
        value = finding.params.get(param)
        if value is not None:
            refined = f"{finding.rule}.{value}"
            if refined in MESSAGES:
                return refined
    if finding.rule == "CC001" and "tab" in str(finding.params.get("problem", "")).lower():
        return "CC001.tab"
    if finding.rule == "CC001" and "cannot start any token" in str(finding.params.get("problem", "")):
        return "CC001"
    return finding.rule


def _template(finding: Finding, lang: str) -> str:
    return pick(MESSAGES.get(template_key(finding)) or MESSAGES.get(finding.rule) or ("{rule}", "{rule}"), lang)


def render(finding: Finding, lang: str, names: Names | None = None) -> str:
    """The message of ``finding`` in ``lang`` ("vi" or "en")."""
    text = visible(_format(_template(finding, lang), {"rule": finding.rule, **finding.params}, lang, names), newlines=False)
    more = finding.params.get("more")
    if isinstance(more, int) and more > 0:
        text += _format(ui("more", lang), {"more": more}, lang)
    return text


def statement(finding: Finding, lang: str, names: Names | None = None) -> str:
    """What is wrong, in plain words: the message without its advice to the editor."""
    template = first_sentence(_template(finding, lang))
    return visible(_format(template, {"rule": finding.rule, **finding.params}, lang, names), newlines=False)


#: Parameters that carry the document's own words (Vietnamese whatever the message's language).
QUOTED_PARAMS = frozenset(
    {
        "printed",
        "issuer",
        "lead",
        "assigned",
        "agency",
        "agencies",
        "text",
        "parent_text",
        "value_text",
        "earlier_text",
        "other_text",
        "quote",
    }
)


def statement_parts(finding: Finding, lang: str, names: Names | None = None) -> list[tuple[str, bool]]:
    """:func:`statement` as pieces: ``(text, quoted)``, ``quoted`` for the document's own words, so that a page
    can mark them as Vietnamese on an English page."""
    template = first_sentence(_template(finding, lang))
    params = {"rule": finding.rule, **finding.params}
    parts: list[tuple[str, bool]] = []
    for literal, field, spec, conv in _FMT.parse(template):
        if literal:
            parts.append((literal, False))
        if field is None:
            continue
        one = _format("{" + field + ("!" + conv if conv else "") + (":" + spec if spec else "") + "}", params, lang, names)
        parts.append(
            (visible(one, newlines=False), field in QUOTED_PARAMS and names is not None and names(field, params.get(field)) is None)
        )
    return parts


def render_both(finding: Finding) -> dict[str, str]:
    return {lang: render(finding, lang) for lang in LANGS}


def both(pair: tuple[str, str]) -> dict[str, str]:
    """A (vi, en) pair as data files write it: ``{"vi": …, "en": …}``."""
    return dict(zip(LANGS, pair))


#: Counted nouns, for every report that counts things: the Vietnamese noun (which has no
#: plural) and the English singular and plural.
NOUNS: dict[str, tuple[str, str, str]] = {
    "file": ("tệp", "file", "files"),
    "finding": ("phát hiện", "finding", "findings"),
    "error": (*SEVERITY["error"], "errors"),
    "warning": (*SEVERITY["warning"], "warnings"),
    "info": (*SEVERITY["info"], "info"),
    "plan": ("kế hoạch", "plan", "plans"),
    "task": ("nhiệm vụ", "task", "tasks"),
    "target": ("chỉ tiêu", "target", "targets"),
    "citation": ("trích dẫn", "citation", "citations"),
    "entry": ("mục danh mục", "registry entry", "registry entries"),
}


def noun(name: str, n: int, lang: str) -> str:
    """The noun in the form ``n`` takes: "file" for 1, "files" for 2; Vietnamese has one form."""
    vi, one, other = NOUNS[name]
    return pick((vi, one if n == 1 else other), lang)


def counted(n: int, name: str, lang: str) -> str:
    """``n`` and its noun in the right form: "1 file", "2 files", "2 tệp"."""
    return f"{n} {noun(name, n, lang)}"


def ui(key: str, lang: str) -> str:
    """A word of the reports in ``lang``."""
    return pick(UI[key], lang)


def severity_label(severity: str, lang: str) -> str:
    """A severity (``error``, ``warning``, ``info``) in words."""
    return pick(SEVERITY[severity], lang)
