"""Round 98, central texts: a local government printed only inside its departments' names
(县级以上地方人民政府X部门) is no node of a text the State Council or the Centre issues, so the department
sits in no body there; a local text, or one whose place was merely not recognised, keeps the edge.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from loaders.pipeline import _centrally_issued
from tests.unit.rules_support import document, edges

_BODY = (
    "第一条 县级人民政府渔业主管部门负责本行政区域内休闲垂钓场所的登记。\n"
    "第二条 设区的市级人民政府渔业主管部门应当每年抽查垂钓场所的安全设施。\n"
)


def test_a_central_text_drops_the_government_printed_only_in_its_departments() -> None:
    graph = document(_BODY, "# 休闲垂钓场所管理条例\n\n2031年5月6日 中华人民共和国国务院令第901号公布\n")
    part_of = edges(graph, "PART_OF")
    assert ("县级人民政府渔业主管部门", "县级人民政府") not in part_of
    assert ("设区的市级人民政府渔业主管部门", "设区的市级人民政府") not in part_of


def test_a_local_or_unplaced_text_keeps_the_government_of_its_departments() -> None:
    for title in ("# 某市休闲垂钓场所管理办法", "# 休闲垂钓场所管理办法"):
        part_of = edges(document(_BODY, title), "PART_OF")
        assert ("县级人民政府渔业主管部门", "县级人民政府") in part_of, title


def test_a_central_issuer_is_the_centre_the_state_council_or_a_ministry_naming_no_place() -> None:
    def issued(title: str, line: str = "") -> bool:
        return _centrally_issued(title, f"# {title}\n\n{line}\n")

    assert issued("钓具质量抽检办法", "2031年2月 国务院办公厅印发")
    assert issued("钓具质量抽检办法", "2031年2月3日 农业农村部、国家市场监督管理总局发布")
    assert not issued("钓具质量抽检办法", "2031年2月 中共某某市委组织部印发")
    assert not issued("某某地区钓具质量抽检办法", "2031年2月 某某地区行政公署印发")
    assert not issued("钓具质量抽检办法")
