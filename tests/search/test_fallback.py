"""When Elasticsearch is configured but does not answer, search keeps answering from the database."""

import logging

import pytest

pytestmark = pytest.mark.django_db

NOBODY_LISTENS = "http://127.0.0.1:9"


def test_search_answers_from_the_database_when_elasticsearch_is_down(client, item_factory, settings, caplog):
    item_factory(title="Handelingskader arbeidsuitbuiting")
    settings.ELASTICSEARCH_URL = NOBODY_LISTENS

    with caplog.at_level(logging.WARNING, logger="search.service"):
        response = client.get("/zoeken/?q=handelingskader")

    assert response.status_code == 200
    assert response.context["backend"] == "database"
    assert [hit.title for hit in response.context["results"]] == ["Handelingskader arbeidsuitbuiting"]
    assert "Elasticsearch antwoordt niet" in caplog.text


def test_publishing_works_while_elasticsearch_is_down(
    client, item_factory, settings, caplog, django_capture_on_commit_callbacks
):
    settings.ELASTICSEARCH_URL = NOBODY_LISTENS
    item = item_factory(title="Concept")

    with (
        caplog.at_level(logging.WARNING, logger="search.indexing"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        item.title = "Factsheet loverboys"
        item.save_revision().publish()

    assert "rebuild_search_index" in caplog.text
    assert [hit.title for hit in client.get("/zoeken/?q=loverboys").context["results"]] == [
        "Factsheet loverboys"
    ]
