"""Round 106 (relation recall by trigger): an oversight verb whose object follows a chief's 责任区域内(的)
(the area it answers for, no part of the body's name), and 招录 among the acts joined before 管理 in the
passive X由Y统一招录和管理. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某县林长制实施办法"


def test_an_object_after_the_chiefs_area_is_guided_and_supervised() -> None:
    graph = document("第三条 县级林长负责督促指导责任区域内乡（镇）林长落实护林任务。", _TITLE)
    assert ("县级林长", "乡（镇）林长") in edges(graph, "GUIDES")
    assert ("县级林长", "乡（镇）林长") in edges(graph, "SUPERVISES")


def test_an_object_after_the_chiefs_area_with_de_is_supervised() -> None:
    graph = document("第三条 县级林长负责督促责任区域内的乡（镇）人民政府整改巡林发现的问题。", _TITLE)
    assert ("县级林长", "乡（镇）人民政府") in edges(graph, "SUPERVISES")


def test_a_bare_level_after_the_chiefs_area_names_its_body() -> None:
    graph = document("第三条 县级林长负责督促指导责任区域内的乡（镇）落实护林任务。", _TITLE)
    assert edges(graph, "GUIDES")
    assert all(source == "县级林长" for source, _ in edges(graph, "GUIDES"))


def test_the_chiefs_area_before_a_thing_gives_no_edge() -> None:
    graph = document("第三条 县级林长负责检查责任区域内林木病虫害防治情况。", _TITLE)
    assert not edges(graph, "SUPERVISES")


def test_recruited_and_managed_staff_are_supervised_by_the_agent() -> None:
    graph = document("第三条 护林员由乡（镇）人民政府统一招录和管理。", _TITLE)
    assert ("乡（镇）人民政府", "护林员") in edges(graph, "SUPERVISES")
