"""Round 137 (organs): a place name printed once before a fixed pair (甲县乡镇人民政府和街道办事处, 甲区委、区政府)
is the one pair of that place, not a body of no level followed by the pair's second half; the members printed
right after a village's supervision body (村务监督机构成员) are a role of that body. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names

_TITLE = "某某市农村人居环境整治工作规定"


def test_a_place_before_the_township_pair_keeps_the_pair() -> None:
    graph = document("第五条 青山县乡镇人民政府及街道办事处负责本辖区村庄保洁工作。", _TITLE)
    assert holder_names(graph, 5) == {"青山县乡镇人民政府及街道办事处"}
    assert "街道办事处" not in names(graph)


def test_a_place_before_the_party_and_government_pair_keeps_the_pair() -> None:
    graph = document("第六条 山区区委、区政府统筹本区农村人居环境整治工作。", _TITLE)
    assert holder_names(graph, 6) == {"山区区委、区政府"}


def test_a_county_name_before_its_own_pair() -> None:
    graph = document("第七条 青山县委、县政府应当将村庄整治纳入年度考核。", _TITLE)
    assert holder_names(graph, 7) == {"青山县委、县政府"}


def test_a_department_before_the_street_office_stays_two_bodies() -> None:
    graph = document("第八条 市农业农村局、街道办事处应当配合做好村庄保洁工作。", _TITLE)
    assert holder_names(graph, 8) == {"市农业农村局", "街道办事处"}


_VILLAGE_TITLE = "某某省村务公开办法"


def test_the_supervision_body_members_are_a_role_of_their_own() -> None:
    graph = document("第十条 村务监督机构成员应当列席村民委员会讨论财务的会议。", _VILLAGE_TITLE)
    assert holder_names(graph, 10) == {"村务监督机构成员"}


def test_the_supervision_body_alone_stays_the_body() -> None:
    graph = document("第十一条 村务监督机构应当监督村务公开制度的落实。", _VILLAGE_TITLE)
    assert holder_names(graph, 11) == {"村务监督机构"}
