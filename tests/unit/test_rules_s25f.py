"""Round 52 (ASSISTS / GUIDES): a village body helping a bare 人民政府, and 在所在地X的指导下."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

TITLE = "某县农村人居环境整治条例"


def test_village_body_assists_the_township_government_printed_bare() -> None:
    body = "第一条 乡镇人民政府负责本辖区农村人居环境整治工作。\n第二条 村民委员会应当协助人民政府做好村庄保洁工作。"
    assert ("村民委员会", "乡镇人民政府") in edges(document(body, TITLE), "ASSISTS")


def test_village_body_assists_the_government_set_without_a_township_government() -> None:
    body = (
        "第一条 各级人民政府应当加强农村人居环境整治工作。\n"
        "第二条 居民委员会、村民委员会应当配合人民政府开展环境卫生检查。"
    )
    assert ("居民委员会、村民委员会", "各级人民政府") in edges(document(body, TITLE), "ASSISTS")


def test_bare_government_gives_no_edge_from_a_body_that_is_not_a_village_body() -> None:
    body = (
        "第一条 乡镇人民政府负责本辖区农村人居环境整治工作。\n"
        "第二条 县环境卫生主管部门应当协助人民政府做好村庄保洁工作。"
    )
    assert ("县环境卫生主管部门", "乡镇人民政府") not in edges(document(body, TITLE), "ASSISTS")


def test_guidance_of_the_local_government_printed_with_its_place_word() -> None:
    body = (
        "第一条 乡镇人民政府负责本辖区农村人居环境整治工作。\n"
        "第二条 村民委员会应当在所在地人民政府的指导下制定村庄保洁制度。"
    )
    assert ("乡镇人民政府", "村民委员会") in edges(document(body, TITLE), "GUIDES")


def test_village_body_listed_with_social_bodies_assists_the_government_set() -> None:
    body = (
        "第一条 各级人民政府负责救灾工作。乡镇人民政府负责本辖区救灾工作。\n"
        "第二条 村民委员会以及红十字会等社会组织应当协助人民政府开展救灾工作。"
    )
    found = edges(document(body, "某县救灾条例"), "ASSISTS")
    assert ("村民委员会", "各级人民政府") in found
    assert ("村民委员会", "乡镇人民政府") not in found
