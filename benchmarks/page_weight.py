"""Page weight of a built site, per page type and language.

    python benchmarks/page_weight.py [site/]

Prints, for each kind of page (home, plan, source text, agency, …) and each
language, how many pages there are and the median and largest HTML size (and
the largest gzipped, which is what a web server sends), then the size of each
search index a reader's browser downloads, as stored and gzipped. Nothing here is a
test; it measures what a reader on a phone pays for each page.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
from collections import defaultdict
from pathlib import Path

KINDS = (
    ("corpus/plans/index.html", "plan index"),
    ("corpus/plans/", "plan"),
    ("corpus/sources/", "source text"),
    ("corpus/compare/", "comparison"),
    ("corpus/agencies/index.html", "agency index"),
    ("corpus/agencies/", "agency"),
    ("corpus/indicators/index.html", "indicator index"),
    ("corpus/indicators/", "indicator"),
    ("corpus/documents/index.html", "document index"),
    ("corpus/documents/", "document"),
    ("corpus/provinces/index.html", "province index"),
    ("corpus/provinces/", "province"),
    ("corpus/rules/index.html", "rule index"),
    ("corpus/rules/", "rule"),
    ("corpus/findings/", "findings"),
    ("index.html", "home"),
    ("404.html", "not found"),
)


def kind_of(rel: str) -> str:
    for prefix, name in KINDS:
        if rel == prefix or (prefix.endswith("/") and rel.startswith(prefix)):
            return name
    return "guide"


def sizes_of(path: Path) -> tuple[int, int]:
    """The file's size as stored and gzipped."""
    data = path.read_bytes()
    return len(data), len(gzip.compress(data, 6))


def measure(site: Path) -> tuple[dict[tuple[str, str], list[tuple[int, int]]], dict[str, tuple[int, int]]]:
    sizes: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for page in site.rglob("*.html"):
        rel = page.relative_to(site).as_posix()
        lang = "en" if rel.startswith("en/") else "vi"
        rel = rel.removeprefix("en/")
        if rel.startswith(("assets/", "search/")):
            continue
        sizes[(kind_of(rel), lang)].append(sizes_of(page))
    indexes = {p.relative_to(site).as_posix(): sizes_of(p) for p in site.rglob("search_index.json")}
    return sizes, indexes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", default="site", type=Path)
    args = parser.parse_args(argv)
    if not args.site.is_dir():
        print(f"{args.site}: no built site here (run `cchc site build`)", file=sys.stderr)
        return 2
    sizes, indexes = measure(args.site)
    print(f"{'page type':<18}{'lang':<6}{'pages':>6}{'median KB':>11}{'max KB':>9}{'max gzip KB':>13}")
    for (kind, lang), values in sorted(sizes.items()):
        median = statistics.median(v[0] for v in values) / 1024
        print(
            f"{kind:<18}{lang:<6}{len(values):>6}{median:>11.1f}{max(v[0] for v in values) / 1024:>9.1f}{max(v[1] for v in values) / 1024:>13.1f}"
        )
    for path, (size, packed) in sorted(indexes.items()):
        print(f"search index {path}: {size / 1024:.0f} KB ({packed / 1024:.0f} KB gzipped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
