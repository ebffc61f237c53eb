"""Build small throw-away corpora for rule tests.

``Project`` writes a complete project folder (pyproject.toml, registries and
plans) into a temporary directory, using the real schemas; ``lint`` runs the
real engine on it. ``base_plan()`` is a minimal plan that every rule accepts,
so a test changes one thing and shows a rule firing or staying silent.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from linter.config import load_config
from linter.engine import Report, lint

REPO = Path(__file__).resolve().parent.parent

AGENCIES: list[dict[str, Any]] = [
    {
        "id": "tinh-a/ubnd-tinh",
        "name": {"vi": "Ủy ban nhân dân tỉnh A", "en": "People's Committee of Province A"},
        "level": "tinh",
        "kind": "single",
        "aliases": ["UBND tỉnh", "ỦY BAN NHÂN DÂN TỈNH A"],
    },
    {
        "id": "tinh-a/so-noi-vu",
        "name": {"vi": "Sở Nội vụ", "en": "Department of Home Affairs"},
        "level": "tinh",
        "kind": "single",
        "aliases": ["Sở Nội vụ"],
    },
    {
        "id": "tinh-a/so-tu-phap",
        "name": {"vi": "Sở Tư pháp", "en": "Department of Justice"},
        "level": "tinh",
        "kind": "single",
        "aliases": ["Sở Tư pháp"],
    },
    {
        "id": "tinh-a/cac-so-ban-nganh",
        "name": {"vi": "Các sở, ban, ngành", "en": "Provincial departments and agencies"},
        "level": "tinh",
        "kind": "collective",
        "aliases": ["Các Sở, ban, ngành"],
    },
]
AGENCIES_B: list[dict[str, Any]] = [
    {
        "id": "tinh-b/so-noi-vu",
        "name": {"vi": "Sở Nội vụ", "en": "Department of Home Affairs"},
        "level": "tinh",
        "kind": "single",
        "aliases": ["Sở Nội vụ"],
    },
]
CENTRAL: list[dict[str, Any]] = [
    {
        "id": "trung-uong/chinh-phu",
        "name": {"vi": "Chính phủ", "en": "The Government"},
        "level": "trung-uong",
        "kind": "single",
        "aliases": ["Chính phủ"],
    },
]
DOCUMENTS: list[dict[str, Any]] = [
    {
        "id": "76-nq-cp-2021",
        "number": "76/NQ-CP",
        "type": "nghi-quyet",
        "issuer": "trung-uong/chinh-phu",
        "date": "2021-07-15",
        "year": 2021,
        "title": {"vi": "Chương trình tổng thể CCHC 2021-2030", "en": "Master programme on public administration reform 2021-2030"},
    },
    {
        "id": "76-nq-cp-2013",
        "number": "76/NQ-CP",
        "type": "nghi-quyet",
        "issuer": "trung-uong/chinh-phu",
        "date": "2013-06-13",
        "year": 2013,
        "title": {"vi": "Sửa đổi Nghị quyết 30c/NQ-CP", "en": "Amending Resolution 30c/NQ-CP"},
    },
]


def T(vi: str, en: str | None = None) -> dict[str, str]:
    return {"vi": vi, "en": en if en is not None else f"{vi} (en)"}


def base_plan(
    slug: str = "tinh-a-100-kh-ubnd-2022", number: str = "100/KH-UBND", date: str = "2022-01-10", period: tuple[int, int] = (2022, 2025)
) -> dict[str, Any]:
    """A minimal plan every rule accepts."""
    return {
        "slug": slug,
        "province": "tinh-a",
        "issuer": {"agency": "tinh-a/ubnd-tinh", "printed": "ỦY BAN NHÂN DÂN TỈNH A"},
        "period": {"start": period[0], "end": period[1]},
        "document": {
            "number": number,
            "type": "ke-hoach",
            "issuer_printed": "ỦY BAN NHÂN DÂN TỈNH A",
            "place": "Tỉnh A",
            "date": date,
            "date_printed": "ngày 10 tháng 01 năm 2022",
            "header_present": True,
            "title": T("Kế hoạch cải cách hành chính", "Administrative reform plan"),
            "signer": {"name": "Nguyễn Văn A", "mode": "tm", "position": T("CHỦ TỊCH", "Chairman")},
        },
        "plan": {"type": "ke-hoach", "title": T("Kế hoạch cải cách hành chính", "Administrative reform plan")},
        "transcription": {"source": f"sources/tinh-a/{slug}.txt", "source_kind": "published-text", "status": "complete"},
        "citations": [
            {
                "id": "c1",
                "document": "76-nq-cp-2021",
                "role": "legal-basis",
                "section": "preamble",
                "printed": "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ",
                "number": "76/NQ-CP",
                "type": "nghi-quyet",
                "issuer_printed": "Chính phủ",
                "date": "2021-07-15",
            },
        ],
        "sections": [
            {
                "id": "I",
                "number": "I.",
                "heading": T("MỤC TIÊU", "OBJECTIVES"),
                "sections": [
                    {"id": "I.1", "number": "1.", "heading": T("Chỉ tiêu", "Targets")},
                    {"id": "I.2", "number": "2.", "heading": T("Nhiệm vụ", "Tasks")},
                ],
            },
            {"id": "II", "number": "II.", "heading": T("TỔ CHỨC THỰC HIỆN", "IMPLEMENTATION")},
        ],
        "targets": [
            {
                "id": "t1",
                "indicator": "SATISFACTION-ADMIN",
                "comparator": "at-least",
                "value": 85,
                "unit": "percent",
                "year": 2023,
                "scope": {"level": "toan-tinh"},
                "section": "I.1",
                "printed": T("Đến năm 2023 đạt tối thiểu 85%", "By 2023 at least 85%"),
            },
            {
                "id": "t2",
                "indicator": "SATISFACTION-ADMIN",
                "comparator": "at-least",
                "value": 90,
                "unit": "percent",
                "year": 2025,
                "scope": {"level": "toan-tinh"},
                "section": "I.1",
                "printed": T("Đến năm 2025 đạt tối thiểu 90%", "By 2025 at least 90%"),
            },
            {
                "id": "t3",
                "indicator": "PAR-INDEX",
                "comparator": "top",
                "value": 10,
                "unit": "rank",
                "period": {"start": 2022, "end": 2025},
                "scope": {"level": "tinh"},
                "section": "I.1",
                "printed": T("Trong nhóm 10 tỉnh dẫn đầu", "Among the top 10 provinces"),
            },
        ],
        "tasks": [
            {
                "id": "B.I.2.1",
                "number": "1",
                "section": "I.2",
                "source": "body",
                "text": T("Rà soát văn bản", "Review legal documents"),
                "lead": [{"agency": "tinh-a/so-tu-phap", "printed": "Sở Tư pháp"}],
                "cooperating": [{"agency": "tinh-a/so-noi-vu", "printed": "Sở Nội vụ"}],
                "deadline": {"kind": "quarter", "printed": "Quý IV/2022", "quarter": 4, "year": 2022},
            },
            {
                "id": "B.I.2.2",
                "number": "2",
                "section": "I.2",
                "source": "body",
                "text": T("Kiểm tra CCHC", "Inspect reform work"),
                "lead": [{"agency": "tinh-a/so-noi-vu", "printed": "Sở Nội vụ"}],
                "deadline": {"kind": "recurring", "printed": "Hàng năm", "every": "year"},
            },
        ],
    }


@dataclass
class Project:
    root: Path
    plans: dict[str, dict[str, Any]] = field(default_factory=dict)
    agencies: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {
            "tinh-a": copy.deepcopy(AGENCIES),
            "tinh-b": copy.deepcopy(AGENCIES_B),
            "trung-uong": copy.deepcopy(CENTRAL),
        }
    )
    documents: list[dict[str, Any]] = field(default_factory=lambda: copy.deepcopy(DOCUMENTS))
    #: Provinces over time (the ``provinces`` of registry/agencies/provinces.yaml); none by default.
    provinces: list[dict[str, Any]] = field(default_factory=list)
    pyproject_extra: str = ""
    #: Source texts (str, or bytes written as they are) by project-relative path; None: no file.
    #: A plan's source not given here is written from the plan's own texts, so the provenance
    #: rules accept it.
    sources: dict[str, str | bytes | None] = field(default_factory=dict)

    def add(self, plan: dict[str, Any]) -> dict[str, Any]:
        self.plans[plan["slug"]] = plan
        return plan

    def plan_path(self, slug: str) -> str:
        return f"plans/{self.plans[slug]['province']}/{slug}.yaml"

    def write(self) -> Path:
        yaml = YAML()
        yaml.default_flow_style = False
        yaml.width = 4096
        (self.root / "pyproject.toml").write_text(
            f'[tool.cchc]\nplans = "plans"\nregistry = "registry"\nschema = "{(REPO / "schema").as_posix()}"\n{self.pyproject_extra}\n',
            encoding="utf-8",
        )
        reg = self.root / "registry"
        for kind in ("agencies", "indicators", "documents"):
            (reg / kind).mkdir(parents=True, exist_ok=True)
        for scope, items in self.agencies.items():
            with open(reg / "agencies" / f"{scope}.yaml", "w", encoding="utf-8") as fh:
                yaml.dump({"scope": scope, "agencies": items}, fh)
        if self.provinces:
            with open(reg / "agencies" / "provinces.yaml", "w", encoding="utf-8") as fh:
                yaml.dump({"scope": "trung-uong", "agencies": [], "provinces": self.provinces}, fh)
        (reg / "indicators" / "core.yaml").write_text(
            (REPO / "registry" / "indicators" / "core.yaml").read_text(encoding="utf-8"), encoding="utf-8"
        )
        with open(reg / "documents" / "docs.yaml", "w", encoding="utf-8") as fh:
            yaml.dump({"documents": self.documents}, fh)
        for slug, plan in self.plans.items():
            p = self.root / self.plan_path(slug)
            p.parent.mkdir(parents=True, exist_ok=True)
            with open(p, "w", encoding="utf-8") as fh:
                yaml.dump(json.loads(json.dumps(plan)), fh)
            source = (plan.get("transcription") or {}).get("source")
            if isinstance(source, str) and source not in self.sources:
                self._write_source(source, source_text(plan))
        for path, text in self.sources.items():
            if text is not None:
                self._write_source(path, text)
        return self.root

    def _write_source(self, relative: str, text: str | bytes) -> None:
        target = (self.root / relative).resolve()
        if (self.root / "sources").resolve() not in target.parents:
            return  # a path that leaves sources/ is the test's subject, never a file to write
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))

    def lint(self, *targets: str, today: Any = None) -> Report:
        self.write()
        return lint(load_config(self.root), [self.root / t for t in targets], today=today)


def registry_provinces() -> list[dict[str, Any]]:
    """The project's own provinces over time (63 until 30 June 2025, 34 from 1 July 2025)."""
    data = YAML(typ="safe").load((REPO / "registry" / "agencies" / "provinces.yaml").read_text(encoding="utf-8"))
    return copy.deepcopy(data["provinces"])


def source_text(plan: dict[str, Any]) -> str:
    """A source text that holds every Vietnamese string of ``plan``, in its order: one per line."""
    from linter.provenance import pieces_of

    return "\n".join(p.text for p in pieces_of(json.loads(json.dumps(plan)))) + "\n"


def codes(report: Report, code: str | None = None, *, include_acknowledged: bool = False) -> list[tuple[str, str, int]]:
    """(rule, path, line) of each result, optionally only those of one rule."""
    return [
        (r.finding.rule, r.finding.location.path, r.finding.location.line)
        for r in report.results
        if (code is None or r.finding.rule == code) and (include_acknowledged or not r.acknowledged)
    ]


def line_of(project: Project, slug: str, needle: str, occurrence: int = 1) -> int:
    """1-based line of the ``occurrence``-th line containing ``needle`` in a written plan."""
    lines = (project.root / project.plan_path(slug)).read_text(encoding="utf-8").split("\n")
    seen = 0
    for i, line in enumerate(lines, start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return i
    raise AssertionError(f"{needle!r} not found")
