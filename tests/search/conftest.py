import pytest

from search import indexing


@pytest.fixture
def reindex(db):
    """Index everything again: factories set many-to-many fields after the page is saved."""
    return indexing.rebuild
