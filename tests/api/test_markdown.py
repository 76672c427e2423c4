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
