"""Round 68 (organ identity): a government's set defined by 以下简称 is one organ with its short name."""

from __future__ import annotations

from loaders.organs import find_mentions
from tests.unit.rules_support import document, organ_id

_DEFINED = (
    "第三条 县级以上人民政府负责古桥养护的部门(以下简称古桥养护主管部门)承担本行政区域的古桥巡查工作。\n"
    "第四条 古桥养护主管部门应当建立古桥档案。\n"
    "第五条 县级以上人民政府古桥养护主管部门应当每年公布古桥名录。"
)


def test_government_set_defined_by_short_name_is_read_as_that_department() -> None:
    mention = find_mentions("县级以上人民政府负责古桥养护的部门(以下简称古桥养护主管部门)承担", "provincial")[0]
    assert mention.surface == "县级以上人民政府负责古桥养护的部门"
    assert (mention.stem, mention.head, mention.collective) == ("古桥养护", "主管部门", "县级以上")


def test_defined_set_and_its_later_mentions_are_one_organ() -> None:
    graph = document(_DEFINED, "河北省古桥保护条例")
    full = organ_id(graph, "县级以上人民政府负责古桥养护的部门")
    assert organ_id(graph, "古桥养护主管部门") == full
    assert organ_id(graph, "县级以上人民政府古桥养护主管部门") == full


def test_short_name_with_its_own_level_word_is_left_as_printed() -> None:
    mention = find_mentions("省人民政府负责古桥养护的部门(以下简称省古桥养护部门)承担", "provincial")[0]
    assert mention.stem != "古桥养护"
