"""Round 129 (直辖市 documents: villages, streets and their governments): a village body that helps the
government printed bare (协助政府…, 协助人民政府…) with no government named before it in the article helps
the governments at large, the document's 各级人民政府 set where it prints one; after a named government
(所在地人民政府, 乡镇人民政府) the bare word points back to it. Each rule on a sentence written for this file
(not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某市社区服务条例"


def test_a_bare_government_helped_by_a_village_body_is_the_set_at_large() -> None:
    graph = document(
        "第二条 本市各级人民政府应当加强社区服务。乡、镇人民政府负责本辖区社区服务设施建设。"
        "第三条 村民委员会应当组织村民参与社区服务，协助政府做好社区养老服务工作。",
        _TITLE,
    )
    helped = edges(graph, "ASSISTS")
    assert ("村民委员会", "各级人民政府") in helped
    assert ("村民委员会", "乡、镇人民政府") not in helped


def test_a_bare_government_after_a_named_one_points_back() -> None:
    graph = document(
        "第二条 本市各级人民政府应当加强社区服务。"
        "第三条 乡、镇人民政府负责本辖区社区服务设施建设。"
        "村民委员会应当协助人民政府做好社区养老服务工作。",
        _TITLE,
    )
    assert edges(graph, "ASSISTS") == {("村民委员会", "乡、镇人民政府")}
