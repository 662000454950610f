"""Near figures of one count that still disagree: two exact counts of one day ("killed 155 people" against "cost 156
people their lives", Reuters against RFI on 1 November 2022), and a bound above a figure ("at least 156 people
dead" against 155). Real sentences of held-out-20's Itaewon texts (dev since round twenty-two) and of held-out-19's
Karabakh texts, with their counter-examples: a count that grew between two days, a hedged or round figure, a bound
the figure meets."""

from __future__ import annotations

import datetime as dt

from build_site.disagreements import FigureRecord, Source, find_disagreements

OCT31, NOV1 = dt.date(2022, 10, 31), dt.date(2022, 11, 1)
SEP27 = dt.date(2023, 9, 27)
IT01 = "As of Sunday evening, officials said 153 people were killed and 133 were injured."
IT02 = (
    "He said he felt heavy responsibility over the incident, where a surge in Halloween partiers trapped in narrow "
    "alleys killed 155 people and injured another 152."
)
IT02_P1 = (
    "SEOUL - South Korea’s police chief said on Tuesday that crowd control in the area where a crush killed more "
    "than 150 party-goers in central Seoul was “inadequate”."
)
IT03 = (
    "South Korea's police chief has admitted that officers received multiple reports of danger but failed to react "
    '"sufficiently" ahead of the deadly crowd movement which cost 156 people their lives at a Halloween event in the '
    "capital, Seoul."
)
IT04 = (
    "The disaster — which left at least 156 people dead and 151 others injured — was concentrated in a downhill, "
    "narrow alley in Itaewon."
)
NK02 = "The countryʼs Ministry of Health reported 192 dead soldiers and 512 wounded."
NK03 = "Some 511 troops were wounded during the military operation, and one more civilian was injured."
NK01 = (
    "A total of 192 Azerbaijani troops were killed and 511 were wounded during Azerbaijan’s offensive in "
    "Nagorno-Karabakh on September 19-20, the country’s Health Ministry announced on Wednesday, The Washington Post "
    "reported."
)


def _figure(value: float, text: str, sentence: str, article: str, published: dt.date, topic: str) -> FigureRecord:
    return FigureRecord(
        value, "count", text, None, (topic,), Source(article, article.upper(), "p1", sentence, published)
    )


def _values(*figures: FigureRecord) -> list[tuple[str, ...]]:
    return [d.values for d in find_disagreements(figures)]


def test_two_exact_counts_of_one_day_differ_however_near() -> None:
    reuters = _figure(155, "155 people", IT02, "it02", NOV1, "itaewon")
    rfi = _figure(156, "156 people", IT03, "it03", NOV1, "itaewon")
    assert _values(reuters, rfi) == [("155 people", "156 people")]  # main: within rounding, not shown
    babel = _figure(512, "512", NK02, "nk02", SEP27, "azerbaijan")
    post = _figure(511, "511", NK01, "nk01", SEP27, "azerbaijan")
    assert _values(post, babel) == [("511", "512")]  # PanArmenian after the Post, and Babel


def test_a_bound_above_a_figure_of_its_day_differs_from_it() -> None:
    reuters = _figure(155, "155 people", IT02, "it02", NOV1, "itaewon")
    ap = _figure(156, "at least 156 people", IT04, "it04", NOV1, "itaewon")
    assert _values(reuters, ap) == [("155 people", "at least 156 people")]


def test_a_count_that_grew_a_hedged_count_or_a_bound_met_is_no_disagreement() -> None:
    sunday = _figure(153, "153 people", IT01, "it01", OCT31, "itaewon")
    tuesday = _figure(156, "156 people", IT03, "it03", NOV1, "itaewon")
    assert _values(sunday, tuesday) == []  # 153 on Monday's page, 156 on Tuesday's: the toll rose
    hedged = _figure(511, "Some 511 troops", NK03, "nk03", SEP27, "azerbaijan")
    assert _values(hedged, _figure(512, "512", NK02, "nk02", SEP27, "azerbaijan")) == []
    bound = _figure(150, "more than 150 party-goers", IT02_P1, "it02", NOV1, "itaewon")
    assert _values(bound, _figure(156, "156 people", IT03, "it03", NOV1, "itaewon")) == []  # 156 is more than 150
