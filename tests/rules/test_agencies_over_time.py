"""Agencies and provinces over time: CC114 (a task for an agency that had ceased), CC305 against the
provinces in force in the target's year, and the registry's own record of the 2025 arrangement."""

from __future__ import annotations

from pathlib import Path

from linter.config import load_config
from linter.corpus import load_corpus
from linter.validity import ending, in_force, most_provinces_in, provinces_in_force

from ..ruletools import REPO, T, base_plan, codes, line_of, registry_provinces

SLUG_2025 = "tinh-a-100-kh-ubnd-2025"


def plan_2025(project, date="2025-08-01"):
    """A plan issued after 1 July 2025 whose second task is led by the district level."""
    plan = base_plan(slug=SLUG_2025, date=date, period=(2025, 2026))
    plan["tasks"][1]["lead"] = [{"agency": "tinh-a/ubnd-cap-huyen", "printed": "UBND cấp huyện"}]
    return project.add(plan)


def with_district_level(project, **fields):
    project.agencies["tinh-a"].append(
        {
            "id": "tinh-a/ubnd-cap-huyen",
            "name": T("Ủy ban nhân dân cấp huyện", "District People's Committees"),
            "short": "UBND cấp huyện",
            "level": "huyen",
            "kind": "collective",
            "valid_until": "2025-06-30",
            **fields,
        }
    )


def cc114(report):
    return [r.finding for r in report.results if r.finding.rule == "CC114"]


# -- CC114 ------------------------------------------------------------------------------------


def test_cc114_district_level_given_a_task_after_it_ended(project):
    with_district_level(project)
    plan_2025(project)
    report = project.lint()
    assert codes(report, "CC114") == [("CC114", project.plan_path(SLUG_2025), line_of(project, SLUG_2025, "agency: tinh-a/ubnd-cap-huyen"))]
    (f,) = cc114(report)
    assert f.params["variant"] == "no-successor"
    assert (f.params["agency"], f.params["date"], f.params["until"]) == ("tinh-a/ubnd-cap-huyen", "2025-08-01", "2025-06-30")
    assert f.related[0].path == "registry/agencies/tinh-a.yaml"


def test_cc114_names_the_successor_agency(project):
    with_district_level(project, successors=["tinh-a/ubnd-tinh"])
    plan_2025(project)
    (f,) = cc114(project.lint())
    assert "variant" not in f.params
    assert f.params["successor"] == ("Ủy ban nhân dân tỉnh A", "People's Committee of Province A")


def test_cc114_agency_ends_with_its_province_and_names_the_province_successor(project):
    project.provinces = [
        {"id": "tinh-a", "name": T("Tỉnh A", "Province A"), "valid_until": "2025-06-30", "successor": "tinh-b"},
        {"id": "tinh-b", "name": T("Tỉnh B", "Province B")},
    ]
    plan = project.add(base_plan(slug=SLUG_2025, date="2025-09-15", period=(2025, 2026)))
    report = project.lint()
    found = cc114(report)
    # task 1: lead Sở Tư pháp, cooperating Sở Nội vụ; task 2: lead Sở Nội vụ — all of the ended province
    assert [(f.params["agency"], f.location.line) for f in found] == [
        ("tinh-a/so-tu-phap", line_of(project, plan["slug"], "agency: tinh-a/so-tu-phap")),
        ("tinh-a/so-noi-vu", line_of(project, plan["slug"], "agency: tinh-a/so-noi-vu", 1)),
        ("tinh-a/so-noi-vu", line_of(project, plan["slug"], "agency: tinh-a/so-noi-vu", 2)),
    ]
    assert {f.params["successor"] for f in found} == {("Tỉnh B", "Province B")}
    assert found[0].related[0].path == "registry/agencies/provinces.yaml"


def test_cc114_silent_before_the_end_and_on_its_last_day(project):
    with_district_level(project)
    plan_2025(project, date="2025-06-30")
    assert codes(project.lint(), "CC114") == []


def test_cc114_agency_that_did_not_exist_yet(project):
    project.agencies["tinh-a"].append(
        {"id": "tinh-a/so-moi", "name": T("Sở Mới", "New Department"), "level": "tinh", "kind": "single", "valid_from": "2025-07-01"}
    )
    plan = project.add(base_plan())
    plan["tasks"][0]["cooperating"] = [{"agency": "tinh-a/so-moi", "printed": "Sở Mới"}]
    (f,) = cc114(project.lint())
    assert (f.params["variant"], f.params["since"], f.location.line) == (
        "before",
        "2025-07-01",
        line_of(project, plan["slug"], "agency: tinh-a/so-moi"),
    )


# -- CC305 against the provinces in force -----------------------------------------------------


def rank_plan(project, value, year):
    plan = project.add(base_plan())
    plan["targets"][2].pop("period")
    plan["targets"][2].update(value=value, year=year)
    return plan


def test_cc305_rank_beyond_the_34_provinces_of_2026(project):
    project.provinces = registry_provinces()
    plan = rank_plan(project, 40, 2026)
    report = project.lint()
    assert codes(report, "CC305") == [("CC305", project.plan_path(plan["slug"]), line_of(project, plan["slug"], "value: 40"))]
    (f,) = [r.finding for r in report.results if r.finding.rule == "CC305"]
    assert (f.params["max"], f.params["year"]) == (34, 2026)


def test_cc305_rank_40_is_fine_in_2025_the_year_of_the_arrangement(project):
    project.provinces = registry_provinces()
    rank_plan(project, 40, 2025)
    assert codes(project.lint(), "CC305") == []


def test_cc305_without_provinces_only_the_lower_bound(project):
    plan = rank_plan(project, 70, 2026)
    assert codes(project.lint(), "CC305") == []
    plan["targets"][2]["value"] = 0
    report = project.lint()
    assert codes(report, "CC305") == [("CC305", project.plan_path(plan["slug"]), line_of(project, plan["slug"], "value: 0"))]
    assert [r.finding.params.get("variant") for r in report.results if r.finding.rule == "CC305"] == ["below"]


def test_no_province_count_in_code():
    from linter.rules import _targets, cc305_rank_out_of_range

    assert not hasattr(_targets, "PROVINCES") and not hasattr(cc305_rank_out_of_range, "PROVINCES")


# -- the registry's record of the 2025 arrangement ---------------------------------------------


def real_corpus():
    return load_corpus(load_config(REPO)).corpus


def test_registry_counts_63_provinces_until_june_2025_and_34_after():
    corpus = real_corpus()
    assert provinces_in_force(corpus, "2025-06-30") == 63
    assert provinces_in_force(corpus, "2025-07-01") == 34
    assert (most_provinces_in(corpus, 2024), most_provinces_in(corpus, 2025), most_provinces_in(corpus, 2026)) == (63, 63, 34)


def test_registry_successors_of_the_merged_provinces():
    corpus = real_corpus()
    for old, new in (("ba-ria-vung-tau", "ho-chi-minh"), ("bac-giang", "bac-ninh"), ("bac-lieu", "ca-mau")):
        p = corpus.provinces[old]
        assert (p.valid_until, p.successor) == ("2025-06-30", new)
        assert corpus.provinces[new].valid_until is None
        source = p.sources.of("successor")
        assert source is not None and source.document in corpus.documents
    for p in corpus.provinces.values():
        assert p.successor is None or corpus.provinces[p.successor].valid_until is None, p.id


def test_registry_district_level_ends_on_30_june_2025_with_its_source():
    corpus = real_corpus()
    district = [a for a in corpus.agencies.values() if a.level == "huyen"]
    assert district and all(a.valid_until == "2025-06-30" for a in district)
    for a in district:
        source = a.sources.of("valid_until")
        assert source is not None and source.document == "luat-to-chuc-chinh-quyen-dia-phuong-2025"
    assert corpus.documents["luat-to-chuc-chinh-quyen-dia-phuong-2025"].number == "72/2025/QH15"
    assert corpus.documents["202-2025-qh15-2025"].date == "2025-06-12"


def test_agency_of_a_merged_province_ends_with_it():
    corpus = real_corpus()
    end = ending(corpus, corpus.agencies["ba-ria-vung-tau/so-noi-vu"])
    assert end is not None and (end.until, end.why, end.province_successor and end.province_successor.id) == (
        "2025-06-30",
        "province",
        "ho-chi-minh",
    )
    assert ending(corpus, corpus.agencies["ha-tinh/so-noi-vu"]) is None


def test_in_force_includes_both_ends():
    assert in_force("2025-07-01", None, "2025-07-01") and in_force(None, "2025-06-30", "2025-06-30")
    assert not in_force(None, "2025-06-30", "2025-07-01") and not in_force("2025-07-01", None, "2025-06-30")


def test_province_file_is_registry_data(tmp_path: Path):
    """The provinces live in an agency registry file and are validated by its schema."""
    text = (REPO / "registry" / "agencies" / "provinces.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schema/agencies.schema.json")


def test_cc111_province_declared_twice(project):
    project.provinces = [{"id": "tinh-a", "name": T("Tỉnh A", "Province A")}, {"id": "tinh-a", "name": T("Tỉnh A", "Province A")}]
    project.add(base_plan())
    report = project.lint()
    found = [r.finding for r in report.results if r.finding.rule == "CC111"]
    assert [(f.location.path, f.location.pointer, f.params["id"]) for f in found] == [
        ("registry/agencies/provinces.yaml", "/provinces/1", "tinh-a")
    ]
