"""Round 126 (duty segmentation leads): a piece that only names what the act relies on (依托…平台 / 以…为依托)
joins the act after its comma, and a 因地制宜 piece holding its own act ends such a run of qualifiers. Each rule
on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts

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
