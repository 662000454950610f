"""Quotations left open by a paragraph that holds none of their words: no statement to carry on, no error."""

from __future__ import annotations

from build_site.statements import Paragraph, extract_statements


def _kinds(*paragraphs: str) -> list[tuple[str, str | None]]:
    found = extract_statements([Paragraph(f"p{n + 1}", (p,)) for n, p in enumerate(paragraphs)], ())
    return [(s.kind, s.text) for s in found]


def test_a_quotation_opened_at_a_paragraphs_end_goes_on_below() -> None:
    """A paragraph ending on its opening mark (a line cut from a PDF or a sign's text) left the
    quotation open with no part of it found: the paragraphs below went on a chain never started
    (main: IndexError). The words below are the quotation's, as for any quotation going on."""
    found = _kinds("The sign on the door read: “", "Closed until further notice.", "” The shop stayed shut all week.")
    assert found == [("direct", "Closed until further notice.")]
