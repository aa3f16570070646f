"""Re-anchoring a quote onto a revised text: the quote is the truth, its context decides between
repeats, the old offset only breaks ties. Expected places are counted by hand from the texts below."""

from __future__ import annotations

from db.services.anchoring import (
    CONTEXT_LENGTH,
    QuoteSelector,
    _common_prefix_length,
    _common_suffix_length,
    reanchor,
    selector_for,
)

TEXT = "Le port d’Anvers reçoit la cocaïne. Plus loin, le port de Rotterdam reçoit la cocaïne aussi."


def test_a_selector_keeps_32_characters_each_side():
    start = TEXT.index("Rotterdam")
    selector = selector_for(TEXT, start, start + len("Rotterdam"))
    assert CONTEXT_LENGTH == 32
    assert selector.exact == "Rotterdam"
    assert selector.prefix == "e cocaïne. Plus loin, le port de "[-32:] == TEXT[start - 32 : start]
    assert len(selector.prefix) == 32 and selector.prefix.endswith("port de ")
    assert selector.suffix == " reçoit la cocaïne aussi."  # shorter: the text ends first
    assert (selector.start, selector.end) == (start, start + 9)


def test_a_selector_at_the_very_start_has_an_empty_prefix():
    selector = selector_for(TEXT, 0, 2)
    assert (selector.exact, selector.prefix, selector.start, selector.end) == ("Le", "", 0, 2)
    assert selector.suffix == TEXT[2:34]


def test_common_lengths_count_from_the_right_end():
    assert _common_suffix_length("abcXYZ", "qqXYZ") == 3
    assert _common_suffix_length("XYZ", "XYZ") == 3
    assert _common_suffix_length("", "XYZ") == 0
    assert _common_suffix_length("abc", "abd") == 0
    assert _common_prefix_length("XYZabc", "XYZqq") == 3
    assert _common_prefix_length("XY", "XYZ") == 2
    assert _common_prefix_length("aXY", "bXY") == 0


def test_the_context_picks_the_second_of_two_repeats_even_where_the_old_offset_is_the_first():
    first, second = TEXT.index("la cocaïne"), TEXT.rindex("la cocaïne")
    selector = selector_for(TEXT, second, second + len("la cocaïne"))
    shift = second - first
    revised = "x" * shift + TEXT  # text added before: the first repeat now sits at the second's old offset
    assert revised.index("la cocaïne") == selector.start
    assert reanchor(selector, revised) == (second + shift, second + shift + len("la cocaïne"))
    # and the first repeat, found by its own context, stays the first
    assert reanchor(selector_for(TEXT, first, first + 10), revised) == (first + shift, first + shift + 10)


def test_context_outweighs_distance():
    text = "AAA mot BBB ........................................ CCC mot DDD"
    selector = QuoteSelector(exact="mot", prefix="CCC ", suffix=" DDD", start=4, end=7)  # offset of the 1st
    assert reanchor(selector, text) == (text.rindex("mot"), text.rindex("mot") + 3)


def test_equal_context_falls_back_to_the_nearest_occurrence():
    text = "x mot y. x mot y. x mot y."
    for occurrence in (2, 11, 20):
        selector = QuoteSelector(exact="mot", prefix="", suffix="", start=occurrence + 1, end=occurrence + 4)
        assert reanchor(selector, text) == (occurrence, occurrence + 3)


def test_the_prefix_is_matched_from_its_end_and_the_suffix_from_its_start():
    text = "zz ab mot cd zz ab mot ce"
    # only the last character of the prefix matches the first occurrence, the whole prefix the second;
    # the suffix matches 2 characters of the first occurrence and 3 of the second.
    selector = QuoteSelector(exact="mot", prefix="zz ab ", suffix=" ce", start=0, end=3)
    assert reanchor(selector, text) == (19, 22)
    near_start = QuoteSelector(exact="mot", prefix="ab ", suffix=" c", start=0, end=3)
    assert reanchor(near_start, text) == (6, 9)  # equal context (5): the nearer to offset 0


def test_a_quote_that_is_gone_or_empty_has_no_place():
    assert reanchor(QuoteSelector("absent", "", "", 0, 6), TEXT) is None
    assert reanchor(QuoteSelector("", "Le", "port", 0, 0), TEXT) is None


def test_overlapping_repeats_are_all_candidates():
    text = "aaaa"
    assert reanchor(QuoteSelector("aa", "a", "a", 1, 3), text) == (1, 3)
    assert reanchor(QuoteSelector("aa", "aa", "", 2, 4), text) == (2, 4)


def test_a_selector_near_the_start_keeps_the_whole_short_prefix():
    selector = selector_for(TEXT, 3, 7)
    assert (selector.exact, selector.prefix) == ("port", "Le ")


def test_the_prefix_alone_can_decide_against_the_old_offset():
    text = "un mot final. deux mot final."
    # same suffix for both; only the prefix tells them apart, and the old offset points at the first
    selector = QuoteSelector(exact="mot", prefix="deux ", suffix=" final.", start=3, end=6)
    assert reanchor(selector, text) == (19, 22)


def test_a_prefix_reaching_the_very_first_character_counts_it():
    text = "Xmot Ymot"
    # both occurrences match one character of prefix ("X" at offset 0, none for "Y"), so the first wins
    # on context even though the old offset is the second's
    assert reanchor(QuoteSelector(exact="mot", prefix="X", suffix="", start=6, end=9), text) == (1, 4)
