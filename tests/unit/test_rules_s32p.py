"""Round 104 (central inspection rules, second pass): verbs that act on a body without naming it (不代替X行使职权,
不得干预X的正常活动, 覆盖X区域内全部Y单位, 询问有关单位和人员) end no organ's name; the body opens after them.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document

_TITLE = "某某工作督察办法"


def _names(graph: object) -> set[str]:
    return {organ.name for organ in graph.organs}  # type: ignore[attr-defined]


def test_a_body_after_daiti_opens_after_the_verb() -> None:
    graph = document(
        "第三条 林业督察工作不替代地方人民政府及其有关部门履行职责。第四条 地方人民政府应当配合督察。",
        _TITLE,
    )
    names = _names(graph)
    assert "地方人民政府" in names
    assert not any(name.startswith(("代替", "替代")) for name in names)


def test_a_body_after_ganyu_or_fugai_opens_after_the_verb() -> None:
    graph = document(
        "第五条 督察人员不得干预被检查单位正常的生产活动。"
        "第六条 例行督察每两年开展一次，覆盖本市全部区人民政府。"
        "第七条 督察组可以询问有关单位和人员。",
        _TITLE,
    )
    names = _names(graph)
    assert not any(name.startswith(("干预", "覆盖", "询问")) for name in names)


def test_a_body_named_by_what_it_undergoes_keeps_xunwen() -> None:
    graph = document("第八条 受询问机关应当如实答复督察组的询问。", _TITLE)
    assert "受询问机关" in _names(graph)
