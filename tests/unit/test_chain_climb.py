"""The accountability chain's climb over a document's upward edges, in memory (api/services.py)."""

from __future__ import annotations

from typing import Any

from api import services


def organ(name: str, level: str) -> dict[str, Any]:
    return {"id": f"d/{name}", "name": name, "level": level, "kind": "government", "document": "d"}


def edge(kind: str, source: dict[str, Any], target: dict[str, Any], start: int) -> dict[str, Any]:
    return {
        "id": f"{kind}:{source['name']}>{target['name']}",
        "type": kind,
        "document": "d",
        "source": source,
        "target": target,
        "article": 1,
        "article_key": "a1",
        "label": None,
        "evidence": f"{source['name']}{kind}{target['name']}",
        "start": start,
        "end": start + 5,
    }


PROVINCE = organ("省政府", "provincial")
CITY = organ("市政府", "municipal")
COUNTY = organ("县政府", "county")
COUNTY_HEAD = organ("县政府主要负责人", "county")
TOWNSHIP = organ("乡镇政府", "township")
AUDIT = organ("审计署", "central")


def climb(edges: list[dict[str, Any]], start: list[dict[str, Any]], level: str | None) -> services._Chain:
    chain = services._Chain()
    for o in start:
        chain.add("bearer", 0, o, "RESPONSIBLE_FOR", services.cite(edge("X", o, o, 0), "evidence"))
    services._climb(chain, edges, level)
    return chain


def test_climbs_supervision_reports_and_membership_breadth_first() -> None:
    edges = [
        edge("SUPERVISES", CITY, COUNTY, 10),  # the city supervises the county: one step up
        edge("REPORTS_TO", CITY, PROVINCE, 20),  # the city reports to the province: two steps up
        edge("SUPERVISES", COUNTY, TOWNSHIP, 30),  # downward from the county: never climbed
    ]
    chain = climb(edges, [COUNTY], "county")
    depths = {o["name"]: o["depth"] for o in chain.organs.values()}
    assert depths == {"县政府": 0, "市政府": 1, "省政府": 2}
    assert [h["relation"] for h in chain.hops[1:]] == ["SUPERVISES", "REPORTS_TO"]
    assert chain.hops[1]["below"]["name"] == "县政府"


def test_a_role_inside_the_body_carries_its_report_up() -> None:
    edges = [
        edge("PART_OF", COUNTY_HEAD, COUNTY, 5),
        edge("REPORTS_TO", COUNTY_HEAD, CITY, 15),  # the county's head reports to the city
    ]
    chain = climb(edges, [COUNTY], "county")
    hop = next(h for h in chain.hops if h["organ"]["name"] == "市政府")
    assert hop["relation"] == "REPORTS_TO" and hop["depth"] == 1
    assert hop["below"]["name"] == "县政府主要负责人"


def test_organs_below_the_level_asked_about_are_not_up_the_chain() -> None:
    edges = [edge("REPORTS_TO", COUNTY, TOWNSHIP, 5), edge("SUPERVISES", AUDIT, COUNTY, 9)]
    chain = climb(edges, [COUNTY], "county")
    assert set(chain.organs) == {COUNTY["id"], AUDIT["id"]}


def test_cycles_end_the_climb() -> None:
    edges = [edge("REPORTS_TO", COUNTY, CITY, 1), edge("REPORTS_TO", CITY, COUNTY, 2)]
    chain = climb(edges, [COUNTY], None)
    assert [h["organ"]["name"] for h in chain.hops] == ["县政府", "市政府", "县政府"]
    assert len(chain.organs) == 2
