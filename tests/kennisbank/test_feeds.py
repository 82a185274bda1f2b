import datetime

import pytest

pytestmark = pytest.mark.django_db


def test_rss_feed_lists_newest_items(client, item_factory):
    item_factory(title="Oud stuk", publication_date=datetime.date(2022, 1, 1))
    item_factory(title="Nieuw stuk", publication_date=datetime.date(2026, 1, 1))

    response = client.get("/kennisbank/feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    body = response.content.decode()
    assert body.index("Nieuw stuk") < body.index("Oud stuk")
    assert "http://testserver/kennisbank/nieuw-stuk/" in body


def test_atom_feed(client, item_factory):
    item_factory(title="Atom stuk")

    response = client.get("/kennisbank/feed/atom/")

    assert response["Content-Type"].startswith("application/atom+xml")
    assert "Atom stuk" in response.content.decode()
