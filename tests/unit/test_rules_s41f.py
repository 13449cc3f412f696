"""Round 129 (PART_OF): a node that level arithmetic names for a 上一级/下级 print, whose own name the text
never prints, is a relative body like the printed 上一级X (genre rule 4): it sits in no level's government
or pair. Each rule on names and sentences written for this file (not from the seeds, the dev documents or
the corpus)."""

from __future__ import annotations

from graph.model import Organ
from loaders.pipeline import _relative_named

_TEXT = (
    "第三条 自治区林长制办公室负责组织协调林长制工作。"
    "第八条 审计结果抄送同级林长制办公室。"
    "第九条 对考核不合格的盟（市）、旗（县），由上一级林长制办公室予以通报批评。"
)


def test_an_unprinted_level_node_reached_only_by_relative_words_is_relative() -> None:
    office = Organ(
        id="t/上一级林长制办公室",
        name="盟（市）林长制办公室",
        aliases=["上一级林长制办公室", "同级林长制办公室"],
    )
    assert _relative_named(office, _TEXT)


def test_a_printed_level_node_stays_a_body_of_its_level() -> None:
    text = _TEXT + "第十条 盟（市）林长制办公室应当按月调度工作。"
    office = Organ(
        id="t/上一级林长制办公室",
        name="盟（市）林长制办公室",
        aliases=["上一级林长制办公室", "同级林长制办公室"],
    )
    assert not _relative_named(office, text)


def test_same_level_words_alone_do_not_make_a_relative_body() -> None:
    office = Organ(id="t/同级林长制办公室", name="盟（市）林长制办公室", aliases=["同级林长制办公室"])
    assert not _relative_named(office, _TEXT)
