"""Organ rules from the session-14 (second round) dev misses: an office named by its oversight
function (人民政府督查机构) stays whole; a department over a narrow spanning set answers to the widest
one; the bodies and staff of a 督查/督导 are organs; 约谈 opens no name. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from loaders.extract import _split_verb_mentions
from loaders.organs import find_mentions
from tests.unit.rules_support import document, edges, holder_names, names, surfaces


def split_surfaces(text: str, doc_level: str) -> list[str]:
    """The mentions as the extractor reads them, relation verbs inside names split out."""
    return [m.surface for m in _split_verb_mentions(find_mentions(text, doc_level), text, doc_level)]


def test_oversight_office_name_is_not_split() -> None:
    # 督查 right before 机构 names what the office does, not a verb between 人民政府 and 机构
    found = split_surfaces("设区的市人民政府督查机构负责本市的督查工作。", "provincial")
    assert found[0] == "设区的市人民政府督查机构"
    assert split_surfaces("省人民政府督察机构应当制定年度计划。", "provincial")[0] == "省人民政府督察机构"


def test_oversight_verb_between_organs_still_splits() -> None:
    # the verb before an anchored organ name is still a verb between two organs
    found = split_surfaces("市人民政府督查本级人民政府有关部门的整改情况。", "municipal")
    assert "市人民政府" in found
    assert "本级人民政府有关部门" in found


def test_department_over_spanning_sets_reports_to_the_widest() -> None:
    # 安全督查机构 is named over 县级以上地方 only, but the document also names 县级以上人民政府: the bare
    # department answers to the widest set, which covers its central member too
    graph = document(
        "第一条 县级以上人民政府应当加强安全督查工作的领导。\n"
        "第二条 国务院办公厅安全督查机构和县级以上地方人民政府安全督查机构统称安全督查机构。\n"
        "第三条 安全督查机构应当向本级人民政府报告督查情况。\n",
        "某安全督查办法",
    )
    reports = edges(graph, "REPORTS_TO")
    assert any(target == "县级以上人民政府" for _, target in reports), reports
    assert not any(target == "县级以上地方人民政府" for _, target in reports), reports


def test_supervised_bodies_and_staff_are_organs() -> None:
    graph = document(
        "第一条 督导人员应当如实记录督导情况。\n"
        "第二条 被督查单位应当在规定期限内完成整改。\n"
        "第三条 督导对象应当如实提供有关材料。\n"
        "第四条 督导组应当在督导结束后提交报告。\n",
        "某省督导工作办法",
    )
    assert {"督导人员", "被督查单位", "督导对象", "督导组"} <= names(graph)
    assert holder_names(graph, 2) == {"被督查单位"}


def test_yuetan_opens_no_name() -> None:
    # 约谈 takes the body after it as its object: no organ is named 约谈X
    found = surfaces("省督导机构可以约谈被督导单位主要负责人。", "provincial")
    assert "被督导单位主要负责人" in found
    assert not any(name.startswith("约谈") for name in found)
