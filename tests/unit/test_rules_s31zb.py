"""Round 102 (session 31): an office's edges to the body it serves and to the department housing it go
at the housing sentence (X办公室设在Y，承担X日常工作), the earlier of it and the office's first duty read."""

from __future__ import annotations

from tests.unit.rules_support import document, short


def _part_of_articles(body: str) -> dict[tuple[str, str], int]:
    graph = document(body, "某县湿地保护责任制规定")
    return {(short(r.source), short(r.target)): r.article for r in graph.relations if r.type == "PART_OF"}


def test_office_sits_in_its_body_at_the_housing_article() -> None:
    body = (
        "第一条 县湿地保护委员会负责统筹全县湿地保护工作。\n"
        "第二条 县湿地保护委员会办公室设在县林业局，县林业局局长兼任办公室主任。\n"
        "第三条 县林业局负责湿地巡护。\n"
        "第四条 县湿地保护委员会办公室负责组织年度考核，督促各乡镇落实整改。\n"
    )
    placed = _part_of_articles(body)
    assert placed.get(("县湿地保护委员会办公室", "县湿地保护委员会")) == 2
