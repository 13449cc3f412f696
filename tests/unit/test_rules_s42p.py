"""Round 134 (committees set up per level and their offices): X委员会下设办公室 names the committee's office
(X委员会办公室), and a bare level word before 和 opening a level list (市和区X委员会) ties no fuller office name
to that article. Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names, organ_named

_TITLE = "某某市控烟条例"


def test_an_office_set_up_under_a_committee_is_named_as_its_office() -> None:
    graph = document(
        "第五条 市和区控烟委员会负责组织、协调控烟工作。控烟委员会下设办公室，承担委员会的日常工作。\n"
        "第六条 控烟委员会各成员单位应当向控烟委员会报告控烟工作情况。",
        _TITLE,
    )
    assert "控烟委员会办公室" in names(graph)
    assert not any("下设" in name for name in names(graph))
    assert "控烟委员会下设办公室" in organ_named(graph, "控烟委员会办公室").aliases
    assert ("控烟委员会办公室", "控烟委员会") in edges(graph, "PART_OF")


def test_a_level_list_joined_by_he_ties_no_levelled_office_to_its_article() -> None:
    graph = document(
        "第五条 市和区控烟委员会负责组织、协调控烟工作。控烟委员会办公室承担委员会的日常工作。\n"
        "第九条 市控烟委员会办公室应当会同卫生健康部门制定控烟规划。",
        _TITLE,
    )
    found = {(r.source.split("/", 1)[1], r.target.split("/", 1)[1], r.article) for r in graph.relations}
    assert ("市控烟委员会办公室", "市控烟委员会", 9) in found
    assert ("市控烟委员会办公室", "市控烟委员会", 5) not in found


def test_the_owners_of_a_thing_sent_on_are_its_submitters() -> None:
    graph = document(
        "第五条 市和区人民政府有关部门应当做好防汛工作。\n"
        "第九条 市和区人民政府应当建立防汛物资储备制度。市人民政府有关部门和区人民政府的防汛物资储备情况应当"
        "报市防汛指挥部办公室备案。",
        "某某市防汛办法",
    )
    found = edges(graph, "REPORTS_TO")
    assert ("市人民政府有关部门", "市防汛指挥部办公室") in found
    assert ("区人民政府", "市防汛指挥部办公室") in found
    assert ("市人民政府", "市防汛指挥部办公室") not in found
