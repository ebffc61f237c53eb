"""Build the typed model from validated plain data.

The functions here assume the data passed the JSON Schema (see
:mod:`linter.schema_check`); they only translate shapes, they never judge.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .loader import LoadedFile, pointer_join
from .model import (
    AckSpec,
    Agency,
    Annex,
    AnnexRef,
    Article,
    Assignment,
    Budget,
    Citation,
    Deadline,
    Document,
    FactSource,
    Header,
    Indicator,
    Mention,
    Plan,
    Province,
    ReportedResult,
    Scope,
    Section,
    SelfReference,
    Signer,
    Sourced,
    Target,
    Task,
    Text,
    Transcription,
    Uncertain,
)


def text(d: Mapping[str, Any] | None) -> Text | None:
    if not isinstance(d, dict):  # loaded data is plain dicts; a typing.Mapping check costs 10x more
        return None
    return Text(str(d.get("vi") or ""), str(d.get("en") or ""), d.get("paraphrase") is True)


def _text(d: Any) -> Text:
    return text(d) or Text("", "")


def acks(d: Mapping[str, Any], pointer: str) -> tuple[AckSpec, ...]:
    out = []
    for i, a in enumerate(d.get("acknowledgements") or ()):
        out.append(
            AckSpec(
                a["rule"],
                _text(a.get("reason")),
                a.get("expires"),
                pointer_join(pointer_join(pointer, "acknowledgements"), i),
                a.get("quote"),
            )
        )
    return tuple(out)


def mention(d: Mapping[str, Any], pointer: str) -> Mention:
    return Mention(d["agency"], d["printed"], d.get("assigned_in"), pointer)


def _leads(d: Any, pointer: str) -> tuple[Mention, ...]:
    """An assignment's parties: one mention, or a list of them."""
    if isinstance(d, list):
        return tuple(mention(m, f"{pointer}/{j}") for j, m in enumerate(d))
    return (mention(d, pointer),)


def deadline(d: Mapping[str, Any], pointer: str) -> Deadline:
    return Deadline(
        kind=d["kind"],
        printed=d.get("printed", ""),
        pointer=pointer,
        date=d.get("date"),
        year=d.get("year"),
        month=d.get("month"),
        quarter=d.get("quarter"),
        quarter_end=d.get("quarter_end"),
        half=d.get("half"),
        start_year=d.get("start_year"),
        end_year=d.get("end_year"),
        every=d.get("every"),
        periods=tuple(d.get("periods") or ()),
        authority=text(d.get("authority")),
    )


def self_reference(d: Mapping[str, Any], pointer: str) -> SelfReference:
    return SelfReference(
        where=d["where"],
        printed=d["printed"],
        text=_text(d.get("text")),
        pointer=pointer,
        section=d.get("section"),
        number=d.get("number"),
        date=d.get("date"),
        issuer_printed=d.get("issuer_printed"),
        acks=acks(d, pointer),
    )


def _annex_ref(d: Mapping[str, Any] | None) -> AnnexRef | None:
    if not d:
        return None
    return AnnexRef(annex=str(d["annex"]), printed=d.get("printed"))


def section(d: Mapping[str, Any], pointer: str) -> Section:
    subs = tuple(section(s, pointer_join(pointer_join(pointer, "sections"), i)) for i, s in enumerate(d.get("sections") or ()))
    return Section(
        id=str(d["id"]),
        number=str(d["number"]),
        pointer=pointer,
        heading=text(d.get("heading")),
        area=d.get("area"),
        paragraphs=tuple(_text(p) for p in d.get("paragraphs") or ()),
        sections=subs,
        refers_to_annex=_annex_ref(d.get("refers_to_annex")),
        acks=acks(d, pointer),
    )


def _collect_uncertain(node: Any, pointer: str, out: list[tuple[str, Uncertain]]) -> None:
    """Every ``uncertain`` note anywhere in the plan, with the pointer of its entry."""
    stack = [(node, pointer)]
    while stack:
        current, here = stack.pop()
        if type(current) is dict:
            for k, v in current.items():
                if k == "uncertain" and type(v) is list:
                    for i, u in enumerate(v):
                        if type(u) is dict:
                            out.append(
                                (f"{here}/uncertain/{i}", Uncertain(str(u.get("raw", "")), str(u.get("reading", "")), text(u.get("note"))))
                            )
                elif type(v) in (dict, list):
                    stack.append((v, pointer_join(here, k)))
        elif type(current) is list:
            for i, v in enumerate(current):
                if type(v) in (dict, list):
                    stack.append((v, f"{here}/{i}"))
    out.sort(key=lambda item: item[0])


def plan(data: Mapping[str, Any], source: LoadedFile) -> Plan:
    """Translate one schema-valid plan mapping into a :class:`Plan`."""
    doc = data["document"]
    signer = doc.get("signer")
    header = Header(
        number=doc["number"],
        type=doc["type"],
        issuer_printed=doc["issuer_printed"],
        date=doc["date"],
        title=_text(doc.get("title")),
        header_present=bool(doc.get("header_present", True)),
        pointer="/document",
        place=doc.get("place"),
        date_printed=doc.get("date_printed"),
        signer=Signer(signer["name"], signer["mode"], text(signer.get("position")), signer.get("capacity_printed")) if signer else None,
        recipients=tuple(_text(r) for r in doc.get("recipients") or ()),
        acks=acks(doc, "/document"),
    )
    citations = []
    for i, c in enumerate(data.get("citations") or ()):
        p = f"/citations/{i}"
        citations.append(
            Citation(
                id=c["id"],
                document=c["document"],
                role=c["role"],
                printed=c["printed"],
                pointer=p,
                plan=c.get("plan"),
                section=c.get("section"),
                number=c.get("number"),
                type=c.get("type"),
                issuer_printed=c.get("issuer_printed"),
                date=c.get("date"),
                year=c.get("year"),
                acks=acks(c, p),
            )
        )
    targets = []
    for i, t in enumerate(data.get("targets") or ()):
        p = f"/targets/{i}"
        sc = t["scope"]
        period = t.get("period")
        targets.append(
            Target(
                id=t["id"],
                indicator=t["indicator"],
                comparator=t["comparator"],
                value=t["value"],
                unit=t["unit"],
                scope=Scope(sc["level"], sc.get("sector"), text(sc.get("detail"))),
                printed=_text(t.get("printed")),
                pointer=p,
                value_max=t.get("value_max"),
                year=t.get("year"),
                period=(period["start"], period["end"]) if period else None,
                section=t.get("section"),
                acks=acks(t, p),
            )
        )
    tasks = []
    for i, t in enumerate(data.get("tasks") or ()):
        p = f"/tasks/{i}"
        tasks.append(
            Task(
                id=str(t["id"]),
                number=str(t["number"]),
                section=str(t["section"]),
                source=t["source"],
                text=_text(t.get("text")),
                lead=tuple(mention(m, f"{p}/lead/{j}") for j, m in enumerate(t.get("lead") or ())),
                cooperating=tuple(mention(m, f"{p}/cooperating/{j}") for j, m in enumerate(t.get("cooperating") or ())),
                pointer=p,
                area=t.get("area"),
                deadline=deadline(t["deadline"], f"{p}/deadline") if t.get("deadline") else None,
                budget=Budget(t["budget"]["printed"], f"{p}/budget", t["budget"].get("amount"), t["budget"].get("unit"))
                if t.get("budget")
                else None,
                notes=text(t.get("notes")),
                acks=acks(t, p),
            )
        )
    annexes = []
    for i, a in enumerate(data.get("annexes") or ()):
        p = f"/annexes/{i}"
        al = a.get("attached_line")
        annexes.append(
            Annex(
                id=str(a["id"]),
                title=_text(a.get("title")),
                present=bool(a["present"]),
                pointer=p,
                attached_line=self_reference(al, f"{p}/attached_line") if al else None,
                unit_printed=a.get("unit_printed"),
                acks=acks(a, p),
            )
        )
    results = []
    for i, r in enumerate(data.get("results") or ()):
        p = f"/results/{i}"
        sc = r.get("scope")
        results.append(
            ReportedResult(
                id=r["id"],
                indicator=r["indicator"],
                year=r["year"],
                value=r["value"],
                unit=r["unit"],
                printed=_text(r.get("printed")),
                pointer=p,
                out_of=r.get("out_of"),
                scope=Scope(sc["level"], sc.get("sector"), text(sc.get("detail"))) if sc else None,
                section=r.get("section"),
                acks=acks(r, p),
            )
        )
    tr = data.get("transcription")
    transcription = None
    if isinstance(tr, dict) and tr.get("source"):
        transcription = Transcription(
            source=tr["source"],
            source_kind=tr.get("source_kind", "published-text"),
            status=tr.get("status", "draft"),
            pointer="/transcription",
            origin=text(tr.get("origin")),
            acks=acks(tr, "/transcription"),
        )
    uncertain: list[tuple[str, Uncertain]] = []
    _collect_uncertain(data, "", uncertain)
    plan_block = data["plan"]
    return Plan(
        slug=data["slug"],
        province=data["province"],
        issuer=mention(data["issuer"], "/issuer"),
        period=(data["period"]["start"], data["period"]["end"]),
        header=header,
        plan_type=plan_block["type"],
        title=_text(plan_block.get("title")),
        source=source,
        parent=data.get("parent"),
        articles=tuple(
            Article(str(a["number"]), _text(a.get("text")), text(a.get("heading")))
            for a in (data.get("wrapper") or {}).get("articles") or ()
        ),
        self_references=tuple(self_reference(s, f"/self_references/{i}") for i, s in enumerate(data.get("self_references") or ())),
        citations=tuple(citations),
        sections=tuple(section(s, f"/sections/{i}") for i, s in enumerate(data.get("sections") or ())),
        objectives=tuple((o["id"], o.get("section"), _text(o.get("text"))) for o in data.get("objectives") or ()),
        targets=tuple(targets),
        results=tuple(results),
        assignments=tuple(
            Assignment(
                a["id"],
                str(a["section"]),
                _leads(a["lead"], f"/assignments/{i}/lead"),
                _text(a.get("text")),
                tuple(a.get("areas") or ()),
                f"/assignments/{i}",
            )
            for i, a in enumerate(data.get("assignments") or ())
        ),
        tasks=tuple(tasks),
        annexes=tuple(annexes),
        notes=tuple(_text(n) for n in (data.get("transcription") or {}).get("notes") or ()),
        uncertain=tuple(uncertain),
        transcription=transcription,
        acks=acks(data, ""),
        data=data,
    )


def agencies(data: Mapping[str, Any], path: str) -> list[Agency]:
    scope = data["scope"]
    return [
        Agency(
            id=a["id"],
            name=_text(a.get("name")),
            level=a["level"],
            kind=a["kind"],
            scope=scope,
            pointer=f"/agencies/{i}",
            path=path,
            short=a.get("short"),
            parent=a.get("parent"),
            aliases=tuple(a.get("aliases") or ()),
            valid_from=a.get("valid_from"),
            valid_until=a.get("valid_until"),
            successors=tuple(a.get("successors") or ()),
            sources=_sourced(a),
        )
        for i, a in enumerate(data.get("agencies") or ())
    ]


def _fact_source(d: Mapping[str, Any]) -> FactSource:
    note = d.get("note")
    return FactSource(d["kind"], d.get("document"), d.get("plan"), d.get("citation"), _text(note) if note else None)


def _sourced(d: Mapping[str, Any]) -> Sourced:
    """A registry entry's ``source`` and per-field ``sources``."""
    entry = d.get("source")
    fields = d.get("sources") or {}
    return Sourced(_fact_source(entry) if entry else None, tuple((k, _fact_source(v)) for k, v in fields.items()))


def provinces(data: Mapping[str, Any], path: str) -> list[Province]:
    """The provincial-level units an agency registry file lists, with their validity."""
    return [
        Province(
            id=d["id"],
            name=_text(d.get("name")),
            pointer=f"/provinces/{i}",
            path=path,
            valid_from=d.get("valid_from"),
            valid_until=d.get("valid_until"),
            successor=d.get("successor"),
            sources=_sourced(d),
        )
        for i, d in enumerate(data.get("provinces") or ())
    ]


def indicators(data: Mapping[str, Any], path: str) -> list[Indicator]:
    return [
        Indicator(
            code=d["code"],
            name=_text(d.get("name")),
            definition=_text(d.get("definition")),
            unit=d["unit"],
            better=d["better"],
            range=(d["range"]["min"], d["range"]["max"]),
            publisher=_text(d.get("publisher")),
            pointer=f"/indicators/{i}",
            path=path,
            aliases=tuple(d.get("aliases") or ()),
        )
        for i, d in enumerate(data.get("indicators") or ())
    ]


def documents(data: Mapping[str, Any], path: str) -> list[Document]:
    return [
        Document(
            id=d["id"],
            type=d["type"],
            issuer=d["issuer"],
            year=d["year"],
            title=text(d.get("title")),
            pointer=f"/documents/{i}",
            path=path,
            number=d.get("number"),
            date=d.get("date"),
            plan=d.get("plan"),
            sources=_sourced(d),
        )
        for i, d in enumerate(data.get("documents") or ())
    ]
