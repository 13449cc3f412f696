"""Shared helpers of the benchmark suite: the corpus, timing, memory, percentiles and the machine.

Every stage runs in a process of its own (``python -m benchmarks.<stage>``) and prints one JSON
object on its last stdout line, so the orchestrator (benchmarks/run.py) reads its figures and its
peak memory without the stages sharing state.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "lawrefbook"
SEEDS = ROOT / "respgraph" / "seeds"
# Our own ports (never 7687/7474, the tests' 17687 or other engineers' servers): the benchmark
# server, the throwaway server of the neo4j-admin import, and the API under load.
BOLT_PORT, HTTP_PORT = 61687, 61474
IMPORT_BOLT_PORT, IMPORT_HTTP_PORT = 61688, 61475
API_PORT = 61800


def corpus_files(corpus: Path = CORPUS) -> list[Path]:
    """Every Markdown file of the corpus in a fixed order (ids are paths relative to the root)."""
    return sorted(corpus.rglob("*.md"))


def document_id(path: Path, corpus: Path = CORPUS) -> str:
    return str(path.relative_to(corpus))


def emit(result: dict[str, Any]) -> None:
    """The stage's figures as the last line of stdout (progress goes to stderr)."""
    print(json.dumps(result, ensure_ascii=False), flush=True)


def progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def peak_rss_mb() -> float:
    """This process's peak resident set (VmHWM), in MB."""
    return _status_kb(os.getpid(), "VmHWM") / 1024


def rss_mb(pid: int) -> float:
    return _status_kb(pid, "VmRSS") / 1024


def children_peak_rss_mb() -> float:
    """The largest peak RSS among the waited-for children (ru_maxrss is in KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _status_kb(pid: int, key: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return float(line.split()[1])
    return 0.0


def cpu_seconds() -> float:
    """User + system CPU time of this process and its waited-for children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def load_average() -> tuple[float, float, float]:
    return os.getloadavg()


def percentiles(samples_s: list[float]) -> dict[str, float]:
    """p50/p95/p99/max in milliseconds (nearest rank on the sorted samples)."""
    if not samples_s:
        return {"n": 0}
    ordered = sorted(samples_s)

    def rank(p: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))] * 1000

    return {
        "n": len(ordered),
        "p50": rank(50),
        "p95": rank(95),
        "p99": rank(99),
        "max": ordered[-1] * 1000,
    }


@dataclass
class Stopwatch:
    """Wall time, CPU time and the load average at both ends of a measured section."""

    wall: float = 0.0
    cpu: float = 0.0
    load_before: tuple[float, float, float] = (0.0, 0.0, 0.0)
    load_after: tuple[float, float, float] = (0.0, 0.0, 0.0)
    extra: dict[str, Any] = field(default_factory=dict)

    @contextmanager
    def measure(self) -> Iterator[Stopwatch]:
        self.load_before = load_average()
        wall, cpu = time.perf_counter(), cpu_seconds()
        try:
            yield self
        finally:
            self.wall = time.perf_counter() - wall
            self.cpu = cpu_seconds() - cpu
            self.load_after = load_average()

    def figures(self) -> dict[str, Any]:
        return {
            "wall_s": round(self.wall, 3),
            "cpu_s": round(self.cpu, 3),
            "load_before": self.load_before,
            "load_after": self.load_after,
        }


def machine() -> dict[str, Any]:
    """What the figures were measured on: CPU, cores, memory, OS and the versions in play."""
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = _meminfo_kb("MemTotal")
    java = subprocess.run(["java", "-version"], capture_output=True, text=True, check=False).stderr.splitlines()
    wrk = subprocess.run(["wrk", "--version"], capture_output=True, text=True, check=False)
    packages: dict[str, str | None] = {}
    for name in ("neo4j", "neo4j-rust-ext", "fastapi", "uvicorn", "pydantic"):
        try:
            packages[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            packages[name] = None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "java": java[0] if java else None,
        "wrk": (wrk.stdout or wrk.stderr).splitlines()[0] if (wrk.stdout or wrk.stderr) else None,
        "packages": packages,
        "load_average": load_average(),
        "git": _git_head(),
    }


def _meminfo_kb(key: str) -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith(key + ":"):
            return float(line.split()[1])
    return 0.0


def _git_head() -> str | None:
    result = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return result.stdout.strip() or None


def run_stage(module: str, *args: str, env: dict[str, str] | None = None, timeout: float = 3600) -> dict[str, Any]:
    """Run ``python -m benchmarks.<module>`` and return the JSON of its last stdout line."""
    command = [sys.executable, "-m", f"benchmarks.{module}", *args]
    progress("$ " + " ".join(command[1:]))
    result = subprocess.run(
        command, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, text=True, timeout=timeout
    )
    if result.returncode != 0:
        raise RuntimeError(f"stage {module} failed (exit {result.returncode})")
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    figures: dict[str, Any] = json.loads(lines[-1])
    return figures
