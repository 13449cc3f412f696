"""Round 137 (regulated bodies that are no government organ): associations (X团体), colleges (X院校) and the
institutions named by the venue they run (X活动场所, X戒毒场所, X处理场所) hold the duties of the clauses they open,
while 非X (whoever is not X) holds none. Each rule on a sentence written for this file (not from the seeds, the
dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names, surfaces

_TITLE = "某某市民间文艺活动管理条例"


def test_an_association_opening_its_clause_holds_the_duty() -> None:
    graph = document("第六条 民间文艺团体应当建立健全内部管理制度。", _TITLE, "总则")
    assert holder_names(graph, 6) == {"民间文艺团体"}


def test_a_college_opening_its_clause_holds_the_duty() -> None:
    assert surfaces("艺术院校应当定期开展安全检查。") == ["艺术院校"]


def test_a_venue_run_as_an_institution_holds_the_duty_in_a_list() -> None:
    graph = document("第八条 民间文艺团体、艺术院校和群众文艺活动场所应当执行财务管理制度。", _TITLE, "总则")
    assert holder_names(graph, 8) == {"民间文艺团体", "艺术院校", "群众文艺活动场所"}


def test_a_shelter_is_no_institution() -> None:
    # 应急避难场所应当设置标志: a facility the rule describes, no body that runs it
    assert surfaces("应急避难场所应当设置明显标志。") == []


def test_a_negated_kind_is_nobody() -> None:
    graph = document("第九条 非民间文艺团体、非艺术院校不得举办收费培训。", _TITLE, "总则")
    assert not any(name.startswith("非") for name in names(graph))


def test_a_kind_of_unit_is_left_to_the_list_of_kinds() -> None:
    # 社会团体 names a kind of unit (机关、社会团体、企业事业单位): only the list-of-kinds rule reads it
    assert "社会团体" not in surfaces("市文化行政部门和社会团体应当加强民间文艺宣传。")
