"""Scale the seed corpus into a synthetic corpus of N plans, for benchmarks.

    python benchmarks/generate.py --plans 1000 --out /tmp/corpus-1000

Each synthetic plan is a seed plan with a new number and slug, a random
subset of its sections, citations, targets and tasks (so plans vary in size
and shape), and consistent references: registries are copied, a clone of a
child plan points at a clone of its parent, self-references follow the new
number. About 5% of plans get one injected inconsistency (a citation date,
a missing lead, a weaker target). Output goes to a temporary folder, never to
the repository.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import shutil
import tempfile
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent


def _subset(rng: random.Random, items: list[Any], low: float, high: float) -> list[Any]:
    if not items:
        return items
    keep = max(1, int(len(items) * rng.uniform(low, high)))
    chosen = sorted(rng.sample(range(len(items)), min(keep, len(items))))
    return [items[i] for i in chosen]


def load_seeds(root: Path) -> list[dict[str, Any]]:
    yaml = YAML(typ="safe", pure=False)
    seeds = []
    for path in sorted((root / "plans").glob("*/*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"))
        seeds.append(json.loads(json.dumps(data, default=str)))
    return seeds


def synthesize(seeds: list[dict[str, Any]], n: int, rng: random.Random) -> list[dict[str, Any]]:
    by_slug = {s["slug"]: s for s in seeds}
    parents = [s for s in seeds if not s.get("parent")]
    children = [s for s in seeds if s.get("parent") in by_slug]
    out: list[dict[str, Any]] = []
    clone_of_parent: dict[str, list[str]] = {}
    for i in range(n):
        use_child = children and clone_of_parent and rng.random() < 0.3
        seed = rng.choice(children) if use_child else rng.choice(parents or seeds)
        plan = copy.deepcopy(seed)
        year = int(plan["document"]["date"][:4])
        number = f"{1000 + i}/KH-UBND"
        slug = f"{plan['province']}-{1000 + i}-kh-ubnd-{year}"
        old_number = plan["document"]["number"]
        plan["slug"] = slug
        plan["document"]["number"] = number
        for ref in plan.get("self_references", []):
            if ref.get("number") == old_number:
                ref["number"] = number
        for annex in plan.get("annexes", []):
            line = annex.get("attached_line")
            if line and line.get("number") == old_number:
                line["number"] = number
        plan["sections"] = _subset(rng, plan.get("sections", []), 0.5, 1.0)
        plan["citations"] = _subset(rng, plan.get("citations", []), 0.3, 1.0)
        plan["targets"] = _subset(rng, plan.get("targets", []), 0.3, 1.0)
        plan["tasks"] = _subset(rng, plan.get("tasks", []), 0.2, 0.8)
        plan.pop("acknowledgements", None)
        if use_child:
            candidates = clone_of_parent.get(seed["parent"]) or []
            if candidates:
                plan["parent"] = rng.choice(candidates)
        elif plan.get("parent") and plan["parent"] not in by_slug:
            plan.pop("parent")
        if rng.random() < 0.05:
            _inject(plan, rng)
        clone_of_parent.setdefault(seed["slug"], []).append(slug)
        out.append(plan)
    return out


def _inject(plan: dict[str, Any], rng: random.Random) -> None:
    kind = rng.choice(["date", "lead", "target"])
    if kind == "date" and plan.get("citations"):
        c = rng.choice(plan["citations"])
        if c.get("date"):
            c["date"] = c["date"][:8] + ("01" if c["date"][8:] != "01" else "02")
    elif kind == "lead" and plan.get("tasks"):
        rng.choice(plan["tasks"])["lead"] = []
    elif plan.get("targets"):
        t = rng.choice(plan["targets"])
        t["value"] = t["value"] + 200 if t.get("unit") == "percent" else t["value"]


def write_corpus(plans: list[dict[str, Any]], out: Path, root: Path = ROOT) -> Path:
    if out.exists():
        shutil.rmtree(out)
    (out / "plans").mkdir(parents=True)
    shutil.copytree(root / "registry", out / "registry")
    (out / "pyproject.toml").write_text(
        f'[tool.cchc]\nplans = "plans"\nregistry = "registry"\nschema = "{(root / "schema").as_posix()}"\n', encoding="utf-8"
    )
    yaml = YAML(typ="rt")
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    for plan in plans:
        folder = out / "plans" / plan["province"]
        folder.mkdir(exist_ok=True)
        with open(folder / f"{plan['slug']}.yaml", "w", encoding="utf-8") as fh:
            fh.write("# yaml-language-server: $schema=../../schema/plan.schema.json\n")
            yaml.dump(plan, fh)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plans", type=int, default=100)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=2021)
    args = ap.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix=f"cchc-corpus-{args.plans}-"))
    plans = synthesize(load_seeds(ROOT), args.plans, random.Random(args.seed))
    write_corpus(plans, out)
    print(out)


if __name__ == "__main__":
    main()
