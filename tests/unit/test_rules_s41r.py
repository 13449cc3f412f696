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


def test_the_places_listed_before_a_function_unit_hold_nothing() -> None:
    graph = document(
        "第二十一条 自来水厂、污水处理厂、城市广场、体育中心、会展中心、大型商业中心、长途汽车站、轨道交通站点、"
        "垃圾填埋场等运营、管理单位，应当建立安全巡查制度。",
        "某某市公共安全条例",
    )
    duty = next(d for d in graph.duties if "安全巡查" in d.text)
    assert {short(h) for h in duty.holders} == {"运营、管理单位"}
    assert not any(o.name in ("大型商业中心", "垃圾填埋场", "会展中心") for o in graph.organs)


def test_a_list_with_a_body_in_it_keeps_its_subjects() -> None:
    graph = document(
        "第二十一条 园区管理机构、街道办事处以及有关水库、湖泊等管理单位应当加强日常巡查。",
        "某某市水资源保护条例",
    )
    names = {o.name for o in graph.organs}
    assert "街道办事处" in names
