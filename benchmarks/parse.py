"""Stage 1: parse + extract throughput over the whole corpus, in one process or a process pool.

    python -m benchmarks.parse --jobs 1 [--cache FILE] [--limit N]

``--cache`` pickles every validated graph into FILE, one after another, for the load stage (so
the corpus is parsed once for the load figures; pickling costs about 3% of the parse time and
only the single-process run does it, which the report states).
"""

from __future__ import annotations

import argparse
import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import IO

from benchmarks.common import (
    CORPUS,
    Stopwatch,
    children_peak_rss_mb,
    corpus_files,
    document_id,
    emit,
    peak_rss_mb,
    progress,
)
from graph.errors import InputError
from loaders.pipeline import parse_file
from loaders.reading import read_document


def parse_one(path: Path, cache: IO[bytes] | None = None) -> tuple[str, int]:
    """(status, decoded characters) of one file: ok, refused (InputError) or crash."""
    try:
        graph, text = parse_file(path, document_id(path))
    except InputError:
        return "refused", _length(path)
    except Exception:
        return "crash", _length(path)
    if cache is not None:
        pickle.dump(graph, cache, protocol=pickle.HIGHEST_PROTOCOL)
    return "ok", len(text)


def _length(path: Path) -> int:
    try:
        return len(read_document(path))
    except Exception:
        return 0


def _worker(path: str) -> tuple[str, int]:
    return parse_one(Path(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None, help="only the first N files (a quick try)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    files = corpus_files(args.corpus)[: args.limit]
    watch = Stopwatch()
    with watch.measure():
        if args.jobs == 1:
            cache = args.cache.open("wb") if args.cache else None
            try:
                rows = [parse_one(path, cache) for path in files]
            finally:
                if cache is not None:
                    cache.close()
        else:
            # Largest files first, so no worker is left alone with a big one at the end.
            ordered = sorted(files, key=lambda p: p.stat().st_size, reverse=True)
            with ProcessPoolExecutor(args.jobs) as pool:
                rows = list(pool.map(_worker, [str(p) for p in ordered], chunksize=4))
    statuses = [status for status, _ in rows]
    chars = sum(n for _, n in rows)
    progress(f"parse --jobs {args.jobs}: {len(rows)} files in {watch.wall:.1f}s")
    emit(
        {
            "jobs": args.jobs,
            "files": len(rows),
            "ok": statuses.count("ok"),
            "refused": statuses.count("refused"),
            "crash": statuses.count("crash"),
            "chars": chars,
            "docs_per_s": round(len(rows) / watch.wall, 1),
            "chars_per_s": round(chars / watch.wall),
            "cpu_us_per_char": round(watch.cpu / max(chars, 1) * 1e6, 2),
            "parent_peak_rss_mb": round(peak_rss_mb(), 1),
            "worker_peak_rss_mb": round(children_peak_rss_mb(), 1) if args.jobs > 1 else None,
            "cached": bool(args.cache),
            **watch.figures(),
        }
    )


if __name__ == "__main__":
    main()
