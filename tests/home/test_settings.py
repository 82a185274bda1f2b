from pathlib import Path

import pytest

from django.core.checks import Error

from config.checks import production_settings_are_safe
from config.env import VARIABLES, env

README = Path(__file__).resolve().parents[2] / "README.md"


def ids(errors: list[Error]) -> set[str]:
    return {error.id for error in errors}


def test_debug_allows_the_development_key(settings):
    settings.DEBUG = True
    settings.SECRET_KEY = settings.DEVELOPMENT_SECRET_KEY

    assert production_settings_are_safe(None) == []


def test_production_refuses_the_development_key(settings):
    settings.DEBUG = False
    settings.SECRET_KEY = settings.DEVELOPMENT_SECRET_KEY

    assert "config.E001" in ids(production_settings_are_safe(None))


def test_production_refuses_any_host(settings):
    settings.DEBUG = False
    settings.SECRET_KEY = "a-real-secret-" + "x" * 40
    settings.ALLOWED_HOSTS = ["*"]

    assert ids(production_settings_are_safe(None)) == {"config.E002"}


def test_production_with_own_key_and_hosts_passes(settings):
    settings.DEBUG = False
    settings.SECRET_KEY = "a-real-secret-" + "x" * 40
    settings.ALLOWED_HOSTS = ["mensenhandel.example.org"]

    assert production_settings_are_safe(None) == []


@pytest.mark.parametrize(
    ("raw", "default", "expected"),
    [
        ("true", False, True),
        ("0", True, False),
        ("42", 0, 42),
        ("a, b,,c", [], ["a", "b", "c"]),
        ("x", "", "x"),
    ],
)
def test_env_converts_to_the_type_of_the_default(monkeypatch, raw, default, expected):
    monkeypatch.setenv("TEST_VARIABLE", raw)

    assert env("TEST_VARIABLE", default, "A variable for this test.") == expected


def test_env_refuses_a_malformed_boolean(monkeypatch):
    monkeypatch.setenv("TEST_VARIABLE", "misschien")

    with pytest.raises(ValueError, match="TEST_VARIABLE must be true or false"):
        env("TEST_VARIABLE", False, "A variable for this test.")


def test_readme_documents_every_variable():
    readme = README.read_text(encoding="utf-8")
    missing = [name for name in VARIABLES if name != "TEST_VARIABLE" and f"`{name}`" not in readme]

    assert missing == []
