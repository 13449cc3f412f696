"""Rules of round 101 (a 直辖市's township quadruple, a level's supervising function as the bureau named,
the party school, 接受X的督促指导). Each rule on a sentence written for this file (not from the seeds, the
dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names


def test_the_street_and_township_quadruple_is_one_body() -> None:
    body = (
        "第一条 区委、区政府应当对街道党工委和街道办事处、乡镇党委和政府的防汛工作进行检查。\n"
        "第二条 街道党工委和街道办事处、乡镇党委和政府负责本辖区内的排涝工作。\n"
    )
    graph = document(body, "某直辖市防汛责任办法")
    quadruple = "街道党工委和街道办事处、乡镇党委和政府"
    assert holders_of_duty(graph, "排涝工作") == {quadruple}
    assert not {"街道党工委", "街道办事处", "乡镇党委和政府"} & names(graph)


def test_a_levels_market_regulator_is_the_bureau_named() -> None:
    body = (
        "第一条 市市场监督管理局负责本市计量监督工作。区市场监督管理局负责本区计量检定。\n"
        "第二条 市、区市场监督管理部门牵头，公安、商务等部门配合，开展计量专项检查。\n"
    )
    graph = document(body, "某直辖市计量监督办法")
    assert holders_of_duty(graph, "牵头") == {"市市场监督管理局", "区市场监督管理局"}
    assert ("公安部门", "区市场监督管理局") in edges(graph, "ASSISTS")
    assert not {"市人民政府市场监督管理部门", "区人民政府市场监督管理部门"} & names(graph)


def test_a_party_school_is_no_party_committee() -> None:
    body = "第一条 市委、市政府统一领导本市禁毒工作。市委党校、区委党校应当开设禁毒相关课程。\n"
    graph = document(body, "某直辖市禁毒责任办法")
    assert holders_of_duty(graph, "开设禁毒相关课程") == {"市委党校", "区委党校"}
    assert ("市委党校", "市委、市政府") in edges(graph, "PART_OF")
    assert "市委" not in names(graph)


def test_accepting_urging_and_guidance_is_oversight_and_guidance() -> None:
    body = "第一条 市禁毒委员会统筹全市禁毒工作。区禁毒委员会接受市禁毒委员会的督促指导。\n"
    graph = document(body, "某直辖市禁毒责任办法")
    assert ("市禁毒委员会", "区禁毒委员会") in edges(graph, "SUPERVISES")
    assert ("市禁毒委员会", "区禁毒委员会") in edges(graph, "GUIDES")
