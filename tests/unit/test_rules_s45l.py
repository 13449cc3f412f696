"""Round 141 (regulated actors with no lexicon head): the body charged with a works by its task (X主体) and the
gas user (X用户) hold the duty of the clause they open; a venue list closed by 以及其他…的场所 (as by 等场所) names each
listed venue a holder. Each rule on a sentence written
for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, surfaces

_TITLE = "某某市农村小型水利设施管护条例"


def test_a_body_named_by_its_task_holds_the_duty() -> None:
    graph = document("第九条 塘堰维修养护主体应当建立巡查制度，及时排除安全隐患。", _TITLE, "总则")
    assert holder_names(graph, 9) == {"塘堰维修养护主体"}


def test_a_violator_named_as_a_body_holds_no_duty() -> None:
    # 违法主体: whoever broke the rule, named by the breach, no regulated actor of its own (work_no_start)
    graph = document("第十条 违法主体应当在三十日内恢复原状。", _TITLE, "总则")
    assert "违法主体" not in holder_names(graph, 10)


def test_a_bare_body_word_holds_no_duty() -> None:
    # 主体应当: no stem says whose, no actor (stem_heads)
    graph = document("第十一条 主体应当明确，责任应当落实。", _TITLE, "总则")
    assert holder_names(graph, 11) == set()


def test_a_gas_user_holds_the_duty() -> None:
    graph = document("第十二条 液化石油气用户应当定期检查软管，发现老化及时更换。", "某某市燃气安全条例", "总则")
    assert holder_names(graph, 12) == {"液化石油气用户"}


def test_venues_before_the_other_venues_of_their_kind_hold_the_duty() -> None:
    # …以及其他…的场所 drops the unnamed rest as 等 does: each listed venue holds, the rest is no node
    found = surfaces("营业性歌舞娱乐场所、酒吧以及其他不适宜老人进入的场所，应当在门口设置提示标志。")
    assert found == ["营业性歌舞娱乐场所", "酒吧"]


def test_places_before_the_other_places_of_their_kind_stay_no_holders() -> None:
    # 学校、医院以及其他人员密集的场所: buildings a sign goes in, no venue run by an operator (as a bare 等场所)
    assert surfaces("学校、医院以及其他人员密集的场所，应当设置避险指示牌。") == []
