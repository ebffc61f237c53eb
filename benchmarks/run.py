"""Side-by-side benchmark: cchc against its peers on the same synthetic corpora.

    python benchmarks/run.py                    # 100 and 1,000 plans, lint and site
    python benchmarks/run.py --sizes 100 1000 10000 --no-site

For each corpus size it generates a synthetic corpus (benchmarks/generate.py)
into a temporary folder and runs, on the same files:

* ``compose``       the floor: ruamel.yaml's C parser composing every file, one process
* ``cchc``          ``cchc lint --no-cache`` (cold: parse, schema, every rule)
* ``cchc-warm``     ``cchc lint`` again, with the content-hash cache filled
* ``pre-commit``    ``cchc lint <one changed file>`` with a warm cache, as the hook runs it
* ``yamllint``      yamllint with its default configuration
* ``check-jsonschema``  the plan schema checked by check-jsonschema
* ``site``          ``cchc site build`` (page generation + MkDocs build)
* ``plain-mkdocs``  a plain MkDocs + Material build of as many static pages of the same mean size
                    (both languages counted)

and prints wall time, peak memory (RSS of the process tree's largest member)
and ratios. Nothing here is a test; tests never time anything.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(HERE))

import itertools  # noqa: E402

from generate import load_seeds, synthesize, write_corpus  # noqa: E402


@dataclass
class Measure:
    name: str
    seconds: float
    peak_mib: float
    code: int


def measure(name: str, argv: list[str], cwd: Path, env: dict[str, str] | None = None, plans: int | None = None) -> Measure:
    """Run one command; print its line as soon as it is done (long runs stay informative)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **(env or {})})
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    m = Measure(name, seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status))
    if plans and not name.startswith("("):
        print(
            f"  {m.name:<18} {m.seconds:8.2f} s  {m.seconds / plans * 1000:7.2f} ms/plan  {m.peak_mib:8.1f} MiB  exit {m.code}", flush=True
        )
    return m


COMPOSE = """
import sys, pathlib
from ruamel.yaml import YAML
y = YAML(typ="safe", pure=False)
for p in sorted(pathlib.Path(sys.argv[1]).glob("plans/*/*.yaml")):
    y.compose(p.read_text(encoding="utf-8"))
"""


def plain_mkdocs_project(folder: Path, pages: int, page_bytes: int) -> Path:
    """A plain MkDocs + Material site with ``pages`` static pages of about ``page_bytes`` bytes each."""
    docs = folder / "docs"
    docs.mkdir(parents=True)
    rng = random.Random(7)
    vocab = [
        "cải",
        "cách",
        "hành",
        "chính",
        "kế",
        "hoạch",
        "nhiệm",
        "vụ",
        "chỉ",
        "tiêu",
        "cơ",
        "quan",
        "chủ",
        "trì",
        "phối",
        "hợp",
        "thời",
        "hạn",
        "năm",
        "quý",
        "tỉnh",
        "sở",
        "ban",
        "ngành",
    ]
    (docs / "index.md").write_text("# Index\n\n" + "\n".join(f"- [Page {i}](p{i}.md)" for i in range(pages)) + "\n", encoding="utf-8")
    for i in range(pages):
        parts, size, s = [f"# Page {i}\n"], 0, 0
        while size < page_bytes:
            para = " ".join(rng.choice(vocab) for _ in range(60))
            rows = "\n".join(f"| {j} | {rng.choice(vocab)} | {rng.choice(vocab)} |" for j in range(8))
            chunk = f"\n## Section {s}\n\n{para}\n\n| A | B | C |\n|---|---|---|\n{rows}\n"
            parts.append(chunk)
            size += len(chunk.encode("utf-8"))
            s += 1
        (docs / f"p{i}.md").write_text("".join(parts), encoding="utf-8")
    (folder / "mkdocs.yml").write_text(
        "site_name: plain\ntheme:\n  name: material\n  font: false\nplugins:\n  - search\n"
        "markdown_extensions:\n  - tables\n  - attr_list\n",
        encoding="utf-8",
    )
    return folder


def site_project(corpus: Path) -> None:
    """Put the site sources (mkdocs.yml, hand-written docs, overrides) beside a synthetic corpus."""
    for name in ("mkdocs.yml", "docs", "overrides"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, corpus / name, ignore=shutil.ignore_patterns("corpus"), dirs_exist_ok=True)
        else:
            shutil.copyfile(src, corpus / name)


def run_size(n: int, work: Path, site: bool, peers: bool) -> list[Measure]:
    corpus = work / f"corpus-{n}"
    plans = synthesize(load_seeds(ROOT), n, random.Random(2021))
    write_corpus(plans, corpus)
    files = sorted(corpus.glob("plans/*/*.yaml"))
    size_mib = sum(f.stat().st_size for f in files) / 2**20
    print(f"\n## {n} plans, {size_mib:.1f} MiB of YAML", flush=True)
    cchc = str(BIN / "cchc")
    out = [measure("compose", [sys.executable, "-c", COMPOSE, str(corpus)], corpus, plans=n)]
    shutil.rmtree(corpus / ".cache", ignore_errors=True)
    out.append(measure("cchc", [cchc, "lint", "--no-cache", "--format", "json"], corpus, plans=n))
    measure("(fill cache)", [cchc, "lint", "--format", "json"], corpus, plans=n)
    out.append(measure("cchc-warm", [cchc, "lint", "--format", "json"], corpus, plans=n))
    changed = files[len(files) // 2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    out.append(measure("pre-commit", [cchc, "lint", "--format", "json", str(changed.relative_to(corpus))], corpus, plans=n))
    if peers:
        out.append(measure("yamllint", [str(BIN / "yamllint"), "-f", "parsable", "plans"], corpus, plans=n))
        out.append(
            measure(
                "check-jsonschema",
                [str(BIN / "check-jsonschema"), "--schemafile", str(ROOT / "schema" / "plan.schema.json"), *map(str, files)],
                corpus,
                plans=n,
            )
        )
    if site:
        site_project(corpus)
        out.append(measure("site", [cchc, "site", "build", "--root", str(corpus), "--site-dir", str(work / f"site-{n}")], corpus, plans=n))
        generated = list((corpus / "docs" / "corpus").rglob("*.md"))
        mean = sum(f.stat().st_size for f in generated) // max(1, len(generated))
        print(f"  (site: {len(generated)} generated pages in both languages, {mean} bytes each on average)", flush=True)
        plain = plain_mkdocs_project(work / f"plain-{n}", len(generated), mean)
        out.append(measure("plain-mkdocs", [str(BIN / "mkdocs"), "build", "-q"], plain, plans=n))
    return out


def ratios(results: dict[int, list[Measure]]) -> list[str]:
    lines = []
    for n, ms in results.items():
        t = {m.name: m.seconds for m in ms}
        if "compose" in t and "cchc" in t:
            lines.append(f"{n} plans: cchc / compose floor = {t['cchc'] / t['compose']:.2f}")
        if "yamllint" in t:
            lines.append(f"{n} plans: cchc / yamllint = {t['cchc'] / t['yamllint']:.2f}")
        if "check-jsonschema" in t:
            lines.append(f"{n} plans: cchc / check-jsonschema = {t['cchc'] / t['check-jsonschema']:.2f}")
        if "pre-commit" in t:
            lines.append(f"{n} plans: one changed file through the hook = {t['pre-commit']:.2f} s")
        if "site" in t and "plain-mkdocs" in t:
            lines.append(f"{n} plans: site / plain MkDocs = {t['site'] / t['plain-mkdocs']:.2f}")
    sizes = sorted(results)
    for a, b in itertools.pairwise(sizes):
        ta = {m.name: m.seconds for m in results[a]}["cchc"] / a
        tb = {m.name: m.seconds for m in results[b]}["cchc"] / b
        lines.append(f"per-plan lint cost {b} vs {a} plans = {tb / ta:.2f}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description="cchc benchmark against peers")
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    ap.add_argument("--no-site", action="store_true", help="skip the site builds")
    ap.add_argument("--peers-up-to", type=int, default=1000, help="run yamllint and check-jsonschema only up to this size")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cchc-bench-"))
    try:
        results = {n: run_size(n, work, site=not args.no_site and n <= 1000, peers=n <= args.peers_up_to) for n in args.sizes}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\n## Ratios")
    for line in ratios(results):
        print("  " + line)
    if args.json:
        args.json.write_text(json.dumps({n: [m.__dict__ for m in ms] for n, ms in results.items()}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
