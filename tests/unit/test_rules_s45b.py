"""Round 140 (organs named through other organs): a body printed after 其所属的 / X所属的 sits in the body the
possessive names (PART_OF, explicit). Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市湖泊保护条例"


def test_a_body_owned_through_its_pronoun_sits_in_the_carried_holder() -> None:
    graph = document(
        "第五条 市人民政府渔业主管部门负责湖泊渔业资源的保护，其所属的渔政监督机构具体负责湖区日常巡查。\n"
        "第六条 渔政监督机构发现违法捕捞的，应当及时制止。",
        _TITLE,
    )
    found = edges(graph, "PART_OF")
    assert any(source.endswith("渔政监督机构") and target == "市人民政府渔业主管部门" for source, target in found)


def test_owners_of_two_kinds_give_the_first_owned_body_to_the_first() -> None:
    graph = document(
        "第五条 市人民政府渔业主管部门和公安机关负责湖区治安，"
        "其所属的渔政监督机构和公安机关水上治安机构具体负责湖区巡查。",
        _TITLE,
    )
    found = edges(graph, "PART_OF")
    assert any(source.endswith("渔政监督机构") and target == "市人民政府渔业主管部门" for source, target in found)
    assert not any(source.endswith("渔政监督机构") and target.endswith("公安机关") for source, target in found)


def test_a_field_leader_named_by_a_government_post_is_a_role_of_its_body() -> None:
    graph = document("第七条 县人民政府分管水利工作的副县长负责湖泊保护的日常调度。", _TITLE)
    assert ("县人民政府分管水利工作的副县长", "县人民政府") in edges(graph, "PART_OF")


def test_a_post_filled_by_a_bare_field_leader_stays_no_organ() -> None:
    graph = document(
        "第七条 县人民政府设立湖泊保护委员会，主任由分管水利工作的副县长担任。委员会负责统筹湖泊保护工作。",
        _TITLE,
    )
    assert not any("副县长" in organ.name for organ in graph.organs)
