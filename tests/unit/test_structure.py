"""Structure and decoding on small documents written for the tests (not the seeds)."""

from __future__ import annotations

import codecs

import pytest

from graph.errors import InputError
from loaders.pipeline import parse_text
from loaders.reading import TextView, decode_bytes
from loaders.structure import chinese_number, parse_structure

RIVER = """某某市河长制规定

第一章 总　则
第一条 为了落实河长制，制定本规定。
第二条 本规定适用于本市行政区域内的河道。
第二章 职责
第三条 市人民政府负责全市河长制工作。区县人民政府对本行政区域内河道管理负主体责任。
第三条之一 街道办事处应当协助区县人民政府做好河道巡查。 第四条 区县水行政主管部门应当每年向区县人民政府报告情况。
第三章 附则
第五条 本规定自2020年1月1日起施行。
"""


@pytest.mark.parametrize(
    ("token", "value"),
    [("一", 1), ("十", 10), ("十五", 15), ("二十", 20), ("一百零三", 103), ("三百二十一", 321), ("12", 12)],
)
def test_chinese_numbers(token: str, value: int) -> None:
    assert chinese_number(token) == value


def test_chapters_articles_suffix_and_shared_line() -> None:
    graph = parse_text(RIVER, "river")
    assert [(c.number, c.title) for c in graph.chapters] == [(1, "总则"), (2, "职责"), (3, "附则")]
    assert [a.key for a in graph.articles] == ["a1", "a2", "a3", "a3-1", "a4", "a5"]
    shared = {a.key: a for a in graph.articles}
    assert shared["a3-1"].text.endswith("河道巡查。")
    assert shared["a4"].text.startswith("区县水行政主管部门")
    for article in graph.articles:
        assert RIVER[article.start : article.end] == article.text
    assert graph.document.title == "某某市河长制规定"


def test_in_text_reference_is_no_marker() -> None:
    text = "第一条 甲。\n第二条 依照本规定第一条规定办理。\n第三条 乙。\n"
    view = TextView.of(text)
    assert [a.number for a in parse_structure(view).articles] == [1, 2, 3]


def test_sectioned_document() -> None:
    text = "关于加强某项工作的意见\n一、总体要求\n各级人民政府要加强领导。\n二、主要任务\n县级人民政府负责组织实施。\n"
    graph = parse_text(text, "opinion")
    assert [a.number for a in graph.articles] == [1, 2]
    assert graph.articles[0].label == "一、"


def test_crlf_bom_zero_width_and_fullwidth_do_not_break_markers() -> None:
    text = "第１条\u200b 县人民政府负责。\r\n第二条　乡镇人民政府应当配合。\r\n"
    decoded = decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8"), "t.txt")
    assert "\r" not in decoded and not decoded.startswith("\ufeff")
    graph = parse_text(decoded, "t")
    assert [a.number for a in graph.articles] == [1, 2]
    for article in graph.articles:
        assert decoded[article.start : article.end] == article.text


def test_gbk_and_utf16_are_decoded() -> None:
    text = "第一条 县级人民政府负责本行政区域内的工作。"
    assert decode_bytes(text.encode("gbk"), "g.txt") == text
    assert decode_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "u.txt") == text


@pytest.mark.parametrize("data", [b"", b"   \n\t ", b"\x00\x01\x02\x03binary\x00"])
def test_unusable_input_is_an_error(data: bytes) -> None:
    with pytest.raises(InputError):
        decode_bytes(data, "bad.txt")


def test_text_without_provisions_is_an_error() -> None:
    with pytest.raises(InputError, match="no provisions"):
        parse_text("这是一段没有条款的文字。", "none")


def test_markdown_info_block_is_skipped() -> None:
    text = "# 某省条例\n\n第一条 出现在说明中。\n<!-- INFO END -->\n## 第一章 总则\n\n第一条 省人民政府负责。\n"
    graph = parse_text(text, "md")
    assert [a.key for a in graph.articles] == ["a1"] and graph.articles[0].text == "省人民政府负责。"
    assert graph.document.title == "某省条例"
