"""The Mekong trial's figures on the wrong topic, each rule on the trial's real sentence and a real
counter-example of another subject."""

from __future__ import annotations

from build_site.facts import find_figures


def test_area_units_written_short_are_an_area() -> None:
    # Real text (The Straits Times): the Tonle Sap's area, once read as the count "14,500 sq".
    sentence = "It swells more than four times its smallest size to 14,500 sq km at the height of the floods."
    assert [(f.text, f.kind, f.value) for f in find_figures(sentence)] == [("14,500 sq km", "quantity", 14500.0)]
    # Real text (said/ texts, Reuters): both units of one area, the second in miles.
    sentence = "Manila's response over the 150 sq km (58 sq mile) triangular chain of reefs and rocks."
    assert [(f.text, f.kind) for f in find_figures(sentence)] == [("150 sq km", "quantity"), ("58 sq mile", "quantity")]
    # Counter-example (sudan, AP): a distance in kilometres stays a distance.
    sentence = "Displaced families arriving in Tawila, about 70 kilometers (43 miles) from el-Fasher."
    assert [f.kind for f in find_figures(sentence)] == ["distance", "distance"]
