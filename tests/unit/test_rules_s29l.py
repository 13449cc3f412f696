"""Round 97, second river/lake/forest chief round: who oversees the keepers and the bodies a chief office
orders. X由Y(统一)选聘、管理和考核 (the organs fronted before 由 are overseen by the agent after it);
X在Y的管理下开展工作 (Y oversees X); 向X下达/签发/下发督办单 (the issuer oversees X); 督办 printed before
an order noun or a clause end (下发督办通知, 提请Z督办) is an act, no part of the organ before it.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, surfaces

_COUNTY = "青石县河长制工作规定"


def test_keepers_fronted_before_the_agent_are_overseen_by_it() -> None:
    body = "第一条 巡河员、保洁员由乡（镇）人民政府统一选聘、管理和考核，县水利局负责业务培训。"
    supervises = edges(document(body, _COUNTY), "SUPERVISES")
    assert {("乡（镇）人民政府", "巡河员"), ("乡（镇）人民政府", "保洁员")} <= supervises
    assert not any(source == "县水利局" for source, _ in supervises)


def test_an_agent_acting_on_a_need_is_no_oversight_of_the_topic() -> None:
    body = "第一条 河湖专管员由县人民政府根据河湖督导工作需要任免。"
    assert not edges(document(body, _COUNTY), "SUPERVISES")


def test_work_under_a_bodys_management_is_overseen_by_it() -> None:
    body = "第一条 护林员在乡（镇）人民政府和村民委员会的管理下开展巡护工作。"
    supervises = edges(document(body, _COUNTY), "SUPERVISES")
    assert {("乡（镇）人民政府", "护林员"), ("村民委员会", "护林员")} <= supervises


def test_an_office_issuing_an_order_oversees_its_addressees() -> None:
    body = "第一条 县河长制办公室可以向乡（镇）河长制办公室或者县有关部门签发督办单，承办单位应当按期办结。"
    supervises = edges(document(body, _COUNTY), "SUPERVISES")
    assert {("县河长制办公室", "乡（镇）河长制办公室"), ("县河长制办公室", "县有关部门")} <= supervises


def test_an_order_to_oversee_ends_the_organ_before_it() -> None:
    found = surfaces("县河长制办公室向乡（镇）河长制办公室下发督办通知；整改不力的，提请县级河长督办。", "county")
    assert "乡（镇）河长制办公室" in found
    assert "县级河长" in found
    assert not any(surface.endswith("督办") for surface in found)
