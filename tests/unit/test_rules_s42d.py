"""Round 132 (organs): two named places joined by 和/及 before one body head (甲市和乙县人民政府) share the
head, one body per place (genre rule 2). Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names

_TITLE = "某某省溪谷景区保护条例"


def test_two_named_places_joined_before_one_government_are_two_bodies() -> None:
    graph = document(
        "第四条 青禾市和白石县人民政府应当加强对景区的保护工作。\n第五条 白石县人民政府负责景区日常巡查。",
        _TITLE,
    )
    assert holder_names(graph, 4) == {"青禾市人民政府", "白石县人民政府"}
    assert "青禾市和白石县人民政府" not in names(graph)


def test_a_joined_pair_with_a_phrase_is_not_split() -> None:
    graph = document("第四条 城市和农村人民政府应当做好供水保障工作。", _TITLE)
    assert not {"城市人民政府", "农村人民政府"} & names(graph)


def test_two_provinces_joined_by_he_are_two_governments() -> None:
    graph = document(
        "第六条 湖北省和湖南省人民政府共同负责界河断面的水量调度。\n第七条 湖南省人民政府应当按月报送监测数据。",
        "某某流域水量调度条例",
    )
    assert holder_names(graph, 6) == {"湖北省人民政府", "湖南省人民政府"}
