"""Round 133 (REPORTS_TO with the wrong reporter): 上述部门 / 上述派出机构 points back to the bodies of the list
printed just before it, so its duties and reports are theirs. Each rule on a sentence written for this file (not
from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某某市农村饮水安全工作办法"


def test_a_back_reference_reports_as_the_listed_partners() -> None:
    graph = document(
        "第八条 市水利局负责建立农村供水监测平台，会同市卫生健康委、市生态环境局、市财政局制定监测方案。"
        "上述部门应当每季度向市水利局报送监测数据。",
        _TITLE,
    )
    found = edges(graph, "REPORTS_TO")
    for partner in ("市卫生健康委", "市生态环境局", "市财政局"):
        assert (partner, "市水利局") in found
    assert holders_of_duty(graph, "每季度向市水利局报送") == {"市卫生健康委", "市生态环境局", "市财政局"}
    assert "上述部门" not in names(graph)


def test_a_back_reference_to_a_summarised_list_reaches_the_items() -> None:
    graph = document(
        "第九条 供水站、水质检测站等区水务部门派出机构，应当接受乡镇人民政府的协调。\n\n"
        "上述派出机构应当每月向乡镇人民政府书面报告供水情况。",
        _TITLE,
    )
    sources = {source for source, target in edges(graph, "REPORTS_TO") if target == "乡镇人民政府"}
    # the items (named as the list reads them), not the 等 summary
    assert any(source.startswith("供水站") for source in sources)
    assert any(source.startswith("水质检测站") for source in sources)
    assert "区水务部门派出机构" not in sources
    assert "上述派出机构" not in names(graph)


def test_a_back_reference_with_no_list_before_it_stays() -> None:
    graph = document("第十条 市水利局应当加强监测。上述部门应当每季度向市人民政府报告工作。", _TITLE)
    assert ("上述部门", "市人民政府") in edges(graph, "REPORTS_TO")
