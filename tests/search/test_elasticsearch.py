"""The Elasticsearch backend: its mapping, the requests it builds, how it reads answers and fails.

No cluster runs here, so the unit tests check the request body and the parsing of a recorded
response shape; the integration tests at the end run against ELASTICSEARCH_URL when it is set.
"""

import datetime
import os
import time
import uuid

import pytest

from search.backends import MARK_END, MARK_START, BackendUnavailable, SearchQuery
from search.backends.elastic import ElasticsearchBackend, build_mapping, source_for
from search.documents import FACET_NAMES, Entry

UNREACHABLE = "http://127.0.0.1:9"  # the discard port: nothing listens there


@pytest.fixture
def backend():
    return ElasticsearchBackend(UNREACHABLE, index_name="test-zoeken")


def test_mapping_stems_dutch_and_keeps_facets_and_paths_whole():
    properties = build_mapping().to_dict()["properties"]

    assert properties["title"] == {"type": "text", "analyzer": "dutch"}
    assert properties["text"] == {"type": "text", "analyzer": "dutch"}
    for name in ["page_path", "collection_id", "language", *FACET_NAMES]:
        assert properties[name] == {"type": "keyword"}, name
    assert properties["date"] == {"type": "date"}
    assert properties["url"] == {"type": "keyword", "index": False}


def test_source_holds_every_facet_as_a_list():
    entry = Entry(
        key="page:7",
        type="Kennisbank",
        title="Barrièremodel",
        text="Tekst",
        url="/kennisbank/barrieremodel/",
        date=datetime.date(2024, 5, 1),
        page_path="00010002",
        facets={"type": ["Kennisbank"], "thema": ["Signaleren", "Verstoren"]},
    )

    source = source_for(entry)

    assert source["type"] == "Kennisbank"
    assert source["thema"] == ["Signaleren", "Verstoren"]
    assert source["uitbuitingsvorm"] == []
    assert source["date"] == "2024-05-01"
    assert source["page_path"] == "00010002"
    assert source["collection_id"] is None


def test_request_applies_words_visibility_selections_and_facet_counts(backend):
    query = SearchQuery(
        text='melding "arbeids uitbuiting"',
        selected={"thema": ["Signaleren", "Verstoren"], "taal": ["Nederlands"]},
        hidden_page_paths=["00010002", "00010007"],
        hidden_collection_ids=[5, 9],
        page=3,
        per_page=10,
    )

    body = backend.build_search(query).to_dict()

    main = body["query"]["bool"]
    (words,) = main["must"]
    assert words["simple_query_string"]["default_operator"] == "and"
    assert words["simple_query_string"]["fields"] == ["title^3", "text"]
    assert words["simple_query_string"]["query"] == 'melding "arbeids uitbuiting"'
    # No operators beyond phrases: `AND OR NOT (` or `*` must stay plain words.
    assert set(words["simple_query_string"]["flags"].split("|")) <= {"PHRASE", "WHITESPACE"}
    # Visibility belongs to the main query (not the post_filter), so aggregations respect it too.
    assert sorted(main["must_not"], key=str) == sorted(
        [
            {"prefix": {"page_path": "00010002"}},
            {"prefix": {"page_path": "00010007"}},
            {"terms": {"collection_id": [5, 9]}},
        ],
        key=str,
    )
    thema = {"terms": {"thema": ["Signaleren", "Verstoren"]}}
    taal = {"terms": {"taal": ["Nederlands"]}}
    assert sorted(body["post_filter"]["bool"]["filter"], key=str) == sorted([thema, taal], key=str)
    assert "prefix" not in str(body["post_filter"])

    aggs = body["aggs"]
    assert set(aggs) == set(FACET_NAMES)
    assert aggs["thema"]["filter"]["bool"]["filter"] == [taal]
    assert aggs["taal"]["filter"]["bool"]["filter"] == [thema]
    assert sorted(aggs["jaar"]["filter"]["bool"]["filter"], key=str) == sorted([thema, taal], key=str)
    for name in FACET_NAMES:
        assert aggs[name]["aggs"]["values"]["terms"]["field"] == name
        assert aggs[name]["aggs"]["values"]["terms"]["size"] >= 100

    assert (body["from"], body["size"], body["track_total_hits"]) == (20, 10, True)
    assert body["highlight"]["pre_tags"] == [MARK_START]
    assert body["highlight"]["post_tags"] == [MARK_END]
    assert body["highlight"]["fields"]["text"]["no_match_size"] > 0


def test_request_without_selections_counts_every_visible_entry(backend):
    body = backend.build_search(SearchQuery(text="melding")).to_dict()

    assert "post_filter" not in body
    for name in FACET_NAMES:
        assert "terms" not in str(body["aggs"][name]["filter"])


RAW_RESPONSE = {
    "took": 3,
    "timed_out": False,
    "hits": {
        "total": {"value": 12, "relation": "eq"},
        "max_score": 4.2,
        "hits": [
            {
                "_index": "test-zoeken",
                "_id": "page:7",
                "_score": 4.2,
                "_source": {
                    "type": "Kennisbank",
                    "title": "Meldingen van arbeidsuitbuiting",
                    "url": "/kennisbank/meldingen/",
                    "date": "2024-05-01",
                    "text": "Gemeenten ontvangen steeds meer meldingen.",
                },
                "highlight": {"text": [f"ontvangen steeds meer {MARK_START}meldingen{MARK_END}.\x07"]},
            },
            {
                "_index": "test-zoeken",
                "_id": "wagtaildocs.document:3",
                "_score": 2.0,
                "_source": {
                    "type": "Document",
                    "title": "Melding",
                    "url": "/documents/3/melding.pdf",
                    "date": None,
                    "text": "rapport\x00 " + "woord " * 100,
                },
            },
        ],
    },
    "aggregations": {
        "type": {
            "doc_count": 12,
            "values": {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [{"key": "Kennisbank", "doc_count": 9}, {"key": "Document", "doc_count": 3}],
            },
        },
        "thema": {
            "doc_count": 15,
            "values": {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [{"key": "Signaleren", "doc_count": 8}],
            },
        },
        **{
            name: {"doc_count": 0, "values": {"buckets": []}}
            for name in ["uitbuitingsvorm", "doelgroep", "taal", "jaar"]
        },
    },
}


def test_response_becomes_hits_total_and_counts(backend):
    outcome = backend.parse(RAW_RESPONSE)

    assert outcome.backend == "elasticsearch"
    assert outcome.total == 12
    assert outcome.facets == {
        "type": {"Kennisbank": 9, "Document": 3},
        "uitbuitingsvorm": {},
        "thema": {"Signaleren": 8},
        "doelgroep": {},
        "taal": {},
        "jaar": {},
    }
    first, second = outcome.hits
    assert (first.key, first.type, first.title, first.url) == (
        "page:7",
        "Kennisbank",
        "Meldingen van arbeidsuitbuiting",
        "/kennisbank/meldingen/",
    )
    assert first.date == datetime.date(2024, 5, 1)
    # The marks stay for the template; any other control character goes.
    assert first.snippet == f"ontvangen steeds meer {MARK_START}meldingen{MARK_END}."
    assert second.date is None
    assert second.snippet.startswith("rapport woord woord")
    assert len(second.snippet) <= 200
    assert "\x00" not in second.snippet


@pytest.mark.parametrize(
    "call",
    [
        lambda backend: backend.search(SearchQuery(text="melding")),
        lambda backend: backend.index([Entry(key="page:1", type="Pagina", title="T", text="", url="/")]),
        lambda backend: backend.delete(["page:1"]),
        lambda backend: backend.rebuild([]),
    ],
    ids=["search", "index", "delete", "rebuild"],
)
def test_unreachable_cluster_is_unavailable_at_once(backend, call):
    started = time.monotonic()

    with pytest.raises(BackendUnavailable):
        call(backend)

    assert time.monotonic() - started < 5


# Against a real cluster: ELASTICSEARCH_URL=http://127.0.0.1:9200 pytest tests/search/test_elasticsearch.py
needs_cluster = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"), reason="ELASTICSEARCH_URL is not set"
)

ENTRIES = [
    Entry(
        key="page:1",
        type="Kennisbank",
        title="Meldingen van arbeidsuitbuiting",
        text="Hoe gemeenten meldingen van arbeidsuitbuiting behandelen.",
        url="/kennisbank/meldingen/",
        date=datetime.date(2024, 3, 1),
        facets={"type": ["Kennisbank"], "thema": ["Signaleren"], "uitbuitingsvorm": ["Arbeidsuitbuiting"]},
    ),
    Entry(
        key="page:2",
        type="Actie",
        title="Voorlichting in de wijk",
        text="Voorlichting over seksuele uitbuiting en arbeidsuitbuiting in de wijk.",
        url="/acties/voorlichting/",
        facets={
            "type": ["Actie"],
            "thema": ["Voorlichting", "Signaleren"],
            "uitbuitingsvorm": ["Seksuele uitbuiting", "Arbeidsuitbuiting"],
        },
    ),
    Entry(
        key="page:3",
        type="Onderwerp",
        title="Besloten overleg over arbeidsuitbuiting",
        text="Alleen voor leden van de werkgroep.",
        url="/community/overleg/",
        page_path="000100020003",
        facets={"type": ["Onderwerp"], "thema": ["Signaleren"]},
    ),
    Entry(
        key="wagtaildocs.document:4",
        type="Document",
        title="Rapport arbeidsuitbuiting",
        text="Bijlage bij het jaarverslag.",
        url="/documents/4/rapport.pdf",
        collection_id=5,
        facets={"type": ["Document"], "thema": ["Signaleren"]},
    ),
]
HIDDEN = {"hidden_page_paths": ["00010002"], "hidden_collection_ids": [5]}


@pytest.fixture
def cluster():
    backend = ElasticsearchBackend(
        os.environ["ELASTICSEARCH_URL"], index_name=f"test-zoeken-{uuid.uuid4().hex}"
    )
    assert backend.rebuild(ENTRIES, refresh=True) == len(ENTRIES)
    yield backend
    backend.client.indices.delete(index=backend.index_name, ignore_unavailable=True)


def keys(outcome):
    return sorted(hit.key for hit in outcome.hits)


@needs_cluster
def test_cluster_stems_dutch_and_marks_the_match(cluster):
    outcome = cluster.search(SearchQuery(text="melding"))

    assert keys(outcome) == ["page:1"]
    (hit,) = outcome.hits
    assert f"{MARK_START}meldingen{MARK_END}" in hit.snippet
    assert hit.date == datetime.date(2024, 3, 1)


@needs_cluster
def test_cluster_needs_every_word(cluster):
    assert keys(cluster.search(SearchQuery(text="arbeidsuitbuiting wijk"))) == ["page:2"]
    assert keys(cluster.search(SearchQuery(text="meldingen wijk"))) == []


@needs_cluster
def test_cluster_gives_a_title_only_match_the_start_of_its_text(cluster):
    (hit,) = cluster.search(SearchQuery(text="rapport")).hits

    assert hit.snippet == "Bijlage bij het jaarverslag."


@needs_cluster
def test_cluster_hides_hidden_paths_from_hits_and_counts(cluster):
    everything = cluster.search(SearchQuery(text="arbeidsuitbuiting"))
    visible = cluster.search(SearchQuery(text="arbeidsuitbuiting", **HIDDEN))

    assert everything.total == 4
    assert keys(visible) == ["page:1", "page:2"]
    assert visible.total == 2
    assert visible.facets["type"] == {"Kennisbank": 1, "Actie": 1}
    assert visible.facets["thema"] == {"Signaleren": 2, "Voorlichting": 1}


@needs_cluster
def test_cluster_counts_each_facet_without_its_own_selection(cluster):
    voorlichting = cluster.search(
        SearchQuery(text="arbeidsuitbuiting", selected={"thema": ["Voorlichting"]}, **HIDDEN)
    )
    either = cluster.search(
        SearchQuery(text="arbeidsuitbuiting", selected={"thema": ["Voorlichting", "Signaleren"]}, **HIDDEN)
    )
    both = cluster.search(
        SearchQuery(
            text="arbeidsuitbuiting",
            selected={"thema": ["Signaleren"], "uitbuitingsvorm": ["Seksuele uitbuiting"]},
            **HIDDEN,
        )
    )

    assert keys(voorlichting) == ["page:2"]
    assert voorlichting.total == 1
    # Thema counts ignore the thema selection; the others count what the selection leaves.
    assert voorlichting.facets["thema"] == {"Signaleren": 2, "Voorlichting": 1}
    assert voorlichting.facets["uitbuitingsvorm"] == {"Seksuele uitbuiting": 1, "Arbeidsuitbuiting": 1}
    assert keys(either) == ["page:1", "page:2"]
    assert keys(both) == ["page:2"]
    assert both.facets["uitbuitingsvorm"] == {"Seksuele uitbuiting": 1, "Arbeidsuitbuiting": 2}
    assert both.facets["thema"] == {"Signaleren": 1, "Voorlichting": 1}


@needs_cluster
def test_cluster_forgets_deleted_entries(cluster):
    cluster.delete(["page:1", "page:404"], refresh=True)

    assert keys(cluster.search(SearchQuery(text="melding"))) == []
    assert keys(cluster.search(SearchQuery(text="voorlichting"))) == ["page:2"]


@needs_cluster
def test_cluster_updates_an_entry_in_place(cluster):
    changed = Entry(key="page:2", type="Actie", title="Voorlichting op school", text="Lessen.", url="/a/")
    cluster.index([changed], refresh=True)

    assert keys(cluster.search(SearchQuery(text="school"))) == ["page:2"]
    assert keys(cluster.search(SearchQuery(text="wijk"))) == []


@needs_cluster
def test_cluster_treats_hostile_input_as_words(cluster):
    for text in ["AND OR NOT (", "*", '"', "title:x~2 -y"]:
        assert cluster.search(SearchQuery(text=text)).hits == []
