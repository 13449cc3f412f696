"""Parse every document of the corpus; report failures and article-number gaps.

Usage: python scripts/corpus_report.py [CORPUS_DIR] [--jobs N] [--out report.tsv]
The id of a document is its path relative to the corpus root (four file names repeat).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from graph.errors import InputError
from loaders.pipeline import parse_file

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "lawrefbook"


def check(path_and_root: tuple[str, str]) -> tuple[str, str, str]:
    path, root = Path(path_and_root[0]), Path(path_and_root[1])
    doc_id = str(path.relative_to(root))
    try:
        graph, _ = parse_file(path, doc_id)
    except InputError as error:
        return doc_id, "refused", error.problem
    except Exception as error:
        return doc_id, "crash", f"{type(error).__name__}: {error}"
    numbers = [a.number for a in graph.articles if a.suffix is None]
    expected = list(range(numbers[0], numbers[0] + len(numbers))) if numbers else []
    if numbers == expected:
        return doc_id, "ok", f"{len(numbers)} articles from {numbers[0] if numbers else '-'}"
    missing = sorted(set(range(numbers[0], max(numbers) + 1)) - set(numbers)) if numbers else []
    kind = "gaps" if missing else ("order" if sorted(numbers) != numbers else "start")
    return doc_id, kind, f"{len(numbers)} articles; missing {missing[:8]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    files = sorted(str(p) for p in args.corpus.rglob("*.md"))
    started = time.perf_counter()
    with ProcessPoolExecutor(args.jobs) as pool:
        rows = list(pool.map(check, [(f, str(args.corpus)) for f in files], chunksize=16))
    elapsed = time.perf_counter() - started
    counts = Counter(kind for _, kind, _ in rows)
    if args.out:
        args.out.write_text("".join(f"{d}\t{k}\t{m}\n" for d, k, m in rows), encoding="utf-8")
    for doc_id, kind, message in rows:
        if kind == "crash":
            print(f"CRASH {doc_id}: {message}", file=sys.stderr)
    laws = len(rows) - sum(1 for d, _, _ in rows if d.endswith("_index.md"))
    print(
        f"{len(rows)} files ({laws} laws) in {elapsed:.1f}s: " + ", ".join(f"{k} {v}" for k, v in counts.most_common())
    )
    print(f"share with article numbers running without gaps: {counts['ok'] / max(laws, 1):.3f}")
    return 1 if counts["crash"] else 0


if __name__ == "__main__":
    sys.exit(main())
