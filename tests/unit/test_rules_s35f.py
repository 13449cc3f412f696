"""Round 113 (first sight of a river law): a place name never opens inside a person word closing on a
verb (…部门及其负责人和某县人民政府: 人和某县 is no place), ... Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names, surfaces

_TITLE = "某某河道保护条例"


def test_a_place_never_opens_inside_a_role_word_before_a_joiner() -> None:
    graph = document(
        "第五条 衡阳市人民政府应当将河道保护目标纳入对市人民政府有关部门及其负责人和祁东县人民政府及其负责人的考核。",
        _TITLE,
    )
    assert "祁东县人民政府" in names(graph)
    assert not any(name.startswith("人和") for name in names(graph))
    assert ("衡阳市人民政府", "祁东县人民政府") in edges(graph, "SUPERVISES")


def test_a_person_word_before_a_district_government_opens_no_place() -> None:
    assert not any(s.startswith("人") for s in surfaces("举报人和江北区人民政府应当配合调查。", "municipal"))
    assert not any(s.startswith("人") for s in surfaces("对其管理人及南岸区人民政府进行通报。", "municipal"))
