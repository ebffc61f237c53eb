"""Provenance rules CC601–CC605: each fires on a small project and stays silent on a near miss."""

from __future__ import annotations

import pytest

from ..ruletools import Project, base_plan, codes, line_of, source_text

SLUG = "tinh-a-100-kh-ubnd-2022"
SOURCE = f"sources/tinh-a/{SLUG}.txt"
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


@pytest.fixture
def project(tmp_path):
    return Project(tmp_path)


def _findings(report, code):
    return [r for r in report.results if r.finding.rule == code and not r.acknowledged]


# CC601 ---------------------------------------------------------------------


def test_cc601_fires_on_a_changed_word_and_says_where_it_differs(project):
    plan = project.add(base_plan())
    project.sources[SOURCE] = source_text(plan).replace("MỤC TIÊU", "MỤC ĐÍCH")
    found = _findings(project.lint(), "CC601")
    assert [(r.finding.location.line) for r in found] == [line_of(project, SLUG, "vi: MỤC TIÊU")]
    params = found[0].finding.params
    assert params["variant"] == "partial" and params["differs"].startswith("TIÊU") and params["there"].startswith("ĐÍCH")
    assert found[0].severity == "error"


def test_cc601_silent_on_line_breaks_cell_separators_and_tone_placement(project):
    plan = project.add(base_plan())
    plan["sections"][0]["paragraphs"] = [{"vi": "Nâng cao chất lượng hòa giải ở cơ sở", "en": "Improve grassroots mediation"}]
    text = source_text(plan).replace("Nâng cao chất lượng hòa giải ở cơ sở", "Nâng cao chất\n|\nlượng  hoà giải\nở cơ sở")
    project.sources[SOURCE] = text
    assert codes(project.lint(), "CC601") == []


def test_cc601_paraphrase_is_exempt(project):
    plan = project.add(base_plan())
    project.sources[SOURCE] = source_text(plan)
    plan["sections"][1]["paragraphs"] = [{"vi": "Tóm tắt của người chép", "en": "The editor's summary", "paraphrase": True}]
    assert codes(project.lint(), "CC601") == []
    plan["sections"][1]["paragraphs"][0].pop("paraphrase")
    assert codes(project.lint(), "CC601") == [("CC601", project.plan_path(SLUG), line_of(project, SLUG, "vi: Tóm tắt của người chép"))]


def test_cc601_is_information_while_the_transcription_is_a_draft(project):
    plan = project.add(base_plan())
    plan["transcription"]["status"] = "draft"
    project.sources[SOURCE] = source_text(plan).replace("MỤC TIÊU", "MỤC ĐÍCH")
    report = project.lint()
    assert [r.severity for r in _findings(report, "CC601")] == ["info"]
    assert report.exit_code == 0


def test_cc601_ocr_source_through_uncertain_readings(project):
    plan = project.add(base_plan())
    plan["transcription"]["source_kind"] = "ocr"
    plan["sections"][1]["heading"] = {"vi": "TỔ CHỨC THỰC HIỆN", "en": "IMPLEMENTATION"}
    # the scan lost the diacritics and read "THỰC" as "THU'C": no reading explains it yet
    ocr = source_text(plan).replace("TỔ CHỨC THỰC HIỆN", "TO CHUC THU'C HIEN")
    project.sources[SOURCE] = ocr
    plan["sections"][1]["heading"] = {"vi": "TỔ CHỨC", "en": "ORGANISATION"}
    ocr_short = ocr.replace("TO CHUC THU'C HIEN", "T0 CHUC")
    project.sources[SOURCE] = ocr_short
    # 7 characters, one wrong: no tolerance for so short a text
    assert codes(project.lint(), "CC601") == [("CC601", project.plan_path(SLUG), line_of(project, SLUG, "vi: TỔ CHỨC"))]
    plan["sections"][1]["uncertain"] = [{"raw": "T0 CHUC", "reading": "TỔ CHỨC"}]
    assert codes(project.lint(), "CC601") == []  # the recorded reading explains it
    plan["sections"][1].pop("uncertain")
    plan["sections"][1]["heading"] = {"vi": "TỔ CHỨC THỰC HIỆN", "en": "IMPLEMENTATION"}
    project.sources[SOURCE] = ocr
    assert codes(project.lint(), "CC601") == []  # diacritics ignored, OCR noise tolerated


# CC602 ---------------------------------------------------------------------


def test_cc602_reports_each_uncovered_span_with_its_lines(project):
    plan = project.add(base_plan())
    project.sources[SOURCE] = MOTTO + source_text(plan) + "Nơi nhận:\n- Như trên;\n"
    found = _findings(project.lint(), "CC602")
    assert [r.finding.params["lines"] for r in found] == [
        "1–2",
        f"{source_text(plan).count(chr(10)) + 3}–{source_text(plan).count(chr(10)) + 4}",
    ]
    assert found[0].finding.params["quote"].startswith("CỘNG HÒA XÃ HỘI")
    assert found[0].finding.related[0].path == SOURCE and found[0].finding.related[0].line == 1


def test_cc602_acknowledged_by_quote_only(project):
    plan = project.add(base_plan())
    project.sources[SOURCE] = MOTTO + source_text(plan)
    reason = {"vi": "Quốc hiệu, tiêu ngữ.", "en": "The national motto."}
    plan["transcription"]["acknowledgements"] = [{"rule": "CC602", "quote": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "reason": reason}]
    report = project.lint()
    assert codes(report, "CC602") == [] and codes(report, "CC901") == []
    # an acknowledgement quoting words that are not in any uncovered span is stale
    plan["transcription"]["acknowledgements"] = [{"rule": "CC602", "quote": "Không có chữ này", "reason": reason}]
    report = project.lint()
    stale = [
        ("CC602", project.plan_path(SLUG), line_of(project, SLUG, f"source: {SOURCE}")),
        ("CC901", project.plan_path(SLUG), line_of(project, SLUG, "- rule: CC602")),
    ]
    assert codes(report, "CC602") + codes(report, "CC901") == stale
    # without a quote it covers nothing: a blanket acknowledgement would hide every missing span
    plan["transcription"]["acknowledgements"] = [{"rule": "CC602", "reason": reason}]
    report = project.lint()
    assert codes(report, "CC602") + codes(report, "CC901") == stale


def test_cc602_silent_when_everything_is_transcribed(project):
    project.add(base_plan())
    assert codes(project.lint(), "CC602") == []


# CC603 ---------------------------------------------------------------------


def test_cc603_paragraph_in_the_wrong_place(project):
    plan = project.add(base_plan())
    closing = {"vi": "Trên đây là Kế hoạch cải cách hành chính năm 2022 của tỉnh.", "en": "The above is the province's 2022 plan."}
    first = {"vi": "- Nâng cao chất lượng giải quyết thủ tục hành chính.", "en": "- Improve the handling of procedures."}
    plan["sections"][1]["paragraphs"] = [first, closing]
    project.sources[SOURCE] = source_text(plan)
    assert codes(project.lint(), "CC603") == []
    plan["sections"][0]["paragraphs"] = [closing]  # moved to section I
    plan["sections"][1]["paragraphs"] = [first]
    found = codes(project.lint(), "CC603")
    assert found == [("CC603", project.plan_path(SLUG), line_of(project, SLUG, "Trên đây là"))]


# CC604 ---------------------------------------------------------------------


def test_cc604_number_printed_but_not_cited(project):
    plan = project.add(base_plan())
    extra = "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2022 và Nghị quyết số 09-NQ/TU của Tỉnh ủy.\n"
    project.sources[SOURCE] = source_text(plan) + extra
    plan["sections"][1]["paragraphs"] = [{"vi": extra.strip(), "en": "Implementing Plan No. 12/KH-UBND and Resolution No. 09-NQ/TU."}]
    found = _findings(project.lint(), "CC604")
    assert [r.finding.params["number"] for r in found] == ["12/KH-UBND", "09-NQ/TU"]
    plan["transcription"]["acknowledgements"] = [
        {"rule": "CC604", "quote": "09-NQ/TU", "reason": {"vi": "Không có trong danh mục.", "en": "Not registered."}}
    ]
    assert [r.finding.params["number"] for r in _findings(project.lint(), "CC604")] == ["12/KH-UBND"]


def test_cc604_normal_form_ignores_spacing(project):
    plan = project.add(base_plan())
    plan["citations"][0]["printed"] = "Nghị quyết số 76/NQ- CP ngày 15/7/2021 của Chính phủ"
    project.sources[SOURCE] = source_text(plan)
    assert codes(project.lint(), "CC604") == []


# CC605 ---------------------------------------------------------------------


def test_cc605_missing_source(project):
    plan = project.add(base_plan())
    plan["transcription"]["source"] = "sources/tinh-a/khong-co.txt"
    project.sources["sources/tinh-a/khong-co.txt"] = None
    report = project.lint()
    found = _findings(report, "CC605")
    assert [r.finding.params["variant"] for r in found] == ["missing"] and found[0].severity == "error"


def test_cc605_never_reads_outside_the_sources_folder(project, tmp_path_factory):
    secret = tmp_path_factory.mktemp("outside") / "secret.txt"
    secret.write_text("TOKEN=abc123\n", encoding="utf-8")
    plan = project.add(base_plan())
    project.write()
    link = project.root / "sources" / "tinh-a" / "link.txt"
    link.symlink_to(secret)
    plan["transcription"]["source"] = "sources/tinh-a/link.txt"
    plan["sections"][0]["heading"] = {"vi": "TOKEN=abc123", "en": "x"}
    report = project.lint()
    assert [r.finding.params["variant"] for r in _findings(report, "CC605")] == ["outside"]
    assert codes(report, "CC601") == []  # nothing was compared with the linked file
    plan["transcription"]["source"] = "sources/../pyproject.toml"
    assert [r.finding.params["variant"] for r in _findings(project.lint(), "CC605")] == ["outside"]


def test_cc605_not_utf8(project):
    project.add(base_plan())
    project.sources[SOURCE] = b"\xff\xfe K\x00"
    report = project.lint()
    assert [r.finding.params["variant"] for r in _findings(report, "CC605")] == ["encoding"]


def test_cc605_plan_without_a_source(project):
    plan = project.add(base_plan())
    plan.pop("transcription")
    found = _findings(project.lint(), "CC605")
    assert [(r.finding.params["variant"], r.severity) for r in found] == [("none", "warning")]


def test_cc605_silent_with_a_readable_source(project):
    project.add(base_plan())
    assert codes(project.lint(), "CC605") == []
