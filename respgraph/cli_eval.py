"""`respgraph eval`: run the loader on the seed documents (and any extra pairs) and score it.

The scoring rules are DESIGN.md's ("How extraction is scored"), implemented in respgraph.evaluate.
Scores go to stdout (a table, or JSON with --json); errors go to stderr, one line each.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from respgraph.eval_alignment import alignment_or_problem, print_alignment
from respgraph.evaluate import DocumentScore, format_table, load_gold, score_document

DEFAULT_GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "gold"
DEFAULT_SEEDS = Path(__file__).resolve().parent / "seeds"
TEXT_SUFFIXES = (".md", ".txt")

Pair = tuple[str, Path, Path]  # (document id, text file, gold yaml)


def _fail(ctx: click.Context, message: str) -> None:
    click.echo(f"respgraph eval: {message}", err=True)
    ctx.exit(2)


def seed_pairs(gold_dir: Path, seeds_dir: Path) -> tuple[list[Pair], list[str]]:
    """The gold document files (those with a `document` section) and their seed texts, by file stem."""
    pairs: list[Pair] = []
    problems: list[str] = []
    for gold_path in sorted(gold_dir.glob("*.yaml")):
        gold = load_gold(gold_path)
        if "document" not in gold or "duties" not in gold:
            continue  # alignment.yaml, questions.yaml
        text_path = seeds_dir / f"{gold_path.stem}.txt"
        if text_path.is_file():
            pairs.append((str(gold["document"].get("id") or gold_path.stem), text_path, gold_path))
        else:
            problems.append(f"no seed text {text_path} for {gold_path.name}")
    return pairs, problems


def extra_pairs(folder: Path) -> tuple[list[Pair], list[str]]:
    """NAME.yaml + NAME.md (or NAME.txt) pairs in ``folder``; the document id is NAME."""
    pairs: list[Pair] = []
    problems: list[str] = []
    for gold_path in sorted(folder.glob("*.yaml")):
        texts = [gold_path.with_suffix(s) for s in TEXT_SUFFIXES if gold_path.with_suffix(s).is_file()]
        if texts:
            pairs.append((gold_path.stem, texts[0], gold_path))
        else:
            problems.append(f"no NAME.md or NAME.txt beside {gold_path}")
    return pairs, problems


def score_pair(pair: Pair) -> DocumentScore:
    """Parse one text with the loader and score its interchange dict against the gold file."""
    from loaders.pipeline import parse_file  # late: the loader is heavy and may be unfinished

    document_id, text_path, gold_path = pair
    graph, text = parse_file(text_path, document_id)
    return score_document(graph.to_interchange(), load_gold(gold_path), text)


def _print_details(scores: list[DocumentScore]) -> None:
    for score in scores:
        click.echo(f"\n== {score.document}: {len(score.mismatches)} mismatches")
        for mismatch in score.mismatches:
            click.echo(f"  {mismatch}")


@click.command("eval")
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=DEFAULT_GOLD,
    show_default=True,
    help="Folder of gold YAML files.",
)
@click.option(
    "--seeds",
    "seeds_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=DEFAULT_SEEDS,
    show_default=True,
    help="Folder of the seed texts named like the gold files.",
)
@click.option(
    "--extra",
    type=click.Path(path_type=Path, file_okay=False),
    multiple=True,
    help="Also score a folder of NAME.md|NAME.txt + NAME.yaml pairs (repeatable).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--details", is_flag=True, help="Also print the mismatches (missing / extra items).")
@click.pass_context
def eval_command(
    ctx: click.Context, gold_dir: Path, seeds_dir: Path, extra: tuple[Path, ...], as_json: bool, details: bool
) -> None:
    """Score the loader against the gold annotation (DESIGN.md scoring rules)."""
    if not gold_dir.is_dir():
        _fail(ctx, f"gold folder not found: {gold_dir} (give --gold PATH)")
    if not seeds_dir.is_dir():
        _fail(ctx, f"seeds folder not found: {seeds_dir} (give --seeds PATH)")
    pairs, problems = seed_pairs(gold_dir, seeds_dir)
    for folder in extra:
        if not folder.is_dir():
            _fail(ctx, f"extra folder not found: {folder}")
        more, more_problems = extra_pairs(folder)
        pairs += more
        problems += more_problems
    debug = bool((ctx.find_root().obj or {}).get("debug"))
    scores: list[DocumentScore] = []
    for pair in pairs:
        try:
            scores.append(score_pair(pair))
        except Exception as exc:  # one broken document must not hide the others' scores
            if debug:
                raise
            problems.append(f"{pair[1]}: {type(exc).__name__}: {exc}")
    alignment = None if as_json else alignment_or_problem(gold_dir, seeds_dir, problems)  # JSON: per document
    for problem in problems:
        click.echo(f"respgraph eval: {problem}", err=True)
    if as_json:
        click.echo(json.dumps([s.as_dict(details) for s in scores], ensure_ascii=False, indent=2))
    else:
        click.echo(format_table(scores))
        if details:
            _print_details(scores)
        print_alignment(alignment, details)
    if problems:
        ctx.exit(1)
