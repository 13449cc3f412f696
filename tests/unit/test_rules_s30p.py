"""Round 98 (street and township regulations, fifth round): 确需 before a body is the modal 'where it is
truly needed', never the opening of the body's name; the clause it opens keeps the subject before it."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某县乡镇工作条例"


def test_truly_needed_opens_no_name() -> None:
    body = (
        "第一条 县人民政府有关部门不得将本部门职责转嫁给乡镇人民政府。"
        "确需乡镇人民政府协助办理的事项，应当报县人民政府批准。"
    )
    graph = document(body, _TITLE)
    assert not any(name.startswith("确需") for name in names(graph))
    assert holders_of_duty(graph, "协助办理的事项") == {"县人民政府有关部门"}


def test_body_set_up_in_a_place_sits_in_its_department() -> None:
    # 设在 + the place + 的 links the body set up to its department, as 在…设立的 does
    graph = document("第二条 县人民政府有关部门设在乡镇的派出机构，应当配合乡镇人民政府开展工作。", _TITLE)
    assert holders_of_duty(graph, "配合乡镇人民政府") == {"派出机构"}
    assert ("派出机构", "县人民政府有关部门") in edges(graph, "PART_OF")
