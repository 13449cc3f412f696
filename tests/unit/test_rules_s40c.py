"""Round 126 (REPORTS_TO and relative targets): a relative collective printed once as 共同的上一级X (the
common superior of two parties) is still a set named only by relative words, so 县级以上X报上一级Y gives
the edge to it. Each rule on a sentence written for this file (not from the seeds, the dev documents or
the corpus)."""

from __future__ import annotations

from loaders.extract import Extractor
from loaders.organs import Mention
from tests.unit.rules_support import document, edges

_TITLE = "某某省抗风条例"


def test_a_common_superior_print_keeps_the_relative_set_a_target() -> None:
    graph = document(
        "第五条 县级以上地方人民政府防风指挥机构应当编制防风预案，报上一级人民政府防风指挥机构备案。"
        "第六条 跨行政区域的防风措施，由县级以上地方人民政府防风指挥机构报共同的上一级人民政府防风指挥机构批准。",
        _TITLE,
    )
    targets = {target for source, target in edges(graph, "REPORTS_TO") if source == "县级以上地方人民政府防风指挥机构"}
    assert targets and all(target.endswith("上一级人民政府防风指挥机构") for target in targets)


def _dept(start: int, surface: str, relative: str | None = None, collective: str | None = None) -> Mention:
    return Mention(
        start,
        start + len(surface),
        surface,
        "central" if relative else None,
        "agency",
        "dept",
        stem="林业",
        head="主管部门",
        relative=relative,
        collective=collective,
    )


def test_a_bare_department_of_a_spanning_set_reads_its_superior_as_the_relative_set() -> None:
    # 县级以上人民政府林业主管部门…。林业主管部门编制护林规划，报上一级林业主管部门备案: the bare department
    # stands for the set spanning levels, so its 上一级 one is the relative set, not the centre's
    printed = _dept(0, "县级以上人民政府林业主管部门", collective="县级以上")
    bare = _dept(30, "林业主管部门")
    superior = _dept(50, "上一级林业主管部门", relative="up")
    Extractor.scope_relative_sets({"a3": [printed], "a9": [bare, superior]})
    assert superior.of_spanning and superior.level is None


def test_a_bare_department_of_no_spanning_print_keeps_level_arithmetic() -> None:
    bare = _dept(30, "林业主管部门")
    superior = _dept(50, "上一级林业主管部门", relative="up")
    Extractor.scope_relative_sets({"a9": [bare, superior]})
    assert not superior.of_spanning and superior.level == "central"


def test_an_earlier_superior_of_the_same_function_keeps_the_later_one() -> None:
    graph = document(
        "第三条 县级以上人民政府林业主管部门负责本行政区域的护林工作。"
        "第九条 设区的市级林业主管部门负责查处重大护林案件；上级林业主管部门应当指导下级林业主管部门的护林工作。"
        "林业主管部门对管辖发生争议的，报请共同的上一级林业主管部门指定管辖。",
        "某某省护林条例",
    )
    superiors = [o.name for o in graph.organs if "上级林业" in o.name or "上一级林业" in o.name]
    assert len(superiors) == 1
