"""Every word the site shows that does not come from the data, in both languages."""

from __future__ import annotations

from ..catalogue import SEVERITY as SEVERITY
from ..catalogue import UI as CATALOGUE_UI
from ..catalogue import pick as pick

LANGS = ("vi", "en")

UI: dict[str, tuple[str, str]] = {
    "plans": ("Kế hoạch", "Plans"),
    "plan": ("Kế hoạch", "Plan"),
    "provinces": ("Tỉnh, thành phố", "Provinces"),
    "province": ("Tỉnh", "Province"),
    "validity": ("Thời gian tồn tại", "In existence"),
    "valid_from_to": ("từ {start} đến {end}", "from {start} to {end}"),
    "valid_from_only": ("từ {start}", "from {start}"),
    "valid_until_only": ("đến {end}", "until {end}"),
    "ended_with_province": ("chấm dứt cùng tỉnh, sau ngày {end}", "ended with its province after {end}"),
    "successors": ("Đơn vị kế tục", "Successors"),
    "fact_source": ("Nguồn dữ kiện", "Source of the facts"),
    "citation_in": ("trích dẫn {citation} trong {plan}", "citation {citation} in {plan}"),
    "in_force_now": ("Đang tồn tại", "In force"),
    "provinces_over_time": ("Tỉnh, thành phố theo thời gian", "Provinces over time"),
    "provinces_count_on": ("{count} tỉnh, thành phố vào ngày {day}", "{count} provinces and cities on {day}"),
    "agencies": ("Cơ quan", "Agencies"),
    "agency": ("Cơ quan", "Agency"),
    "indicators": ("Chỉ số", "Indicators"),
    "indicator": ("Chỉ số", "Indicator"),
    "documents": ("Văn bản được dẫn", "Cited documents"),
    "document": ("Văn bản", "Document"),
    "rules": ("Quy tắc kiểm tra", "Lint rules"),
    "findings": ("Phát hiện", "Findings"),
    "number": ("Số hiệu", "Number"),
    "type": ("Loại văn bản", "Document type"),
    "issuer": ("Cơ quan ban hành", "Issuing body"),
    "signer": ("Người ký", "Signed by"),
    "date": ("Ngày ban hành", "Date of issue"),
    "date_printed": ("Ngày như in", "Date as printed"),
    "place": ("Nơi ban hành", "Place of issue"),
    "period": ("Thời kỳ", "Period"),
    "status": ("Kết quả kiểm tra", "Check result"),
    "parent": ("Thực hiện kế hoạch", "Implements"),
    "children": ("Các kế hoạch thực hiện", "Implemented by"),
    "download": ("Tải dữ liệu", "Download the data"),
    "legal_bases": ("Văn bản căn cứ", "Legal bases"),
    "citations": ("Văn bản được dẫn trong nội dung", "Documents cited in the text"),
    "targets": ("Chỉ tiêu", "Targets"),
    "tasks": ("Nhiệm vụ", "Tasks"),
    "timeline": ("Tiến độ theo thời hạn", "Timeline of deadlines"),
    "text": ("Toàn văn", "Full text"),
    "decision": ("Quyết định ban hành", "The issuing decision"),
    "recipients": ("Nơi nhận", "Recipients"),
    "annexes": ("Phụ lục", "Annexes"),
    "notes": ("Ghi chú khi nhập liệu", "Transcription notes"),
    "uncertain": ("Chỗ đọc chưa chắc chắn", "Uncertain readings"),
    "lead": ("Chủ trì", "Lead"),
    "cooperating": ("Phối hợp", "Cooperating"),
    "deadline": ("Thời hạn", "Deadline"),
    "budget": ("Kinh phí", "Budget"),
    "task": ("Nhiệm vụ", "Task"),
    "section": ("Mục", "Section"),
    "numbering": ("STT", "No."),
    "area": ("Lĩnh vực", "Reform area"),
    "target": ("Chỉ tiêu", "Target"),
    "value": ("Giá trị", "Value"),
    "year": ("Năm", "Year"),
    "scope": ("Phạm vi", "Scope"),
    "printed": ("Như in", "As printed"),
    "rule": ("Quy tắc", "Rule"),
    "severity": ("Mức", "Severity"),
    "message": ("Nội dung", "Message"),
    "where": ("Vị trí", "Where"),
    "open": ("Cần xử lý", "Open"),
    "acknowledged": ("Đã xác nhận", "Acknowledged"),
    "reason": ("Lý do", "Reason"),
    "expires": ("Hết hạn", "Expires"),
    "none": ("Không có", "None"),
    "filter": ("Lọc bảng…", "Filter the table…"),
    "filter_label": ("Lọc các dòng của bảng", "Filter the rows of the table"),
    "name": ("Tên", "Name"),
    "aliases": ("Cách viết trong văn bản", "Spellings in print"),
    "level": ("Cấp", "Level"),
    "kind": ("Loại", "Kind"),
    "led_tasks": ("Nhiệm vụ chủ trì", "Tasks it leads"),
    "supported_tasks": ("Nhiệm vụ phối hợp", "Tasks it supports"),
    "assignments": ("Được giao theo lĩnh vực", "Assigned by reform area"),
    "issued": ("Văn bản do cơ quan ban hành", "Documents it issued"),
    "definition": ("Định nghĩa", "Definition"),
    "unit": ("Đơn vị", "Unit"),
    "better": ("Hướng tốt hơn", "Better direction"),
    "range": ("Miền giá trị", "Valid range"),
    "publisher": ("Đơn vị công bố", "Publisher"),
    "cited_by": ("Các kế hoạch dẫn văn bản này", "Plans citing this document"),
    "mismatch": ("khác với", "differs from"),
    "registry_value": ("Theo danh mục", "Per the registry"),
    "title": ("Trích yếu", "Title"),
    "title_not_printed": ("(trích yếu không được in)", "(title not printed)"),
    "count": ("Số lượng", "Count"),
    "all_findings": ("Tất cả phát hiện", "All findings"),
    "by_rule": ("Theo quy tắc", "By rule"),
    "by_plan": ("Theo kế hoạch", "By plan"),
    "family": ("Nhóm", "Family"),
    "config_name": ("Tên trong cấu hình", "Name in configuration"),
    "default_severity": ("Mức mặc định", "Default severity"),
    "summary": ("Tóm tắt", "Summary"),
    "stats_plans": ("kế hoạch", "plans"),
    "stats_provinces": ("tỉnh", "provinces"),
    "stats_tasks": ("nhiệm vụ", "tasks"),
    "stats_targets": ("chỉ tiêu", "targets"),
    "stats_citations": ("trích dẫn", "citations"),
    "stats_findings": ("phát hiện chưa xử lý", "open findings"),
    "stats_acknowledged": ("phát hiện đã xác nhận, có lý do", "findings acknowledged, with a reason"),
    "milestones": ("Mốc theo năm", "Milestones by year"),
    "rank_axis": ("Thứ hạng (1 là cao nhất)", "Rank (1 is best)"),
    "source": ("Nguồn", "Source"),
    "appendix": ("phụ lục", "appendix"),
    "body": ("nội dung", "body"),
    "articles": ("Điều", "Article"),
    "no_deadline": ("Không ghi thời hạn", "No deadline given"),
    "other_deadlines": ("Thường xuyên, định kỳ, theo lộ trình", "Ongoing, recurring or external"),
    "plan_findings": ("Phát hiện của kiểm tra", "Findings of the check"),
    "see_rule": ("Xem quy tắc", "See the rule"),
    "related": ("Liên quan", "Related"),
    "objectives": ("Mục tiêu", "Objectives"),
    "files": ("Tệp", "Files"),
    "printed_lead": ("chủ trì như in", "lead as printed"),
    "transcription": ("Tình trạng chép", "Transcription"),
    "source_text": ("Văn bản nguồn", "Source text"),
    "source_of": ("Văn bản nguồn của", "Source text of"),
    "source_file": ("Tệp nguồn", "Source file"),
    "source_kind": ("Dạng nguồn", "Kind of source"),
    "origin": ("Xuất xứ", "Origin"),
    "coverage": ("Phần đã chép", "Transcribed"),
    "coverage_of": (
        "{covered} văn bản nguồn đã chép vào dữ liệu; {acknowledged} bỏ qua có lý do",
        "{covered} of the source text is in the data; {acknowledged} left out with a reason",
    ),
    "lines_ref": ("dòng {lines}", "lines {lines}"),
    "in_source": ("Xem ở văn bản nguồn", "See in the source text"),
    "source_legend": (
        "Chữ được đánh dấu là phần chưa chép vào dữ liệu; phần gạch chân nhạt là phần bỏ qua có lý do. Số dòng giữ đúng như tệp nguồn.",
        "Marked text is not in the data yet; text underlined faintly is left out with a reason. Line numbers are the source file's own.",
    ),
    "not_transcribed": ("chưa chép", "not transcribed"),
    "left_out": ("bỏ qua có lý do", "left out with a reason"),
    "results": ("Kết quả đã đạt (văn bản báo cáo)", "Results reported by the document"),
    "result": ("Kết quả", "Result"),
    "download_source": ("Văn bản nguồn (TXT)", "Source text (TXT)"),
    "preamble": ("Phần mở đầu", "Opening part"),
    "appendix_word": ("Phụ lục", "Appendix"),
    "for_editors": ("Chi tiết cho người biên tập", "Details for editors"),
    "permalink": ("Liên kết cố định", "Permanent link"),
    "printed_text": ("Văn bản in", "The document prints"),
    "registry_of_documents": ("danh mục văn bản được dẫn", "the register of cited documents"),
    "the_source_text": ("văn bản nguồn", "the source text"),
    "in_file": ("Trong tệp", "In file"),
    "budget_printed": ("in là", "printed"),
    "bullet": ("gạch đầu dòng", "item"),
    "breadcrumb": ("Đường dẫn", "Breadcrumb"),
    "home": ("Trang chủ", "Home"),
    "severity_open": ("Cần xử lý", "Open"),
    "plans_issued": ("Kế hoạch do cơ quan ban hành", "Plans it issued"),
    "desc_plan": (
        "{type} số {number} của {issuer}, ban hành ngày {date}: {title}. {tasks} nhiệm vụ, {targets} chỉ tiêu, đối chiếu với văn bản gốc.",
        "{type} {number} of the {issuer}, issued {date}: {title}. {tasks} tasks and {targets} targets, checked against the source.",
    ),
    "desc_source": (
        "Văn bản nguồn của {number}, từng dòng, phần đã chép được đánh dấu.",
        "The source text of {number}, line by line, with what the data covers marked.",
    ),
    "desc_agency": (
        "{name}: {plans} kế hoạch ban hành, {led} nhiệm vụ chủ trì, {supported} nhiệm vụ phối hợp trong các kế hoạch cải cách hành chính.",
        "{name}: {plans} plans issued, {led} tasks led and {supported} supported in administrative reform plans.",
    ),
    "desc_document": ("{title}: được {count} kế hoạch cải cách hành chính dẫn.", "{title}: cited by {count} administrative reform plans."),
    "desc_province": (
        "Kế hoạch cải cách hành chính của {name}: {plans} kế hoạch, {tasks} nhiệm vụ.",
        "Administrative reform plans of {name}: {plans} plans, {tasks} tasks.",
    ),
    "desc_rule": ("Quy tắc kiểm tra {code}: {title}", "Lint rule {code}: {title}"),
    "desc_indicator": (
        "{name}: {targets} chỉ tiêu và {results} kết quả trong các kế hoạch cải cách hành chính, theo năm.",
        "{name}: {targets} targets and {results} reported results in administrative reform plans, year by year.",
    ),
    "desc_index": ("{what} trong các kế hoạch cải cách hành chính được kiểm tra.", "{what} in the checked administrative reform plans."),
    "cited_by_plans": ("Được dẫn bởi", "Cited by"),
    # comparison pages
    "comparisons": ("So sánh kế hoạch", "Comparing plans"),
    "compare": ("So sánh với kế hoạch khác", "Compared with"),
    "page_title": ("So sánh {a} và {b}", "{a} compared with {b}"),
    "compare_with": ("So sánh với {number}", "Compare with {number}"),
    "implements": ("Thực hiện kế hoạch cấp trên", "Implements"),
    "same_province": ("Cùng tỉnh", "Same province"),
    "with_parent": ("kế hoạch cấp trên mà kế hoạch này thực hiện", "the plan this one implements"),
    "with_child": ("kế hoạch thực hiện kế hoạch này", "a plan implementing this one"),
    "with_same": ("kế hoạch cùng tỉnh, thời kỳ giao nhau", "a plan of the same province, overlapping period"),
    "role_child": ("Kế hoạch thực hiện", "Implementing plan"),
    "role_parent": ("Kế hoạch cấp trên", "Parent plan"),
    "role_later": ("Ban hành sau", "Issued later"),
    "role_earlier": ("Ban hành trước", "Issued earlier"),
    "plan_a": ("Kế hoạch A", "Plan A"),
    "plan_b": ("Kế hoạch B", "Plan B"),
    "relation": ("Quan hệ", "Relation"),
    "comparison": ("So sánh", "Comparison"),
    "shared_count": ("Số chỉ số chung", "Shared indicators"),
    "the_two_plans": ("Hai kế hoạch", "The two plans"),
    "intro_implements": ("{a} thực hiện {b}.", "{a} implements {b}."),
    "intro_same": (
        "Hai kế hoạch của {province} có thời kỳ giao nhau: {overlap}.",
        "Two plans of {province} whose periods overlap: {overlap}.",
    ),
    "reading_implements": (
        "Cách so giống phép kiểm tra “{rule}”: mỗi chỉ tiêu của kế hoạch thực hiện được so với mốc của kế hoạch cấp trên "
        "cho cùng chỉ số, cùng phạm vi, cùng đơn vị và cùng năm; nếu cấp trên không đặt mốc riêng cho năm đó thì dùng chỉ tiêu "
        "cả giai đoạn có chứa năm đó (mức phải giữ trong mọi năm của giai đoạn). Chỉ tiêu “đến năm 2025” chỉ là mốc của năm 2025. "
        "Với thứ hạng, số nhỏ hơn là tốt hơn; với các chỉ số khác, theo hướng tốt hơn của chỉ số. Chỉ tiêu khác dạng không được so.",
        "Targets are read as the check “{rule}” reads them: each target of the implementing plan is held against the parent plan's "
        "milestone for the same indicator, scope, unit and year; when the parent sets no milestone for that year, its target for "
        "a whole period containing the year applies (a level to hold in every year of the period). A target “by 2025” is the 2025 "
        "milestone only. For ranks a smaller number is better; for other indicators the indicator's better direction decides. "
        "Targets of different kinds are not compared.",
    ),
    "reading_same": (
        "Kế hoạch này không thực hiện kế hoạch kia, nên chỉ tiêu được đặt cạnh nhau, không đánh giá cao thấp.",
        "Neither plan implements the other, so their targets are set side by side, without a weaker or stronger note.",
    ),
    "targets_by_year": ("Chỉ tiêu theo chỉ số và năm", "Targets by indicator and year"),
    "shared": ("Chỉ số cả hai kế hoạch đặt chỉ tiêu", "Indicators both plans target"),
    "only_one": ("Chỉ số chỉ một kế hoạch đặt chỉ tiêu", "Indicators only one plan targets"),
    "against_parent": ("So với mốc của kế hoạch cấp trên", "Against the parent plan's milestone"),
    "weaker": (
        "Thấp hơn mốc năm {year} của kế hoạch cấp trên ({milestone})",
        "Weaker than the parent plan's {year} milestone ({milestone})",
    ),
    "equal": ("Bằng mốc năm {year} của kế hoạch cấp trên ({milestone})", "Equal to the parent plan's {year} milestone ({milestone})"),
    "stronger": (
        "Cao hơn mốc năm {year} của kế hoạch cấp trên ({milestone})",
        "Stronger than the parent plan's {year} milestone ({milestone})",
    ),
    "not_compared": (
        "Không so được với mốc năm {year} ({milestone}): khác dạng chỉ tiêu",
        "Not compared with the {year} milestone ({milestone}): a different kind of target",
    ),
    "no_milestone": (
        "Kế hoạch cấp trên không đặt mốc năm {year} cùng phạm vi, cùng đơn vị",
        "The parent plan sets no {year} milestone of the same scope and unit",
    ),
    "every_year": ("giữ trong mọi năm {period}", "held in every year of {period}"),
    "no_target": ("không đặt", "no target"),
    "no_year": ("Không ghi năm", "No year given"),
    "tasks_by_area": ("Nhiệm vụ theo lĩnh vực cải cách", "Tasks by reform area"),
    "task_count": ("Số nhiệm vụ", "Number of tasks"),
    "no_area": ("Chưa xếp lĩnh vực", "No reform area given"),
    "total": ("Tổng cộng", "Total"),
    "index_intro": (
        "Mỗi kế hoạch được đặt cạnh kế hoạch cấp trên mà nó thực hiện, và cạnh các kế hoạch cùng tỉnh có thời kỳ giao nhau "
        "(tối đa {limit} so sánh cho mỗi kế hoạch, gần nhau về thời gian trước).",
        "Each plan is set beside the parent plan it implements, and beside plans of the same province whose periods overlap "
        "(at most {limit} comparisons per plan, nearest in time first).",
    ),
    # feed of changes
    "site_name": ("Kế hoạch cải cách hành chính", "Vietnamese administrative reform plans"),
    "feed_title": ("Thay đổi dữ liệu — Kế hoạch cải cách hành chính", "Data changes — Vietnamese administrative reform plans"),
    "feed_subtitle": (
        "Mỗi mục là một lần sửa dữ liệu: kế hoạch, danh mục hoặc văn bản nguồn.",
        "Each entry is one change to the data: plans, registries or source texts.",
    ),
    "feed_rights": (
        "Dữ liệu theo giấy phép CC BY 4.0; văn bản gốc là văn bản của cơ quan nhà nước.",
        "Data under CC BY 4.0; the source texts are official documents of state bodies.",
    ),
    "feed_commit": ("Lần sửa {short}", "Change {short}"),
    "feed_plans": ("Kế hoạch", "Plans"),
    "feed_sources": ("Văn bản nguồn", "Source texts"),
    "feed_registry": ("Danh mục", "Registries"),
    "feed_other": ("Tệp khác", "Other files"),
    "feed_more": ("và {n} tệp khác", "and {n} more files"),
    # citation and last update
    "cite": ("Cách trích dẫn", "How to cite"),
    "cite_intro": (
        "Trích dẫn văn bản và bản dữ liệu này (chọn đoạn dưới đây để sao chép):",
        "To cite the document and this data edition (select the text below to copy it):",
    ),
    "cite_number": ("số", "No."),
    "cite_date": ("ngày", "of"),
    "cite_about": ("về", "on"),
    "cite_translation": ("bản dịch không chính thức", "unofficial translation"),
    "cite_edition": ("Bản dữ liệu của trang “{site}”", "Data edition of “{site}”"),
    "cite_updated": ("cập nhật ngày {date}", "last updated {date}"),
    "cite_at": ("Truy cập tại", "Available at"),
    "cite_csl": ("Dạng CSL-JSON (nhập vào Zotero, Pandoc…)", "As CSL-JSON (for Zotero, Pandoc…)"),
    "last_updated": ("Cập nhật dữ liệu", "Data last updated"),
    # charts
    "code": ("Mã", "Code"),
    "axis_percent": ("Tỷ lệ (%)", "Percent (%)"),
    "axis_group": ("Nhóm (nhóm 1 là cao nhất)", "Group (group 1 is best)"),
    "axis_score": ("Điểm", "Points"),
    "axis_count": ("Số lượng", "Number"),
    "axis_days": ("Số ngày", "Days"),
    "axis_pp": ("Điểm phần trăm", "Percentage points"),
    "axis_change": ("Mức tăng (+) hoặc giảm (−), {unit}", "Increase (+) or decrease (−), {unit}"),
    "chart_summary": (
        "Chỉ tiêu: {targets}; kết quả báo cáo: {results}; kế hoạch: {plans}; năm {first}–{last}",
        "Targets: {targets}; reported results: {results}; plans: {plans}; years {first}–{last}",
    ),
    "chart_plans": ("Màu của từng kế hoạch", "Colour of each plan"),
    "chart_key": ("Cách đọc ký hiệu", "How to read the markers"),
    "key_min": ("Tối thiểu / trên: đạt khi bằng hoặc cao hơn mức này", "At least / more than: met at this value or above"),
    "key_max": ("Tối đa / dưới: đạt khi bằng hoặc thấp hơn mức này", "At most / less than: met at this value or below"),
    "key_top": ("Trong nhóm N dẫn đầu: đạt khi xếp hạng N hoặc cao hơn", "Among the top N: met at rank N or better"),
    "key_top_group": (
        "Tối đa / trong nhóm N: đạt khi ở nhóm N hoặc nhóm tốt hơn",
        "At most / among group N: met in group N or a better group",
    ),
    "key_exact": ("Đúng / duy trì: một mức cụ thể", "Exactly / maintain: one given value"),
    "key_range": ("Trong khoảng: thanh dọc nối hai giá trị", "Between: a vertical bar joins the two values"),
    "key_range-period": (
        "Hộp: chỉ tiêu “trong khoảng” cho cả giai đoạn, giữa hai giá trị",
        "Box: a “between” target for a period, between the two values",
    ),
    "key_period": (
        "Đoạn ngang: chỉ tiêu cho cả giai đoạn, từ năm đầu đến năm cuối",
        "Horizontal segment: a target for a period, from its first to its last year",
    ),
    "key_up": ("Mũi tên lên từ 0: tăng thêm", "Arrow up from 0: an increase by"),
    "key_down": ("Mũi tên xuống từ 0: giảm đi", "Arrow down from 0: a decrease by"),
    "key_result": ("Ô vuông đặc: kết quả văn bản báo cáo cho năm đã qua", "Filled square: a result a document reports for a past year"),
    "cap_targets": (
        "Mỗi vòng tròn là một chỉ tiêu, đặt ở năm phải đạt; mũi tên và dải màu nhạt chỉ phía đạt chỉ tiêu.",
        "Each ring is a target, placed at the year it is due; an arrow and a light band point to the side where it is met.",
    ),
    "cap_exact_only": ("Mỗi vòng tròn là một chỉ tiêu, đặt ở năm phải đạt.", "Each ring is a target, placed at the year it is due."),
    "cap_period": (
        "Chỉ tiêu đặt cho cả giai đoạn là một đoạn ngang trải qua các năm của giai đoạn, ký hiệu của nó ở giữa đoạn.",
        "A target set for a period is a horizontal segment across the period's years, with its marker in the middle.",
    ),
    "cap_range": (
        "Chỉ tiêu “trong khoảng” là một thanh dọc từ giá trị thấp đến giá trị cao.",
        "A “between” target is a vertical bar from the lower to the higher value.",
    ),
    "cap_change": (
        "Mỗi mũi tên là một chỉ tiêu tăng hoặc giảm, vẽ từ 0 đến mức thay đổi; đây là mức thay đổi, không phải mức đạt được.",
        "Each arrow is an increase or decrease target, drawn from 0 to the change; it is a change, not a level reached.",
    ),
    "cap_range_period": (
        "Chỉ tiêu “trong khoảng” đặt cho cả giai đoạn là một hộp trải qua các năm của giai đoạn, từ giá trị thấp đến giá trị cao.",
        "A “between” target set for a period is a box across the period's years, from the lower to the higher value.",
    ),
    "cap_results": (
        "Ô vuông đặc là kết quả văn bản báo cáo cho năm đã qua; kết quả của cùng một kế hoạch ở hai năm liền nhau được nối bằng đường mảnh.",
        "Filled squares are results a document reports for past years; results of one plan in two consecutive years are joined by a thin line.",
    ),
    "cap_rank": ("Hạng 1 ở trên cùng.", "Rank 1 is at the top."),
    "cap_group": ("Nhóm 1 ở trên cùng.", "Group 1 is at the top."),
    "cap_tail": (
        "Mỗi màu là một kế hoạch; các chỉ tiêu không được nối bằng đường. Cùng số liệu có trong các bảng bên dưới.",
        "Each colour is one plan; targets are not joined by lines. The same figures are in the tables below.",
    ),
    "reported": ("kết quả báo cáo", "reported result"),
    # `cchc diff`: what a change does to the corpus (its counted nouns are catalogue.NOUNS).
    "diff_heading": ("Thay đổi của kho dữ liệu", "Changes to the corpus"),
    "diff_between": ("So sánh {base} với {head}", "Comparing {base} with {head}"),
    "diff_worktree": ("thư mục làm việc", "the working tree"),
    "diff_no_change": ("Không có thay đổi nào đối với kho dữ liệu", "No change to the corpus"),
    "diff_count": ("{n} {noun} {verb}", "{n} {noun} {verb}"),
    "diff_group": ("{noun} {verb}", "{noun} {verb}"),
    "diff_added": ("thêm", "added"),
    "diff_removed": ("bị xóa", "removed"),
    "diff_changed": ("thay đổi", "changed"),
    "diff_opened": ("mới", "opened"),
    "diff_resolved": ("đã khắc phục", "resolved"),
    "diff_slug": ("Mã định danh", "Slug"),
    "diff_change": ("Thay đổi", "Change"),
    "diff_changed_fields": ("trường thay đổi", "fields changed"),
    "diff_field_title": ("Tên kế hoạch", "Plan title"),
    "diff_field_document_title": ("Trích yếu văn bản", "Document title"),
    "diff_field_plan_type": ("Loại kế hoạch", "Plan type"),
    "diff_field_path": ("Tệp", "File"),
    "diff_parts": ("Phần khác thay đổi", "Other parts changed"),
    "diff_layout_only": (
        "Chỉ đổi cách trình bày tệp (định dạng, chú thích); dữ liệu không đổi",
        "Only the file's layout changed (formatting, comments); the data is the same",
    ),
    "diff_unreadable": ("Không đọc được tệp ở {rev}; xem các phát hiện", "The file cannot be read at {rev}; see the findings"),
    "diff_open_count": ("Phát hiện cần xử lý: {base} → {head}", "Open findings: {base} → {head}"),
    "diff_acknowledged_count": ("Phát hiện đã xác nhận: {base} → {head}", "Acknowledged findings: {base} → {head}"),
    "diff_err_no_git": ("không tìm thấy chương trình git", "git is not installed (or not on the PATH)"),
    "diff_err_not_repo": ("{path} không nằm trong một kho git", "{path} is not inside a git repository"),
    "diff_err_range": (
        "khoảng phiên bản không hợp lệ “{spec}” (cần BASE..HEAD hoặc BASE)",
        "invalid revision range '{spec}' (expected BASE..HEAD or BASE)",
    ),
    "diff_err_revision": ("không có phiên bản “{rev}” trong kho git", "there is no revision '{rev}' in the git repository"),
    "diff_err_no_project": ("phiên bản {rev} không có tệp {path}", "revision {rev} has no {path}"),
    "diff_err_config": (
        "cấu hình ở phiên bản {rev} không dùng được: {detail}",
        "the configuration at revision {rev} cannot be used: {detail}",
    ),
    "diff_err_git": ("git không đọc được phiên bản {rev}: {detail}", "git cannot read revision {rev}: {detail}"),
    # deadlines and sums of money, as read (formats.py): pair-valued parameters are picked first
    "when_month": ("Tháng {month}/{year}", "{month} {year}"),
    "when_quarter": ("Quý {quarter}/{year}", "Q{quarter} {year}"),
    "when_quarters": ("Quý {quarter}–{quarter_end}/{year}", "Q{quarter}–Q{quarter_end} {year}"),
    "when_half": ("6 tháng {half} năm {year}", "{half} half of {year}"),
    "when_continuous": ("Thường xuyên", "Ongoing"),
    "when_external": ("Theo lộ trình của văn bản khác", "On another document's schedule"),
    "money": ("{amount} đồng", "VND {amount}"),
    "money_size": ("{amount} {size} đồng", "VND {amount} {size}"),
}

#: Transcription statuses, as Wikisource marks pages.
TRANSCRIPTION = {
    "draft": ("Bản nháp: đang chép", "Draft: being transcribed"),
    "complete": ("Đã chép đủ", "Complete"),
    "reviewed": ("Đã đối chiếu (người thứ hai)", "Reviewed by a second person"),
}
SOURCE_KINDS = {"published-text": ("Văn bản công bố", "Text as published"), "ocr": ("Bản quét nhận dạng chữ (OCR)", "OCR of a scan")}

# Plan statuses and severities (SEVERITY, imported above): the linter catalogue's own words, so the
# site and the reports agree.
STATUS = {k: CATALOGUE_UI[f"status.{k}"] for k in ("ok", "advisory", "failing")}
#: A plan that passes only because every error found is acknowledged as printed so.
STATUS["acknowledged"] = ("Văn bản gốc có lỗi (đã xác nhận)", "Errors in the source document (acknowledged)")

#: Month names of English dates (a Vietnamese date writes the month's number).
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Recurring deadlines, by how often.
EVERY = {
    "year": ("Hằng năm", "Every year"),
    "half-year": ("6 tháng một lần", "Every six months"),
    "quarter": ("Hằng quý", "Every quarter"),
    "month": ("Hằng tháng", "Every month"),
    "week": ("Hằng tuần", "Every week"),
}
#: The halves of a year, as a deadline names them.
HALVES = {1: ("đầu", "first"), 2: ("cuối", "second")}
#: The sizes a sum of money is written in, largest first: a billion đồng, a million đồng.
MONEY_SIZES = ((1e9, ("tỷ", "billion")), (1e6, ("triệu", "million")))

DOC_TYPES = {
    "luat": ("Luật", "Law"),
    "nghi-quyet": ("Nghị quyết", "Resolution"),
    "nghi-dinh": ("Nghị định", "Decree"),
    "quyet-dinh": ("Quyết định", "Decision"),
    "chi-thi": ("Chỉ thị", "Directive"),
    "thong-tu": ("Thông tư", "Circular"),
    "ket-luan": ("Kết luận", "Conclusion"),
    "quy-dinh": ("Quy định", "Regulation"),
    "quy-che": ("Quy chế", "Rules"),
    "ke-hoach": ("Kế hoạch", "Plan"),
    "chuong-trinh": ("Chương trình", "Programme"),
    "de-an": ("Đề án", "Scheme"),
    "cong-van": ("Công văn", "Official letter"),
    "to-trinh": ("Tờ trình", "Submission"),
    "huong-dan": ("Hướng dẫn", "Guidance"),
    "thong-bao": ("Thông báo", "Notice"),
    "bao-cao": ("Báo cáo", "Report"),
    "van-ban-khac": ("Văn bản khác", "Other document"),
}

AREAS = {
    "chi-dao-dieu-hanh": ("Chỉ đạo, điều hành", "Direction and steering"),
    "the-che": ("Cải cách thể chế", "Institutional reform"),
    "thu-tuc-hanh-chinh": ("Cải cách thủ tục hành chính", "Administrative procedures"),
    "to-chuc-bo-may": ("Cải cách tổ chức bộ máy", "Organisational structure"),
    "che-do-cong-vu": ("Cải cách chế độ công vụ", "Civil service"),
    "tai-chinh-cong": ("Cải cách tài chính công", "Public finance"),
    "chinh-quyen-dien-tu-so": ("Chính quyền điện tử, chính quyền số", "E-government and digital government"),
    "hien-dai-hoa-hanh-chinh": ("Hiện đại hóa hành chính", "Modernising administration"),
    "iso-9001": ("ISO 9001", "ISO 9001"),
    "moi-truong-dau-tu": ("Môi trường đầu tư", "Investment environment"),
    "tuyen-truyen": ("Thông tin, tuyên truyền", "Communication"),
    "kiem-tra-danh-gia": ("Kiểm tra, đánh giá", "Inspection and evaluation"),
    "khac": ("Khác", "Other"),
}

COMPARATORS = {
    "at-least": ("tối thiểu", "at least"),
    "at-most": ("tối đa", "at most"),
    "exactly": ("đúng", "exactly"),
    "more-than": ("trên", "more than"),
    "less-than": ("dưới", "less than"),
    "top": ("trong nhóm", "among the top"),
    "range": ("trong khoảng", "between"),
    "increase-by": ("tăng", "increase by"),
    "decrease-by": ("giảm", "decrease by"),
    "maintain": ("duy trì", "maintain"),
}

UNITS = {
    "percent": ("%", "%"),
    "rank": ("tỉnh dẫn đầu", "leading provinces"),
    "score": ("điểm", "points"),
    "count": ("", ""),
    "percentage-points": ("điểm phần trăm", "percentage points"),
    "days": ("ngày", "days"),
    "group": ("nhóm", "group"),
}

LEVELS = {
    "trung-uong": ("Trung ương", "Central"),
    "tinh": ("Tỉnh", "Province"),
    "huyen": ("Huyện", "District"),
    "xa": ("Xã", "Commune"),
    "co-so": ("Đơn vị trong cơ quan", "Unit within an agency"),
    "toan-tinh": ("Toàn tỉnh", "Whole province"),
    "so-nganh": ("Sở, ngành", "Departments"),
    "co-quan": ("Cơ quan", "The agency"),
    "don-vi-su-nghiep": ("Đơn vị sự nghiệp", "Public service units"),
    "toan-quoc": ("Toàn quốc", "Nationwide"),
}

AGENCY_KINDS = {"single": ("Một cơ quan", "Single agency"), "collective": ("Nhóm cơ quan (chung)", "Collective reference")}
#: Where a registry fact comes from (the registry's ``source`` kinds).
FACT_SOURCES = {
    "self": ("Chính văn bản", "The document itself"),
    "gazette": ("Công báo, cơ sở dữ liệu quốc gia", "Official gazette or national database"),
    "citation": ("Chỉ từ trích dẫn", "Only from a citation"),
    "editor": ("Biên tập viên ghi, chưa đối chiếu", "Recorded by the editor, not checked"),
}
BETTER = {"higher": ("Cao hơn là tốt hơn", "Higher is better"), "lower": ("Thấp hơn là tốt hơn", "Lower is better")}
#: How a signer signs: the printed abbreviation on Vietnamese pages, its meaning on English ones.
SIGNER_MODES = {
    "tm": ("TM.", "on behalf of the issuing body"),
    "kt": ("KT.", "signing for the head"),
    "tl": ("TL.", "by order of the head"),
    "tuq": ("TUQ.", "by authorisation of the head"),
    "none": ("", ""),
}

#: Budget units (the schema's codes) as a reader says them.
BUDGET_UNITS = {
    "dong": ("đồng", "đồng"),
    "nghin-dong": ("nghìn đồng", "thousand đồng"),
    "trieu-dong": ("triệu đồng", "million đồng"),
    "ty-dong": ("tỷ đồng", "billion đồng"),
}

# Codes the site does not print as a word of their own, named here so that the schemas' hover text
# (``enumDescriptions``, written by ``python -m linter.schemadocs``) comes from this file too.

#: How a signer signs, in full: the meaning, then the abbreviation the site prints (SIGNER_MODES).
SIGNING_MODES = {
    code: (f"{vi} ({SIGNER_MODES[code][0]})", SIGNER_MODES[code][1])
    for code, vi in (("tm", "thay mặt"), ("kt", "ký thay"), ("tl", "thừa lệnh"), ("tuq", "thừa ủy quyền"))
} | {"none": ("không in hình thức ký", "no signing capacity printed")}

#: Deadline kinds (``deadline.kind``).
DEADLINE_KINDS = {
    "date": ("Một ngày cụ thể", "A given day"),
    "month": ("Một tháng", "A month"),
    "quarter": ("Một quý", "A quarter"),
    "quarter-span": ("Các quý liền nhau trong một năm (Quý III-IV/2021)", "Consecutive quarters of one year (Q3–Q4 2021)"),
    "half-year": ("Sáu tháng đầu hoặc cuối năm", "The first or second half of a year"),
    "year": ("Một năm", "A year"),
    "year-span": ("Một khoảng năm (2021-2025)", "A span of years (2021–2025)"),
    "recurring": ("Định kỳ: hằng năm, hằng quý, hằng tháng …", "Recurring: every year, quarter, month …"),
    "continuous": ("Thường xuyên, liên tục", "Ongoing"),
    "external": ("Theo lộ trình, hướng dẫn của cơ quan khác", "On a schedule or guidance set by another body"),
    "none": UI["no_deadline"],
    "unreadable": ("Có in nhưng không đọc được thành thời hạn", "Printed but not readable as a deadline"),
}

#: Why a plan cites a document (``citation.role``).
CITATION_ROLES = {
    "legal-basis": ("Căn cứ ban hành (“Căn cứ …”)", "Legal basis (“Pursuant to …”)"),
    "implements": ("Văn bản mà văn bản này thực hiện", "The document this one implements"),
    "body": ("Được dẫn trong nội dung", "Cited in the body"),
    "proposal": ("Đề nghị, tờ trình được xét (“Xét đề nghị của …”)", "The proposal acted on (“At the proposal of …”)"),
}

#: Where a document restates its own number and date (``self_reference.where``).
SELF_REFERENCE_PLACES = {
    "annex": ("Dòng “Ban hành kèm theo …” của kế hoạch", "The plan's “Issued together with …” line"),
    "appendix": ("Đầu một phụ lục (“Kèm theo Kế hoạch số …”)", "The head of an appendix (“Attached to Plan No. …”)"),
    "body": ("Trong nội dung", "In the body"),
    "footer": ("Cuối văn bản", "At the end of the document"),
}

#: Where a task is printed (``task.source``).
TASK_SOURCES = {
    "appendix": ("Một dòng của bảng phụ lục", "A row of an appendix table"),
    "body": ("Một nhiệm vụ trong phần nội dung", "A duty in the body text"),
}


def t(key: str, lang: str) -> str:
    """A UI word in ``lang``."""
    return pick(UI[key], lang)


def label(table: dict[str, tuple[str, str]], code: str | None, lang: str) -> str:
    """The label of an enum ``code``; the code itself when the table does not know it."""
    if code is None:
        return ""
    return pick(table[code], lang) if code in table else code
