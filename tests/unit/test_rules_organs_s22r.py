"""Organ mentions, round 36: a function list opening after 或者."""

from __future__ import annotations

from loaders.organs import find_mentions


def test_list_after_huozhe_opens_after_zhe() -> None:
    # 或者 joins the government to a function list as 和 does: 者 belongs to the joiner, not to the first item
    text = "发现险情的单位，应当向所在地人民政府或者水务、应急、消防等有关部门报告。"
    found = find_mentions(text, "municipal")
    named = [m.display or m.surface for m in found]
    assert not any("者" in name for name in named)
    assert [m.surface for m in found][1] == "水务"


def test_list_after_huozhe_has_no_owner() -> None:
    # round 126: the government before 或者 owns no open 等 list (区人民政府或者A、B等部门: departments beside
    # it; dev bj-zongzhi, qd-senlin, qd-yinshui read such lists so)
    text = "由区人民政府或者城管、绿化等部门责令改正。"
    named = {m.display or m.surface for m in find_mentions(text, "municipal")}
    assert not {"区人民政府城管部门", "区人民政府绿化部门"} & named
