"""Round 118 (RESPONSIBLE_FOR holders where the duty is found): a 机关 named by the inquiry it is charged with
(负责调查的机关, 执行检查任务的机关) is a working set that holds its clause's duties, as the tasked sets
负责事故调查的人民政府 already were. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_TITLE = "某某市渔船事故处理办法"


def test_the_organ_charged_with_the_inquiry_holds_its_duty() -> None:
    graph = document(
        "第三条 市渔业主管部门负责渔船安全管理工作。第四条 负责调查的机关可以聘请专家参与渔船事故分析。",
        _TITLE,
    )
    assert holders_of_duty(graph, "聘请专家") == {"负责调查的机关"}


def test_the_organ_carrying_out_the_inspection_holds_its_duty() -> None:
    graph = document(
        "第三条 市渔业主管部门负责渔船安全管理工作。第四条 执行检查任务的机关应当出示检查通知书。",
        _TITLE,
    )
    assert holders_of_duty(graph, "出示检查通知书") == {"执行检查任务的机关"}
