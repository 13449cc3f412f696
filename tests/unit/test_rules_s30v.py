"""Round 98 (jurisdiction): a text the State Council's office issues is national even when its title names no place
and its articles name provinces; a level word before 长 in a title is a post (省长责任制), not the document's place."""

from __future__ import annotations

from graph.model import DocumentGraph
from loaders.pipeline import parse_text


def _graph(title: str, issuing: str, body: str) -> DocumentGraph:
    return parse_text(f"# {title}\n\n{issuing}\n\n<!-- INFO END -->\n\n{body}", "t")


def test_office_issued_rule_naming_provinces_is_national() -> None:
    graph = _graph(
        "农田灌溉考核办法",
        "2021年3月 国务院办公厅印发",
        "第一条 国务院对各省、自治区、直辖市人民政府进行考核。\n\n第二条 甘肃省、宁夏回族自治区人民政府应当报告。",
    )
    assert graph.document.jurisdiction == "全国"
    assert graph.document.level == "central"


def test_governor_post_in_a_title_is_no_place() -> None:
    graph = _graph("水源保护省长责任制考核办法", "2021年3月 国务院办公厅印发", "第一条 国务院对省级人民政府进行考核。")
    assert graph.document.jurisdiction == "全国"
