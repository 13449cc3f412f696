"""A bare 作为 tail naming the use of a result or a thing (…，作为…的重要依据) closes the duty
before it, one span; ，并作为… (a coordinated act) and parallel 作为 pieces stay apart."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts

TITLE = "某某市湖泊保护责任制实施办法"


def test_use_tail_stays_in_the_duty() -> None:
    graph = document("第十条 市湖泊保护办公室应当将考评结果报送市人民政府，作为各区年度绩效考评的依据。", TITLE)
    assert "将考评结果报送市人民政府，作为各区年度绩效考评的依据" in "".join(duty_texts(graph))
    assert not any(t.startswith("作为") for t in duty_texts(graph))


def test_coordinated_tail_stays_apart() -> None:
    graph = document("第十条 市湖泊保护办公室应当将考评结果报送市人民政府，并作为各区年度绩效考评的依据。", TITLE)
    assert not any("报送市人民政府，并作为" in t for t in duty_texts(graph))


def test_parallel_uses_stay_apart() -> None:
    graph = document("第十条 市湖泊保护办公室应当将考评结果作为各区评先评优的参考，作为各区年度绩效考评的依据。", TITLE)
    assert not any("参考，作为" in t for t in duty_texts(graph))
