"""The alignment part of ``respgraph eval``: compare the seeds and score against ``alignment.yaml``.

The seeds are read by the loader and compared by graph/compare.py exactly as ``respgraph compare``
does; the figures follow DESIGN.md (respgraph.evaluate.score_alignment).
"""

from __future__ import annotations

from pathlib import Path

import click

from respgraph.evaluate import AlignmentScore, format_alignment, load_gold, score_alignment

Scored = tuple[str, AlignmentScore]  # ("jx-tpgj → cn-2016-tpgj", figures)


def score_seed_alignment(gold_dir: Path, seeds_dir: Path) -> Scored | None:
    """None when there is no ``alignment.yaml`` or the loader gives no DocumentGraph (a test double)."""
    from graph.compare import compare
    from graph.model import DocumentGraph
    from loaders.pipeline import parse_file

    path = gold_dir / "alignment.yaml"
    if not path.is_file():
        return None
    gold = load_gold(path)
    other_id = str(gold["duties"][0]["jx_duty"]).split("/")[0]
    base_id = str(gold["organs"][0]["national"]).split("/")[0]
    base, _ = parse_file(seeds_dir / f"{base_id}.txt", base_id)
    other, other_text = parse_file(seeds_dir / f"{other_id}.txt", other_id)
    if not isinstance(base, DocumentGraph) or not isinstance(other, DocumentGraph):
        return None
    pred = compare(base, other).as_alignment()
    gold_other, gold_base = (load_gold(gold_dir / f"{doc}.yaml") for doc in (other_id, base_id))
    score = score_alignment(
        pred, gold, other.to_interchange(), base.to_interchange(), gold_other, gold_base, other_text
    )
    return f"{other_id} → {base_id}", score


def alignment_or_problem(gold_dir: Path, seeds_dir: Path, problems: list[str]) -> Scored | None:
    """The figures, or None with a line in ``problems`` (the documents' scores stand without them)."""
    try:
        return score_seed_alignment(gold_dir, seeds_dir)
    except Exception as exc:
        problems.append(f"alignment: {type(exc).__name__}: {exc}")
        return None


def print_alignment(scored: Scored | None, details: bool) -> None:
    if scored is None:
        return
    label, score = scored
    click.echo("\n" + format_alignment(score, label))
    if details:
        click.echo(f"\n== alignment: {len(score.mismatches)} mismatches")
        for mismatch in score.mismatches:
            click.echo(f"  {mismatch}")
