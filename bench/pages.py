"""Measure the main public pages: median and 95th-percentile time, queries and memory per request.

Runs against the configured database (seed it first: `make seed`; `make bench` does both), through
Django's test client, so it measures the application without the network or a web server.
Usage: DEBUG=true .venv/bin/python bench/pages.py [--requests 50]
"""

import argparse
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

PAGES = [
    "/",
    "/kennisbank/",
    "/kennisbank/?uitbuitingsvorm=arbeidsuitbuiting&thema=daderaanpak",
    "/kennisbank/?page=2",
    "/kennisbank/feed/",
    "/actieplan/",
    "/actieplan/?partner=riec",
    "/actieplan/partner/riec/",
    "/actieplan/bewustwording-6/",
    "/zoeken/?q=uitbuiting",
    "/zoeken/?q=uitbuiting&type=Kennisbank&jaar=2024",
    "/sitemap.xml",
]


def first_item_url(client: Client) -> str:
    from kennisbank.models import KennisItemPage

    item = KennisItemPage.objects.live().first()
    return item.url if item else "/kennisbank/"


def measure(client: Client, url: str, requests: int) -> dict:
    client.get(url)  # warm caches and templates
    times = []
    for _ in range(requests):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    queries = []
    with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)):
        client.get(url)
    tracemalloc.start()
    client.get(url)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    times.sort()
    return {
        "median_ms": statistics.median(times),
        "p95_ms": times[int(len(times) * 0.95) - 1],
        "queries": len(queries),
        "peak_kib": peak / 1024,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()
    client = Client()
    print(f"{'page':<66} {'median':>8} {'p95':>8} {'queries':>8} {'peak mem':>10}")
    for url in PAGES + [first_item_url(client)]:
        result = measure(client, url, args.requests)
        print(
            f"{url:<66} {result['median_ms']:>6.1f}ms {result['p95_ms']:>6.1f}ms "
            f"{result['queries']:>8} {result['peak_kib']:>7.0f}KiB"
        )


if __name__ == "__main__":
    main()
