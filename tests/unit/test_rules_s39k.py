"""Round 124 (bare function departments in multi-level documents): a government function department
printed bare as the 会同 partner of a party committee's department (县委组织部门会同人力资源部门) is the
department of that level's government, not a department of the party committee. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_TITLE = "某某市乡村人才振兴条例"


def test_a_government_partner_of_a_party_department_is_the_level_government_department() -> None:
    graph = document(
        "第五条 县（市、区）人民政府人力资源社会保障主管部门负责本行政区域内乡村人才培训工作。"
        "第六条 乡村工作站由县（市、区）党委组织部门会同人力资源社会保障主管部门统筹组建。",
        _TITLE,
    )
    holders = holders_of_duty(graph, "统筹组建")
    assert "县（市、区）人民政府人力资源社会保障主管部门" in holders
    assert "县（市、区）党委组织部门" in holders
    assert not any(name.endswith("党委人力资源社会保障主管部门") for name in holders)


def test_the_same_level_partner_of_a_lead_named_with_no_level_is_the_bare_department() -> None:
    graph = document(
        "第三条 市、县（区）人民政府应当加强对乡村人才工作的领导。"
        "第四条 农业农村主管部门负责乡村人才的统计工作。教育主管部门负责乡村教师的培训。"
        "第五条 农业农村主管部门应当会同同级教育主管部门制定乡村人才培养计划。",
        _TITLE,
    )
    holders = holders_of_duty(graph, "制定乡村人才培养计划")
    assert holders == {"农业农村主管部门", "教育主管部门"}
