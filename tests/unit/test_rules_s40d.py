"""Round 126 (duty segmentation leads): a piece that only names what the act relies on (依托…平台 / 以…为依托)
joins the act after its comma; a 因地制宜 piece holding its own act ends such a run of qualifiers; a function
list closed by 水行政 (X、水行政主管部门) names X by the plain head (X主管部门); a closing 为…提供参考/依据/支撑
piece is the aim of the duty before it. Each rule on a sentence written for this file (not from the seeds, the
dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某某湖泊保护条例"


def test_a_basis_piece_joins_the_act_after_its_comma() -> None:
    graph = document(
        "第二条 市人民政府可以依托湖泊生态景观，发展生态旅游产业。村民委员会应当以村务公开栏为依托，公开财务收支。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert "市人民政府可以依托湖泊生态景观，发展生态旅游产业" in texts
    assert "村民委员会应当以村务公开栏为依托，公开财务收支" in texts


def test_a_basis_piece_with_an_act_of_its_own_stays_apart() -> None:
    graph = document("第三条 镇人民政府依托农业服务中心开展工作，不再另设机构。", _TITLE)
    texts = duty_texts(graph)
    assert "镇人民政府依托农业服务中心开展工作" in texts
    assert "不再另设机构" in texts


def test_a_manner_led_act_ends_the_run_of_qualifiers() -> None:
    graph = document(
        "第四条 县人民政府应当依托本地林果资源，因地制宜发展林下经济，健全农户增收的长效机制。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert "县人民政府应当依托本地林果资源，因地制宜发展林下经济" in texts
    assert "健全农户增收的长效机制" in texts


def test_a_list_closed_by_water_administration_keeps_the_plain_head() -> None:
    graph = document(
        "第五条 县人民政府城市管理、水行政主管部门应当加强湖泊巡查。第六条 县人民政府城市管理主管部门应当清理垃圾。",
        _TITLE,
    )
    assert holders_of_duty(graph, "加强湖泊巡查") == {"县人民政府城市管理主管部门", "县人民政府水行政主管部门"}
    assert holders_of_duty(graph, "清理垃圾") == {"县人民政府城市管理主管部门"}


def test_a_level_word_before_such_a_list_still_opens_the_agent() -> None:
    graph = document("第七条 湖泊年度监测报告由省农业农村、水行政主管部门共同发布。", _TITLE)
    assert holders_of_duty(graph, "共同发布") == {"省农业农村主管部门", "省水行政主管部门"}


def test_a_closing_piece_providing_reference_is_the_aim_of_the_duty_before() -> None:
    graph = document(
        "第八条 县人民政府应当定期评估湖泊水质状况，为湖泊治理决策提供参考。乡镇人民政府应当为渔民提供服务。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert "县人民政府应当定期评估湖泊水质状况，为湖泊治理决策提供参考" in texts
    assert "乡镇人民政府应当为渔民提供服务" in texts
