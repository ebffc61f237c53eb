"""Every word the site shows that does not come from the data, in both languages."""

from __future__ import annotations

from ..catalogue import UI as CATALOGUE_UI

LANGS = ("vi", "en")

UI: dict[str, tuple[str, str]] = {
    "plans": ("Kế hoạch", "Plans"),
    "plan": ("Kế hoạch", "Plan"),
    "provinces": ("Tỉnh, thành phố", "Provinces"),
    "province": ("Tỉnh", "Province"),
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
    "chart": ("Biểu đồ chỉ tiêu theo năm", "Targets by year"),
    "chart_note": (
        "Mỗi điểm tròn là một chỉ tiêu, đường nối các mốc của cùng một kế hoạch; điểm vuông là kết quả văn bản báo cáo cho năm đã qua. Bảng số liệu ở dưới.",
        "Each dot is a target, lines join the milestones of one plan; squares are results a document reports for past years. The data tables follow.",
    ),
    "cited_by": ("Các kế hoạch dẫn văn bản này", "Plans citing this document"),
    "mismatch": ("khác với", "differs from"),
    "registry_value": ("Theo danh mục", "Per the registry"),
    "title": ("Trích yếu", "Title"),
    "count": ("Số lượng", "Count"),
    "all_findings": ("Tất cả phát hiện", "All findings"),
    "by_rule": ("Theo quy tắc", "By rule"),
    "by_plan": ("Theo kế hoạch", "By plan"),
    "family": ("Nhóm", "Family"),
    "default_severity": ("Mức mặc định", "Default severity"),
    "summary": ("Tóm tắt", "Summary"),
    "stats_plans": ("kế hoạch", "plans"),
    "stats_provinces": ("tỉnh", "provinces"),
    "stats_tasks": ("nhiệm vụ", "tasks"),
    "stats_targets": ("chỉ tiêu", "targets"),
    "stats_citations": ("trích dẫn", "citations"),
    "stats_findings": ("phát hiện", "findings"),
    "stats_acknowledged": ("đã xác nhận", "acknowledged"),
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
    "results_series": ("kết quả", "results"),
    "download_source": ("Văn bản nguồn (TXT)", "Source text (TXT)"),
}

#: Transcription statuses, as Wikisource marks pages.
TRANSCRIPTION = {
    "draft": ("Bản nháp: đang chép", "Draft: being transcribed"),
    "complete": ("Đã chép đủ", "Complete"),
    "reviewed": ("Đã đối chiếu (người thứ hai)", "Reviewed by a second person"),
}
SOURCE_KINDS = {"published-text": ("Văn bản công bố", "Text as published"), "ocr": ("Bản quét nhận dạng chữ (OCR)", "OCR of a scan")}

# Plan statuses and severities: the linter catalogue's own words, so the site and the reports agree.
STATUS = {k: CATALOGUE_UI[f"status.{k}"] for k in ("ok", "advisory", "failing")}
SEVERITY = {k: CATALOGUE_UI[k] for k in ("error", "warning", "info")}

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
BETTER = {"higher": ("Cao hơn là tốt hơn", "Higher is better"), "lower": ("Thấp hơn là tốt hơn", "Lower is better")}
SIGNER_MODES = {"tm": "TM.", "kt": "KT.", "tl": "TL.", "tuq": "TUQ.", "none": ""}

PROVINCES = {
    "ba-ria-vung-tau": ("Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    "ha-tinh": ("Hà Tĩnh", "Hà Tĩnh"),
    "ca-mau": ("Cà Mau", "Cà Mau"),
    "bac-ninh": ("Bắc Ninh", "Bắc Ninh"),
    "trung-uong": ("Trung ương", "Central government"),
}


def t(key: str, lang: str) -> str:
    """A UI word in ``lang``."""
    return pick(UI[key], lang)


def pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def label(table: dict[str, tuple[str, str]], code: str | None, lang: str) -> str:
    """The label of an enum ``code``; the code itself when the table does not know it."""
    if code is None:
        return ""
    return pick(table[code], lang) if code in table else code
