"""Small-number suppression: what is hidden, and proof that a hidden value cannot be computed back."""

import itertools
import random

import pytest

from kennisbank.monitor.suppression import HIDDEN, SMALL, Key, suppress

REGION = None


def municipal_table(values: list[int], total: bool = True) -> dict[Key, int]:
    """One indicator and year: a value per municipality (ids 1..n) and, optionally, the regional total."""
    table = {Key(1, 2023, None, gemeente): value for gemeente, value in enumerate(values, start=1)}
    if total:
        table[Key(1, 2023, None, REGION)] = sum(values)
    return table


def shown(values: list[int], total: bool = True) -> list[str]:
    table = municipal_table(values, total)
    marks = suppress(table)
    return [marks.get(key, str(value)) for key, value in table.items()]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        # No small numbers: everything is shown.
        ([12, 7, 0], ["12", "7", "0", "19"]),
        # 1-4 become "<5"; a single one would follow from the total, so the smallest other value hides too.
        ([12, 7, 3], ["12", "x", "<5", "22"]),
        # Two small values: their sum is known (7) but not how it splits. Nothing more to hide.
        ([12, 3, 4], ["12", "<5", "<5", "19"]),
        # 1 + 5 = 6 would still give the 1 away (the 5 must be at least 5): hide one more.
        ([20, 5, 1], ["x", "x", "<5", "26"]),
        # Only zeros to hide alongside: the total itself must go.
        ([0, 3, 0], ["0", "<5", "0", "x"]),
        # Zero is shown, it tells nothing about a person.
        ([0, 0, 0], ["0", "0", "0", "0"]),
    ],
)
def test_what_is_shown(values, expected):
    assert shown(values) == expected


def test_regional_figures_are_shown_as_they_are():
    table = {Key(1, 2023, None, REGION): 4, Key(2, 2023, None, REGION): 1}
    assert suppress(table) == {}


def test_without_a_published_total_only_the_small_values_hide():
    assert shown([12, 7, 3], total=False) == ["12", "7", "<5"]


def feasible_values(table: dict[Key, int], marks: dict[Key, str]) -> dict[Key, set[int]]:
    """Brute force: every value each hidden figure could have, given what is shown and the rule."""
    total_key = Key(1, 2023, None, REGION)
    hidden = [key for key in table if key in marks]
    limit = table[total_key] if total_key not in marks else sum(table.values())

    def candidates(key):
        if marks[key] == SMALL:
            return range(1, 5)
        low = 5 if key.gemeente is not REGION else 1
        return range(low, limit + 1)

    possible = {key: set() for key in hidden}
    for values in itertools.product(*(candidates(key) for key in hidden)):
        guess = {**table, **dict(zip(hidden, values, strict=True))}
        if sum(v for k, v in guess.items() if k != total_key) == guess[total_key]:
            for key, value in zip(hidden, values, strict=True):
                possible[key].add(value)
    return possible


@pytest.mark.parametrize("seed", range(60))
def test_no_hidden_value_can_be_computed_back(seed):
    rng = random.Random(seed)
    values = [rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 11]) for _ in range(rng.randint(1, 5))]
    table = municipal_table(values)
    marks = suppress(table)

    for key, options in feasible_values(table, marks).items():
        assert len(options) > 1, f"{values}: {key} can only be {options}"
        assert table[key] in options


def test_a_split_by_form_is_protected_against_its_own_total():
    # Per municipality and form, with the municipality's total over all forms.
    table = {
        Key(1, 2023, 10, 1): 3,
        Key(1, 2023, 11, 1): 9,
        Key(1, 2023, None, 1): 12,
    }
    marks = suppress(table)
    assert marks[Key(1, 2023, 10, 1)] == SMALL
    assert marks[Key(1, 2023, 11, 1)] == HIDDEN


def test_a_hidden_total_is_not_given_away_by_the_figures_it_splits_into():
    # Rotterdam's only figure is small, so the regional total hides; the split of that
    # regional total by form must then not add up to it in the open.
    table = {
        Key(1, 2023, None, 1): 3,
        Key(1, 2023, None, REGION): 3,
        Key(1, 2023, 10, REGION): 2,
        Key(1, 2023, 11, REGION): 1,
    }
    marks = suppress(table)
    assert marks[Key(1, 2023, None, REGION)] == HIDDEN
    assert len([key for key in marks if key.vorm is not None]) >= 1
