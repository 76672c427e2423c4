"""Answer markdown becomes safe HTML: formatting kept, scripts and bad links gone."""

from __future__ import annotations

from export_assist.api.markdown import to_html


def test_bold_lists_and_links_render() -> None:
    html = to_html(
        "**必須**: FDA登録 [1]\n- 施設登録\n- 事前通知\n\n[FDA](https://www.fda.gov/food)"
    )
    assert "<strong>必須</strong>" in html and "**" not in html
    assert "<li>施設登録</li>" in html
    assert (
        'href="https://www.fda.gov/food"' in html and 'rel="noopener noreferrer nofollow"' in html
    )


def test_raw_html_and_script_urls_never_pass() -> None:
    html = to_html(
        '<script>alert(1)</script> <img src=x onerror="alert(2)"> [x](javascript:alert(3))'
    )
    assert "<script" not in html and "<img" not in html
    assert "href=" not in html  # the javascript: link stays plain text


def test_headings_start_below_the_widget_title() -> None:
    assert to_html("# Title\n## Sub") == "<h3>Title</h3>\n<h4>Sub</h4>\n"


def test_blank_text_is_empty() -> None:
    assert to_html("  \n") == ""


def test_a_line_after_a_list_is_its_own_paragraph_not_part_of_the_last_item() -> None:
    # plain answer lines: the lead-in of a second list is a sentence, not a lazy continuation
    html = to_html(
        "使えそうな支援策は2件です。\n- 展示会出展の支援: 随時\n- 輸出の融資: 随時\n"
        "次の点を教えてください:\n- 会社の所在地\n- 従業員数"
    )
    assert "<li>輸出の融資: 随時</li>" in html
    assert "</ul>\n<p>次の点を教えてください:</p>\n<ul>" in html
    assert html.count("<ul>") == 2 and "<li>従業員数</li>" in html


def test_indented_continuations_and_code_blocks_are_left_as_they_were() -> None:
    assert "<li>申請書<br>\n(様式第1号)</li>" in to_html("- 申請書\n  (様式第1号)\n- 証明書")
    assert "<pre><code>- a\nb\n</code></pre>" in to_html("```\n- a\nb\n```")
