"""Round 131 (liabilities after an assessment failure): an oversight word that opens a longer sanction word
printed whole (通报 of 通报批评, 追究 of 追究责任) carries that sanction as its mode, so the body a
对考核不合格的X，由Y予以通报批评 sentence reprimands is liable. Each rule on a sentence written for this file
(not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, short

_TITLE = "某某市湿地保护责任办法"


def test_a_reprimand_of_the_failed_places_makes_them_liable() -> None:
    graph = document(
        "第二十条 对年度考核不合格的乡（镇），由市湿地保护委员会予以通报批评，并责令限期整改。",
        _TITLE,
    )
    modes = {m for r in graph.relations if r.type == "SUPERVISES" for m in r.modes}
    assert "通报批评" in modes
    liable = {short(li.organ) for li in graph.liabilities}
    assert any(name.startswith("乡") for name in liable)
    assert "市湿地保护委员会" not in liable


def test_a_plain_notice_keeps_no_liability() -> None:
    graph = document("第二十条 市湿地保护委员会应当将检查结果通报乡（镇）人民政府。", _TITLE)
    assert not graph.liabilities
