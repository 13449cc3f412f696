"""Stage 4: API throughput and latency under wrk at 1, 8 and 32 connections, against the same work
run straight through the async driver, and the API process's RSS under load.

    python -m benchmarks.api [--seconds S]

The API is ``uvicorn --factory api.app:create_app`` (one process, uvloop + httptools, no response
cache) on loopback,
pointed at the benchmark server. Every wrk run is bounded: ``-d S`` and ``--timeout 5s``, inside
``timeout``. The driver-only figure runs the same service calls the endpoint makes
(accountability, or get_organ) from N asyncio tasks for S seconds in one process, on uvloop too.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import subprocess
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

import uvloop
from neo4j import READ_ACCESS, AsyncSession

from api import services
from benchmarks.common import API_PORT, BOLT_PORT, ROOT, emit, percentiles, progress, rss_mb
from benchmarks.queries import CHAINS, ORGAN, async_driver

CONNECTIONS = (1, 8, 32)
# wrk's own summary lacks p95; this script prints the percentiles and counts as one JSON line.
WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "errors": %d, "non2xx": %d, ' ..
    '"p50": %.3f, "p95": %.3f, "p99": %.3f, "max": %.3f}\\n',
    summary.requests, summary.duration,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
"""


def endpoints() -> dict[str, str]:
    document, topic, level = CHAINS[0]
    base = f"http://127.0.0.1:{API_PORT}/api/v1"
    return {
        "chain": f"{base}/accountability?topic={topic}&level={level}&document={document}",
        "organ": f"{base}/organs/{quote(ORGAN, safe='')}",
    }


def start_api() -> subprocess.Popen[bytes]:
    password = json.loads(Path(os.environ["RESPGRAPH_BENCH_AUTH"]).read_text())["password"]
    env = {
        **os.environ,
        "NEO4J_URI": os.environ.get("RESPGRAPH_BENCH_URI", f"bolt://127.0.0.1:{BOLT_PORT}"),
        "NEO4J_USERNAME": "neo4j",
        "NEO4J_PASSWORD": password,
    }
    env.pop("RESPGRAPH_API_KEY", None)
    command = [
        str(ROOT / ".venv" / "bin" / "uvicorn"),
        "--factory",
        "api.app:create_app",
        "--host",
        "127.0.0.1",
        "--port",
        str(API_PORT),
        "--log-level",
        "warning",
        "--no-access-log",
    ]
    proc = subprocess.Popen(command, cwd=ROOT, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(endpoints()["organ"], timeout=5) as response:
                if response.status == 200:
                    return proc
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    raise RuntimeError("the API did not answer within 60 s")


def wrk(url: str, connections: int, seconds: int, script: Path) -> dict[str, Any]:
    # One generator thread: it drives tens of thousands of requests a second on its own (far above
    # these rates), and a second thread only takes CPU from the API and Neo4j on this 2-core box.
    command = ["timeout", str(seconds + 30), "wrk", "-t1", f"-c{connections}", f"-d{seconds}s"]
    command += ["--timeout", "5s", "-s", str(script), url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(x for x in reversed(out.splitlines()) if x.startswith("{"))
    figures: dict[str, Any] = json.loads(line)
    figures["rps"] = round(figures["requests"] / (figures["duration_us"] / 1e6), 1)
    return figures


class RssSampler:
    """Samples a process's RSS every 0.2 s in a thread; keeps the maximum."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.max_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.max_mb = max(self.max_mb, rss_mb(self.pid))
            time.sleep(0.2)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


async def driver_only(name: str, connections: int, seconds: float) -> dict[str, Any]:
    """The endpoint's service calls from ``connections`` tasks for ``seconds``: req/s and latency."""
    document, topic, level = CHAINS[0]

    async def chain(session: AsyncSession) -> None:
        topic_code, level_code = services.resolve_topic_level(topic, level)
        await services.accountability(session, document, topic_code, level_code)

    async def organ(session: AsyncSession) -> None:
        await services.get_organ(session, ORGAN)

    call = chain if name == "chain" else organ
    samples: list[float] = []
    async with async_driver() as driver:
        deadline = time.perf_counter() + seconds

        async def worker() -> None:
            while time.perf_counter() < deadline:
                t0 = time.perf_counter()
                async with driver.session(database="neo4j", default_access_mode=READ_ACCESS) as session:
                    await call(session)
                samples.append(time.perf_counter() - t0)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(connections)))
        elapsed = time.perf_counter() - started
    return {"requests": len(samples), "rps": round(len(samples) / elapsed, 1), **percentiles(samples)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()
    results: dict[str, Any] = {"seconds": args.seconds, "runs": [], "load_before": os.getloadavg()}
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "report.lua"
        script.write_text(WRK_SCRIPT)
        api = start_api()
        try:
            results["api_rss_idle_mb"] = round(rss_mb(api.pid), 1)
            for name, url in endpoints().items():
                wrk(url, 1, 2, script)  # warm-up: plans cached, pool filled
                for connections in CONNECTIONS:
                    with RssSampler(api.pid) as sampler:
                        via_api = wrk(url, connections, args.seconds, script)
                    # The event loop uvicorn runs the API on (uvloop), so the ratio compares like with like.
                    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
                        direct = runner.run(driver_only(name, connections, args.seconds))
                    progress(f"{name} c={connections}: API {via_api['rps']} req/s, driver {direct['rps']} req/s")
                    results["runs"].append(
                        {
                            "endpoint": name,
                            "connections": connections,
                            "api": via_api,
                            "driver": direct,
                            "ratio": round(via_api["rps"] / max(direct["rps"], 0.1), 4),  # judged unrounded
                            "api_rss_max_mb": round(sampler.max_mb, 1),
                            "load": os.getloadavg(),
                        }
                    )
            results["api_peak_rss_mb"] = round(_hwm_mb(api.pid), 1)
        finally:
            api.terminate()
            api.wait(timeout=30)
    results["urls"] = endpoints()
    emit(results)


def _hwm_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"VmHWM:\s+(\d+)", status)
    return int(match.group(1)) / 1024 if match else 0.0


if __name__ == "__main__":
    main()
