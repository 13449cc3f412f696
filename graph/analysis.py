"""Analyses over the networkx projection (graph/projection.py), each taking the graph first.

"Up" is the direction of accountability: an organ answers to whoever SUPERVISES it, to whom it
REPORTS_TO, and to the body it is PART_OF. A chain starts at a duty's holders and climbs up until
nobody is above.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx

MAX_CYCLE_LENGTH = 8  # longer supervision cycles are not readable, and enumeration grows fast


@dataclass(frozen=True)
class ChainEnd:
    organ: str
    chains: int  # duties whose chain ends at this organ
    own: int  # of which the organ is a holder itself
    bearers: int  # distinct organs whose duties end here


@dataclass(frozen=True)
class UnsupervisedDuty:
    duty: str
    article: str
    holders: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SilentBearer:
    organ: str
    duties: int


def nodes_of(graph: nx.MultiDiGraph, label: str) -> list[str]:
    return [n for n, d in graph.nodes(data=True) if d.get("type") == label]


def edges_of(graph: nx.MultiDiGraph, rel_type: str) -> list[tuple[str, str]]:
    return [(u, v) for u, v, d in graph.edges(data=True) if d.get("type") == rel_type]


def holders(graph: nx.MultiDiGraph, duty: str) -> list[str]:
    return sorted(u for u, _, d in graph.in_edges(duty, data=True) if d.get("type") == "RESPONSIBLE_FOR")


def answers_to(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """Organ → the organs it answers to (one edge per pair, whatever the reason)."""
    up = nx.DiGraph()
    up.add_nodes_from(nodes_of(graph, "Organ"))
    up.add_edges_from((target, source) for source, target in edges_of(graph, "SUPERVISES"))
    up.add_edges_from(edges_of(graph, "REPORTS_TO"))
    up.add_edges_from(edges_of(graph, "PART_OF"))
    return up


def chain_ends(graph: nx.MultiDiGraph) -> list[ChainEnd]:
    """Organs at the top of accountability chains, most chains first.

    A top is an organ nobody is above; in a cycle with nothing above it, every member is a top.
    """
    up = answers_to(graph)
    tops = nx.condensation(up)
    component = tops.graph["mapping"]
    chains: Counter[str] = Counter()
    own: Counter[str] = Counter()
    bearers: dict[str, set[str]] = defaultdict(set)
    for duty in nodes_of(graph, "Duty"):
        bearing = holders(graph, duty)
        starts = {component[h] for h in bearing if h in component}
        reached = set(starts).union(*(nx.descendants(tops, c) for c in starts))
        for c in reached:
            if tops.out_degree(c) == 0:
                for organ in tops.nodes[c]["members"]:
                    chains[organ] += 1
                    own[organ] += organ in bearing
                    bearers[organ].update(bearing)
    rows = [ChainEnd(o, n, own[o], len(bearers[o])) for o, n in chains.items()]
    return sorted(rows, key=lambda r: (-r.chains, r.organ))


def _bodies(graph: nx.MultiDiGraph, organ: str) -> set[str]:
    """The organ and every body it is (transitively) PART_OF."""
    part_of = nx.DiGraph(edges_of(graph, "PART_OF"))
    found = {organ}
    if organ in part_of:
        found |= nx.descendants(part_of, organ)
    return found


def unsupervised_duties(graph: nx.MultiDiGraph) -> list[UnsupervisedDuty]:
    """Duties none of whose holders, nor the bodies they belong to, is supervised by any organ."""
    supervised = {target for _, target in edges_of(graph, "SUPERVISES")}
    out = []
    for duty in nodes_of(graph, "Duty"):
        bearers = holders(graph, duty)
        if any(_bodies(graph, h) & supervised for h in bearers):
            continue
        articles = [v for _, v, d in graph.out_edges(duty, data=True) if d.get("type") == "CITES"]
        out.append(UnsupervisedDuty(duty, articles[0] if articles else "", bearers))
    return sorted(out, key=lambda r: (graph.nodes[r.duty].get("start", 0), r.duty))


def supervision_cycles(graph: nx.MultiDiGraph) -> list[list[str]]:
    """Cycles of SUPERVISES (an organ supervising itself is a cycle of one), shortest first."""
    supervises = nx.DiGraph(edges_of(graph, "SUPERVISES"))
    cycles = [list(c) for c in nx.simple_cycles(supervises, length_bound=MAX_CYCLE_LENGTH)]
    for cycle in cycles:
        turn = cycle.index(min(cycle))  # a fixed starting point: the same cycle prints the same way
        cycle[:] = cycle[turn:] + cycle[:turn]
    return sorted(cycles, key=lambda c: (len(c), c))


def silent_bearers(graph: nx.MultiDiGraph) -> list[SilentBearer]:
    """Organs that bear duties but report to no one: neither they, the bodies they belong to,
    nor the roles inside them (a body reports through its 主要负责人) have a REPORTS_TO."""
    reporting = {source for source, _ in edges_of(graph, "REPORTS_TO")}
    parts: dict[str, set[str]] = defaultdict(set)
    for part, body in edges_of(graph, "PART_OF"):
        parts[body].add(part)
    out = []
    for organ in nodes_of(graph, "Organ"):
        duties = sum(1 for _, _, d in graph.out_edges(organ, data=True) if d.get("type") == "RESPONSIBLE_FOR")
        if duties and not (_bodies(graph, organ) | parts[organ]) & reporting:
            out.append(SilentBearer(organ, duties))
    return sorted(out, key=lambda r: (-r.duties, r.organ))
