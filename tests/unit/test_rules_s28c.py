"""Round 95 (organ recall): a level word carried over a list of departments printed bare after it."""

from tests.unit.rules_support import document, holder_names, surfaces


def test_level_word_carries_over_listed_departments() -> None:
    graph = document("第三条 省文化厅、体育局、旅游委按照职责做好景区安全工作。", "某省景区安全责任规定")
    assert holder_names(graph, 3) == {"省文化厅", "省体育局", "省旅游委"}


def test_level_word_carries_to_a_named_bureau() -> None:
    graph = document("第四条 市财政局、审计局负责专项资金的监督。", "某市专项资金管理责任办法")
    assert holder_names(graph, 4) == {"市财政局", "市审计局"}


def test_bare_hall_without_a_listed_level_is_no_body() -> None:
    assert surfaces("居民在歌舞厅、茶楼等场所活动。", "municipal") == []
