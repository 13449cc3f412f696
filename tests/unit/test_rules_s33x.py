"""Round 106 (river, lake and forest chief rules with level-split posts): several levels sharing one post
(市（州）级、县（市、区）级林长应当履行下列职责：) hold the list as its leads; 本级 seen from such a tier is
that level's body where the text names it, else the post named without a level (本级总林长 → 总林长); and a
chief's 本级有关部门 are the departments spanning levels the document names (县级以上人民政府有关部门) even
where one level's 其他有关部门 is printed apart. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某某省林长制条例"

_TEXT = (
    "第五条 县级以上人民政府有关部门按照各自职责做好林长制相关工作。"
    "第六条 本省建立省、市（州）、县（市、区）、乡（镇）、村五级林长体系。省、市（州）、县（市、区）设立总林长。"
    "第七条 总林长负责本行政区域林长制工作，督促下级总林长和有关部门履行职责。"
    "第八条 市（州）级、县（市、区）级林长应当履行下列职责：\n"
    "（一）组织开展森林资源保护专项整治；\n"
    "（二）组织编制森林资源保护方案，报本级总林长审定后组织实施；\n"
    "（三）督促指导下级林长和本级有关部门履职。\n"
    "第九条 市（州）、县（市、区）人民政府其他有关部门应当配合林长做好森林防火工作。"
)


def test_levels_sharing_one_post_hold_the_list() -> None:
    graph = document(_TEXT, _TITLE)
    assert holders_of_duty(graph, "森林资源保护专项整治") == {"市（州）级林长", "县（市、区）级林长"}


def test_the_own_level_chief_of_a_tier_never_named_is_the_unlevelled_post() -> None:
    graph = document(_TEXT, _TITLE)
    reports = edges(graph, "REPORTS_TO")
    assert ("市（州）级林长", "总林长") in reports
    assert ("县（市、区）级林长", "总林长") in reports
    assert "下级总林长" not in {target for _, target in reports}


def test_a_chief_tiers_own_departments_are_the_spanning_set() -> None:
    graph = document(_TEXT, _TITLE)
    supervised = edges(graph, "SUPERVISES")
    assert ("市（州）级林长", "县级以上人民政府有关部门") in supervised
    assert ("县（市、区）级林长", "县级以上人民政府有关部门") in supervised
    assert "市（州）人民政府其他有关部门" in names(graph) or "市（州）人民政府有关部门" in names(graph)
    assert not any(target.startswith("市（州）人民政府") for source, target in supervised if "林长" in source)


def test_a_government_keeps_its_own_levels_departments() -> None:
    graph = document(
        "第五条 县级以上人民政府有关部门按照各自职责做好林长制相关工作。"
        "第六条 市人民政府有关部门应当做好森林防火工作。"
        "第七条 市人民政府应当督促本级有关部门履行森林防火职责。",
        _TITLE,
    )
    assert ("市人民政府", "市人民政府有关部门") in edges(graph, "SUPERVISES")
