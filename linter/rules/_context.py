"""What every rule's ``check`` receives."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..findings import Finding, Location
from ..loader import LoadedFile
from ..locations import location_in
from ..model import Agency, Corpus, Plan

if TYPE_CHECKING:
    from ..provenance import Alignment


@dataclass
class Context:
    corpus: Corpus
    #: Findings made while loading (syntax, limits, schema), for the syntax rules to report.
    load_findings: list[Finding] = field(default_factory=list)
    #: Display paths the run reports on (None: every file); per-file rules may skip the rest.
    focus: set[str] | None = None
    _pairs: list[tuple[LoadedFile, str, dict[str, Any]]] | None = field(default=None, repr=False)
    _alignments: dict[str, Any] = field(default_factory=dict, repr=False)

    def plans(self) -> Iterator[Plan]:
        return iter(self.corpus.plans.values())

    def loc(self, plan: Plan, pointer: str, *, key: bool = False) -> Location:
        return plan.source.location(pointer, key=key)

    def registry_loc(self, path: str, pointer: str) -> Location:
        return location_in(self.corpus.files, path, pointer)

    def agency(self, agency_id: str) -> Agency | None:
        return self.corpus.agencies.get(agency_id)

    def text_pairs(self) -> list[tuple[LoadedFile, str, dict[str, Any]]]:
        """Every bilingual pair of every loaded file, walked once and shared by the translation rules."""
        if self._pairs is None:
            from ._bilingual import files_with_pairs

            files = self.corpus.files if self.focus is None else {k: v for k, v in self.corpus.files.items() if k in self.focus}
            self._pairs = list(files_with_pairs(files))
        return self._pairs

    def loaded(self, code: str) -> Iterator[Finding]:
        """Load-time findings of one rule code."""
        return (f for f in self.load_findings if f.rule == code)

    def reported(self, plan: Plan) -> bool:
        """Whether the run reports on ``plan`` (per-file rules skip the others)."""
        return self.focus is None or plan.path in self.focus

    def alignment(self, plan: Plan) -> Alignment | None:
        """The plan held against its source text, computed once per run (None: no readable source)."""
        from ..provenance import align, load_source

        if plan.slug not in self._alignments:
            tr = plan.transcription
            source = load_source(self.corpus.sources.get(tr.source)) if tr is not None else None
            self._alignments[plan.slug] = align(plan, source) if source is not None else None
        return self._alignments[plan.slug]
