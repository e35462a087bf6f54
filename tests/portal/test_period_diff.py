"""Changes between two periods' progress, marked with <ins>/<del> and escaped."""

from lxml import html

from luoshi.portal.diffs import diff_html


def _parts(markup):
    doc = html.fragment_fromstring(f"<div>{markup}</div>")
    for hidden in doc.xpath(".//span[@class='visually-hidden']"):
        hidden.drop_tree()
    return ["".join(n.text_content() for n in doc.xpath(f".//{tag}")) for tag in ("ins", "del")]


def test_unchanged_text_has_no_marks():
    assert diff_html("已新增停车位50个。", "已新增停车位50个。") == "已新增停车位50个。"


def test_added_and_removed_text_is_marked_and_screen_readers_are_told():
    markup = diff_html("已新增停车位50个。", "已新增停车位210个,道路停车规范管理。")
    inserted, deleted = _parts(markup)
    assert "210个" in inserted and "规范管理" in inserted
    assert deleted == "50个"
    assert "<del><span class=\"visually-hidden\">删去:</span>" in markup
    assert "<ins><span class=\"visually-hidden\">新增:</span>" in markup


def test_the_new_text_is_what_remains_without_the_deletions():
    old, new = "西岸社区养老服务中心已完成选址,新增托位12个。", "两家养老服务中心均已建成,新增托位42个,助餐覆盖360人。"
    doc = html.fragment_fromstring(f"<div>{diff_html(old, new)}</div>")
    for node in doc.xpath(".//del|.//span[@class='visually-hidden']"):
        node.drop_tree()
    assert doc.text_content() == new


def test_markup_in_progress_text_is_escaped_and_line_breaks_kept():
    markup = diff_html("第一段", "第一段\n<b>第二段</b>")
    assert "&lt;b&gt;" in markup and "<b>" not in markup and "<br>" in markup
