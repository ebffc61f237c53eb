"""Counts against lists (CC420), one document under two names (CC120), a collective lead with its own
member cooperating (CC220), index acronyms in prose (CC320), and the one text normalisation they share."""

from __future__ import annotations

import unicodedata
from typing import Any

from linter.rules._text import introduces_list, marker
from linter.rules.cc120_citation_title_mismatch import same_subject
from linter.rules.cc420_count_differs_from_list import printed_count
from linter.textnorm import canonical, key

from ..ruletools import T, base_plan, codes, line_of

SLUG = "tinh-a-100-kh-ubnd-2022"
SLUG_B = "tinh-a-200-kh-ubnd-2023"


def _params(report: Any, code: str) -> list[dict[str, Any]]:
    return [dict(r.finding.params) for r in report.results if r.finding.rule == code and not r.acknowledged]


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# --- CC420: a printed count and the list after it ---------------------------------------------------


def _listed(plan: dict[str, Any], intro: str, *items: str) -> None:
    plan["sections"][1]["paragraphs"] = [T(intro), *[T(i) for i in items]]


def test_cc420_zero_padded_count_with_one_item_missing(project):
    plan = project.add(base_plan())
    _listed(plan, "Năm 2022 tập trung vào 03 nền tảng sau:", "- Thể chế;", "- Nhân lực.")
    report = project.lint()
    assert codes(report, "CC420") == [("CC420", project.plan_path(SLUG), line_of(project, SLUG, "03 nền tảng"))]
    assert _params(report, "CC420") == [{"printed": "03 nền tảng", "count": 3, "listed": 2}]


def test_cc420_number_word_and_gom(project):
    plan = project.add(base_plan())
    _listed(plan, "Hai nhóm giải pháp gồm", "a) Nhóm giải pháp về thể chế;", "b) Nhóm giải pháp về nhân lực;", "c) Nhóm về tài chính.")
    assert _params(project.lint(), "CC420") == [{"printed": "Hai nhóm giải pháp", "count": 2, "listed": 3}]


def test_cc420_nested_items_of_another_marker_are_not_counted(project):
    plan = project.add(base_plan())
    _listed(
        plan,
        "Thực hiện 05 nhiệm vụ trọng tâm sau đây:",
        "- Cải cách thể chế;",
        "+ Rà soát văn bản;",
        "+ Xây dựng văn bản mới;",
        "- Cải cách thủ tục hành chính;",
        "- Cải cách tổ chức bộ máy;",
        "- Cải cách chế độ công vụ;",
        "- Cải cách tài chính công.",
        "Kinh phí do ngân sách tỉnh bảo đảm.",
    )
    assert codes(project.lint(), "CC420") == []


def test_cc420_last_paragraph_announces_the_subsections(project):
    plan = project.add(base_plan())
    plan["sections"][0]["paragraphs"] = [T("Kế hoạch đặt ra ba mục tiêu như sau:")]
    report = project.lint()
    assert codes(report, "CC420") == [("CC420", project.plan_path(SLUG), line_of(project, SLUG, "ba mục tiêu"))]
    assert _params(report, "CC420") == [{"printed": "ba mục tiêu", "count": 3, "listed": 2}]


def test_cc420_objectives_listed_after_an_objective(project):
    plan = project.add(base_plan())
    plan["objectives"] = [
        {"id": "o1", "section": "I", "text": T("Phấn đấu hoàn thành 04 chỉ tiêu:")},
        {"id": "o2", "section": "I", "text": T("- 100% thủ tục hành chính được công khai;")},
        {"id": "o3", "section": "I", "text": T("- 90% hồ sơ giải quyết đúng hạn.")},
        {"id": "o4", "section": "I.1", "text": T("- Một mục tiêu của mục khác.")},
    ]
    report = project.lint()
    assert codes(report, "CC420") == [("CC420", project.plan_path(SLUG), line_of(project, SLUG, "04 chỉ tiêu"))]
    assert _params(report, "CC420") == [{"printed": "04 chỉ tiêu", "count": 4, "listed": 2}]


def test_cc420_silent_when_the_count_matches_or_is_not_a_list(project):
    plan = project.add(base_plan())
    plan["sections"][1]["paragraphs"] = [
        T("Tập trung vào 02 nền tảng sau:"),
        T("- Thể chế;"),
        T("- Nhân lực."),
        T("Triển khai ít nhất 03 nhiệm vụ sau:"),  # a bound, not the size of the list
        T("- Một;"),
        T("Thực hiện 06 nội dung, trong đó:"),  # a part of the whole
        T("- Cải cách thể chế;"),
        T("Tập trung vào 06 nội dung, đó là: Cải cách thể chế; Cải cách thủ tục hành chính."),  # inline list
        T("Năm 2022 hoàn thành 03 nhiệm vụ."),  # announces nothing
    ]
    assert codes(project.lint(), "CC420") == []


def test_cc420_reads_nfd_and_old_tone_placement():
    assert printed_count(_nfd("Thực hiện hai nhóm giải pháp sau:")) == (2, "hai nhóm giải pháp")
    assert printed_count("Ba khâu đột phá về cải cách hoà nhập như sau:") == (3, "Ba khâu đột phá")
    assert printed_count("Hoàn thành trong năm 2022 các nhiệm vụ sau:") is None
    assert printed_count("Triển khai một số nhiệm vụ sau:") is None
    assert introduces_list("Các nhiệm vụ gồm") and introduces_list("như sau:") and not introduces_list("Hoàn thành.")
    assert [marker(t) for t in ("- a", "+ b", "a) c", "1. d", "Văn bản")] == ["dash", "plus", "letter", "number", None]


# --- CC120: one document, two titles or kinds ------------------------------------------------------


def _cite(cid: str, printed: str, section: str = "I") -> dict[str, Any]:
    return {
        "id": cid,
        "document": "76-nq-cp-2021",
        "role": "body",
        "section": section,
        "printed": printed,
        "number": "76/NQ-CP",
        "type": "nghi-quyet",
        "issuer_printed": "Chính phủ",
        "date": "2021-07-15",
    }


def test_cc120_different_subjects_across_plans(project):
    project.add(base_plan())
    other = project.add(base_plan(slug=SLUG_B, number="200/KH-UBND", date="2023-01-10", period=(2023, 2025)))
    other["citations"][0]["printed"] = "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về tinh giản biên chế"
    project.plans[SLUG]["citations"][0]["printed"] = (
        "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính"
    )
    report = project.lint()
    found = [
        (r.finding.location.path, r.finding.location.line, dict(r.finding.params)) for r in report.results if r.finding.rule == "CC120"
    ]
    first_line = line_of(project, SLUG, "Chương trình tổng thể")
    assert found == [
        (
            project.plan_path(SLUG_B),
            line_of(project, SLUG_B, "tinh giản biên chế"),
            {
                "document": "76/NQ-CP",
                "printed": "về tinh giản biên chế",
                "other_text": "ban hành Chương trình tổng thể cải cách hành chính",
                "other_plan": "100/KH-UBND",
                "other_citation": "c1",
            },
        )
    ]
    related = next(r.finding.related for r in report.results if r.finding.rule == "CC120")
    assert [(loc.path, loc.line) for loc in related] == [(project.plan_path(SLUG), first_line)]


def test_cc120_kind_printed_before_the_number(project):
    plan = project.add(base_plan())
    plan["citations"].append(_cite("c2", "Quy chế số 76/NQ-CP ngày 15/7/2021 của Chính phủ"))
    report = project.lint()
    assert codes(report, "CC120") == [("CC120", project.plan_path(SLUG), line_of(project, SLUG, "Quy chế số 76/NQ-CP"))]
    assert [p["variant"] for p in _params(report, "CC120")] == ["kind"]
    assert _params(report, "CC120")[0]["printed"] == "quy chế" and _params(report, "CC120")[0]["other_text"] == "nghị quyết"


def test_cc120_silent_on_link_words_acronyms_shortening_tone_placement_and_nfd(project):
    plan = project.add(base_plan())
    plan["citations"][0]["printed"] = (
        "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về việc ban hành Chương trình tổng thể cải cách hành chính nhà nước về chuyển đổi số hoá"
    )
    plan["citations"] += [
        _cite("c2", "Nghị quyết số 76/NQ-CP của Chính phủ về Chương trình tổng thể CCHC nhà nước về chuyển đổi số hóa"),
        _cite(
            "c3",
            _nfd("Nghị quyết số 76/NQ-CP ngày 15/7/2021 về Chương trình tổng thể cải cách hành chính nhà nước về chuyển đổi số hoá (CĐS)"),
        ),
        _cite("c4", "Nghị quyết 76/NQ-CP phê duyệt Chương trình tổng thể cải cách hành chính"),  # shortened
        _cite("c5", "Chương trình tổng thể theo Nghị quyết"),  # no number printed: not compared
    ]
    assert codes(project.lint(), "CC120") == []


def test_same_subject_matches_acronyms_word_by_word():
    assert same_subject(key("cải cách hành chính nhà nước"), key("CCHC nhà nước"))
    assert same_subject(key("cán bộ, công chức, viên chức"), key("CBCCVC"))
    assert not same_subject(key("cơ chế tự chủ của đơn vị sự nghiệp công lập"), key("giao cơ chế tự chủ các đơn vị sự nghiệp"))


# --- CC220: a collective lead with one of its members cooperating ----------------------------------


def test_cc220_member_cooperates_on_a_task_its_collective_leads(project):
    plan = project.add(base_plan())
    plan["tasks"][0]["lead"] = [{"agency": "tinh-a/cac-so-ban-nganh", "printed": "Các Sở, ban, ngành"}]
    report = project.lint()
    assert codes(report, "CC220") == [("CC220", project.plan_path(SLUG), line_of(project, SLUG, "agency: tinh-a/so-noi-vu"))]
    assert _params(report, "CC220") == [{"task": "B.I.2.1", "agency": "Sở Nội vụ", "lead": "Các Sở, ban, ngành"}]
    assert codes(report, "CC208") == []


def test_cc220_silent_on_the_usual_reverse_wording_and_on_another_level(project):
    plan = project.add(base_plan())
    # "Sở Nội vụ chủ trì, phối hợp với các Sở, ban, ngành": the other departments.
    plan["tasks"][1]["cooperating"] = [{"agency": "tinh-a/cac-so-ban-nganh", "printed": "Các Sở, ban, ngành"}]
    project.agencies["tinh-a"].append(
        {"id": "tinh-a/ubnd-cap-huyen", "name": T("UBND cấp huyện"), "level": "huyen", "kind": "collective", "aliases": ["UBND cấp huyện"]}
    )
    plan["tasks"][0]["lead"] = [{"agency": "tinh-a/ubnd-cap-huyen", "printed": "UBND cấp huyện"}]
    assert codes(project.lint(), "CC220") == []


def test_cc220_membership_follows_the_parent(project):
    for a in project.agencies["tinh-a"]:
        if a["id"] == "tinh-a/cac-so-ban-nganh":
            a["parent"] = "tinh-a/ubnd-tinh"
    plan = project.add(base_plan())
    plan["tasks"][0]["lead"] = [{"agency": "tinh-a/cac-so-ban-nganh", "printed": "Các Sở, ban, ngành"}]
    # Sở Nội vụ has no parent in the registry: not one of the collective's members by what the registry holds.
    assert codes(project.lint(), "CC220") == []


# --- CC320: index acronyms in prose ----------------------------------------------------------------


def test_cc320_unknown_index_acronym_in_objectives_and_tasks(project):
    plan = project.add(base_plan())
    plan["objectives"] = [{"id": "o1", "section": "I", "text": T("Nâng cao chỉ số XYZQ của tỉnh.")}]
    plan["tasks"][0]["text"] = T("Cải thiện WXYZ Index của tỉnh")
    report = project.lint()
    assert codes(report, "CC320") == [
        ("CC320", project.plan_path(SLUG), line_of(project, SLUG, "Cải thiện WXYZ Index")),
        ("CC320", project.plan_path(SLUG), line_of(project, SLUG, "chỉ số XYZQ")),
    ]
    assert sorted(p["printed"] for p in _params(report, "CC320")) == ["WXYZ", "XYZQ"]


def test_cc320_known_index_named_with_another_acronym_old_tone_and_nfd(project):
    plan = project.add(base_plan())
    plan["sections"][1]["paragraphs"] = [T(_nfd("Cải thiện Chỉ số cải cách hành chính (PAPI) của tỉnh."))]
    report = project.lint()
    assert codes(report, "CC320") == [("CC320", project.plan_path(SLUG), line_of(project, SLUG, "PAPI"))]
    [found] = _params(report, "CC320")
    assert (found["variant"], found["printed"], found["indicator"], found["expected"], found["other"]) == (
        "other",
        "PAPI",
        "PAR-INDEX",
        "PAR INDEX",
        "PAPI",
    )


def test_cc320_silent_on_known_acronyms_and_on_cc309_misprints(project):
    plan = project.add(base_plan())
    plan["sections"][1]["paragraphs"] = [
        T("Cải thiện Chỉ số cải cách hành chính (PAR INDEX), chỉ số PAPI, ICT Index và Chỉ số CCHC."),
        T("Cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PIC)."),  # CC309's finding
        T("Nâng cao chất lượng dịch vụ công (DVC) và cải cách TTHC."),  # not next to an index word
    ]
    report = project.lint()
    assert codes(report, "CC320") == []
    assert [p["printed"] for p in _params(report, "CC309")] == ["PIC"]


# --- one normalisation for every comparison --------------------------------------------------------


def test_old_and_new_tone_placement_and_nfd_compare_equal():
    for old, new in (("ỦY BAN", "UỶ BAN"), ("hóa", "hoá"), ("thủy", "thuỷ"), ("khỏe", "khoẻ")):
        assert canonical(old) == canonical(new) and key(old) == key(new)
    assert key(_nfd("Sở Thông tin và Truyền thông")) == key("Sở Thông tin và Truyền thông")
    assert printed_count("Thực hiện hai nhóm giải pháp sau:") == printed_count(_nfd("Thực hiện hai nhóm giải pháp sau:"))
