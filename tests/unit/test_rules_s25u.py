"""Round 61 (described bodies): 管理X的主管部门 / 负责X的主管部门 name a line authority by what it manages;
a government printed before 履行/承担…职责的部门 owns that set; 有管辖权的部门/人民政府 are competent sets;
more forms of 作出…决定的机关."""

from __future__ import annotations

from tests.unit.rules_support import surfaces


def test_managing_body_is_one_described_department() -> None:
    # 管理X的主管部门 needs no 工作 before 的: the 主管部门 head already names a line authority
    assert surfaces("由管理渔港企业的主管部门会同有关部门审定。") == ["管理渔港企业的主管部门", "有关部门"]
    assert surfaces("负责专利保护的主管部门应当受理投诉。") == ["负责专利保护的主管部门"]


def test_managing_body_after_government_is_its_department() -> None:
    assert surfaces("市人民政府管理渔港企业的主管部门应当定期检查。") == ["市人民政府管理渔港企业的主管部门"]


def test_managing_word_inside_a_name_or_predicate_is_no_described_body() -> None:
    # 管理 inside another body's name, or an object with a stop word (是, 工作, 部门), names no body
    assert "管理单位的主管部门" not in surfaces("渔港管理单位的主管部门应当检查。")
    assert "管理工作的主管部门" not in surfaces("市公安机关是犬只管理工作的主管部门。")
    assert "管理渔港企业的主管部门" in surfaces("由市交通主管部门会同管理渔港企业的主管部门处理。")


def test_government_before_performed_duty_set_owns_it() -> None:
    found = surfaces("县级以上人民政府履行渔业监督管理职责的部门应当检查。")
    assert found == ["县级以上人民政府履行渔业监督管理职责的部门"]
    found = surfaces("市人民政府承担渔业监督管理职责的部门应当检查。")
    assert found == ["市人民政府承担渔业监督管理职责的部门"]


def test_jurisdiction_sets() -> None:
    assert surfaces("应当移送有管辖权的部门处理。") == ["有管辖权的部门"]
    assert surfaces("由有管辖权的人民政府责令关闭。") == ["有管辖权的人民政府"]
    # the competent governments owning a body printed next: that body, not a set of governments
    assert "有管辖权的人民政府" not in surfaces("有管辖权的人民政府防汛指挥机构应当巡查。")


def test_decision_makers() -> None:
    assert surfaces("逾期不履行的，作出行政处罚决定的机关可以申请强制执行。") == ["作出行政处罚决定的机关"]
    assert surfaces("逾期不履行的，作出决定的机关可以申请强制执行。") == ["作出决定的机关"]
