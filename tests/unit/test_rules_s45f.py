"""Round 140 (where a PART_OF stands): an organ with no duty is first named where its body sets it up (X设立Y,
X设Y, X参照市级设立Y), though its whole name is printed only later (genre rule 8, first mention). Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from loaders.pipeline import _tie_prints
from tests.unit.rules_support import document, short

_TITLE = "某某市森林防火管理办法"


def test_a_part_set_up_by_its_body_is_tied() -> None:
    assert _tie_prints("市人民政府护林指挥部", "火情紧急时，市人民政府设立护林指挥部，统一调度扑救力量")
    assert _tie_prints("县（区）护林长", "县（区）设护林长，由县（区）长担任")
    assert _tie_prints("县（区）护林办公室", "县（区）参照市级设立护林办公室，办公室设在同级林业部门")


def test_a_body_set_up_by_another_is_not_tied() -> None:
    assert not _tie_prints("市人民政府护林指挥部", "市人民政府和林业部门设立护林指挥部")
    assert not _tie_prints("市人民政府护林指挥部", "市人民政府应当保障经费，林业部门设立护林指挥部")


def test_the_part_of_stands_where_the_body_is_set_up() -> None:
    graph = document(
        "第二条 火情紧急时，市人民政府设立护林指挥部，统一调度扑救力量。\n"
        "第三条 市人民政府应当加强森林防火宣传。\n"
        "第四条 市人民政府应当对市人民政府护林指挥部的调度情况进行检查。",
        _TITLE,
    )
    part_of = {(short(r.source), short(r.target)): r.article for r in graph.relations if r.type == "PART_OF"}
    assert part_of.get(("市人民政府护林指挥部", "市人民政府")) == 2


def test_an_office_named_by_its_short_form_first_holds_its_duty_there() -> None:
    graph = document(
        "第二条 市护林防火领导小组负责统筹全市森林防火工作。\n"
        "第三条 办公室设在市林业局，承担领导小组的日常工作。\n"
        "第四条 市护林防火领导小组办公室应当每年组织森林防火检查。",
        _TITLE,
    )
    part_of = {(short(r.source), short(r.target)): r.article for r in graph.relations if r.type == "PART_OF"}
    assert part_of.get(("市护林防火领导小组办公室", "市护林防火领导小组")) == 3


def test_the_short_forms_of_an_office_are_its_head_words() -> None:
    from loaders.pipeline import _office_short_forms

    assert {"办公室", "领导小组办公室", "委员会办公室"} <= _office_short_forms()
    assert "禁毒委员会办公室" not in _office_short_forms()
