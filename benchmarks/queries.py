"""Stage 3: query latency through the async driver (as the API runs them), and PROFILE plans.

    python -m benchmarks.queries [--iterations N]

Measured, each with a fresh session per call as a request would: the accountability chain of a
seed (api/services.accountability: one statement, cypher/api_chain.cypher, then the climb in
memory), that statement alone, organ lookup (api_organ, as /api/v1/organs/{id}) and the
documents list.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from neo4j import READ_ACCESS, AsyncDriver, AsyncGraphDatabase, AsyncSession

import cypher
from api import services
from benchmarks.common import BOLT_PORT, emit, percentiles, progress

# The chain the README asks about (县里的扶贫资金被挪用谁负责) in both seeds, and the seed organ
# with the most facts.
CHAINS = [("cn-2016-tpgj", "fund", "county"), ("jx-tpgj", "fund", "county")]
ORGAN = "cn-2016-tpgj/县级党委和政府"


def async_driver() -> AsyncDriver:
    password = json.loads(Path(os.environ["RESPGRAPH_BENCH_AUTH"]).read_text())["password"]
    uri = os.environ.get("RESPGRAPH_BENCH_URI", f"bolt://127.0.0.1:{BOLT_PORT}")
    return AsyncGraphDatabase.driver(uri, auth=("neo4j", password), notifications_min_severity="OFF")


async def timed(
    driver: AsyncDriver, call: Callable[[AsyncSession], Awaitable[Any]], iterations: int, warmup: int = 100
) -> dict[str, float]:
    samples: list[float] = []
    for k in range(warmup + iterations):
        t0 = time.perf_counter()
        async with driver.session(database="neo4j", default_access_mode=READ_ACCESS) as session:
            await call(session)
        if k >= warmup:
            samples.append(time.perf_counter() - t0)
    return {k: round(v, 2) for k, v in percentiles(samples).items()}


async def measure(iterations: int) -> dict[str, Any]:
    results: dict[str, Any] = {"load_before": os.getloadavg()}
    async with async_driver() as driver:
        for document, topic, level in CHAINS:

            async def chain(s: AsyncSession, d: str = document, t: str = topic, lv: str = level) -> Any:
                return await services.accountability(s, d, t, lv)

            async with driver.session(database="neo4j") as session:
                answer = await services.accountability(session, document, topic, level)
            results[f"chain {document} {topic}@{level} ({len(answer.chain)} hops)"] = await timed(
                driver, chain, iterations
            )
        document, topic, level = CHAINS[0]

        async def statement(s: AsyncSession) -> Any:
            return await services.chain_facts(s, document, topic, level)

        async def organ(s: AsyncSession) -> Any:
            return await services.get_organ(s, ORGAN)

        async def documents(s: AsyncSession) -> Any:
            return await services.list_documents(s, 0, 100)

        results[f"api_chain statement alone, {document}"] = await timed(driver, statement, iterations)
        results[f"organ lookup {ORGAN}"] = await timed(driver, organ, iterations)
        results["documents list, first page of 100 (api_documents)"] = await timed(
            driver, documents, max(10, iterations // 10), 2
        )
        results["profile"] = await profiles(driver)
    results["load_after"] = os.getloadavg()
    return results


async def profiles(driver: AsyncDriver) -> dict[str, str]:
    """PROFILE of the chain's statement for the first chain, as a text table."""
    document, topic, level = CHAINS[0]
    params = {**services.chain_parameters(document, topic, level), "limit": 500}
    async with driver.session(database="neo4j") as session:
        result = await session.run("PROFILE " + cypher.load("api_chain"), params)
        summary = await result.consume()
    return {"api_chain": render_plan(summary.profile or {})}


def render_plan(plan: dict[str, Any], depth: int = 0) -> str:
    """One line per operator: indented name, rows, db hits, and its details."""
    args = plan.get("args", {})
    details = " ".join(str(args.get("Details", "")).split())
    if len(details) > 110:
        details = details[:107] + "..."
    name = plan.get("operatorType", "?").split("@")[0]
    width = max(1, 34 - 2 * depth)
    rows, hits = plan.get("rows", "-"), plan.get("dbHits", "-")
    line = f"{'  ' * depth}{name:<{width}} rows={rows:<5} hits={hits:<6} {details}"
    return "\n".join([line, *(render_plan(child, depth + 1) for child in plan.get("children", []))])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--iterations", type=int, default=300)
    args = parser.parse_args()
    progress(f"queries: {args.iterations} iterations each")
    emit(asyncio.run(measure(args.iterations)))


if __name__ == "__main__":
    main()
