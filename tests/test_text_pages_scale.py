"""Running-line removal stays linear: a long table of figures puts thousands of numbers on lines of
their own, and each line's distance to the nearest one is found by bisection, not by a scan of all."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.ingest.text_pages import _within, drop_running_lines


@given(st.lists(st.integers(0, 200), max_size=40).map(sorted), st.integers(-5, 205), st.integers(0, 4))
def test_within_equals_a_scan_of_every_number(ordered: list[int], value: int, distance: int) -> None:
    assert _within(ordered, value, distance) == any(abs(value - n) <= distance for n in ordered)


@pytest.mark.timeout(60)  # quadratic, this took minutes; linear, well under a second
def test_sixty_thousand_lines_with_twenty_thousand_numbers_finish():
    lines = []
    for number in range(1, 20_001):
        lines += [
            "Cuadro anual de incautaciones",
            f"Toneladas declaradas en el puerto número {number}.",
            str(number % 9000),
        ]
    text, dropped = drop_running_lines("\n".join(lines))
    assert dropped > 0 and text.count("\n") == len(lines) - 1  # lines are blanked, never moved or merged
