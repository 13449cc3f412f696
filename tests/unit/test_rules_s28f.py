"""Rules of round 95 (nx-fupin errors): the township's poverty-relief officer (扶贫专干) is a post of
its own, and a post a body staffs (X配备Y) sits in that body, as a role it sends does (X选派Y); staff
of a class it staffs (配备专职督学) do not.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names


def test_a_staffed_post_sits_in_the_body_that_staffs_it() -> None:
    body = (
        "第一条 乡（镇）人民政府应当配备扶贫专干，扶贫专干负责核对本乡（镇）低收入农户名册，"
        "每季度向县（市、区）人民政府扶贫开发主管部门报送核对结果。"
    )
    graph = document(body, "某省山区扶贫工作条例")
    assert "扶贫专干" in names(graph)
    assert holders_of_duty(graph, "核对本乡（镇）低收入农户名册") == {"扶贫专干"}
    assert ("扶贫专干", "乡（镇）人民政府") in edges(graph, "PART_OF")


def test_staff_of_a_class_stay_out_of_the_body_that_staffs_them() -> None:
    body = "第一条 区人民政府应当配备专职督学，专职督学负责对辖区学校的课后服务进行经常性督导。"
    graph = document(body, "某市课后服务督导办法")
    assert not any(source.endswith("督学") for source, _ in edges(graph, "PART_OF"))
