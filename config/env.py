"""Read settings from environment variables, each with a typed default and a description.

Every variable the site reads goes through `env()`, so that `VARIABLES` is the complete list of
what can be configured; the README's table is generated from the same descriptions.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

TRUE_VALUES = {"1", "true", "yes", "on"}
FALSE_VALUES = {"0", "false", "no", "off", ""}


@dataclass(frozen=True)
class Variable:
    name: str
    default: Any
    help: str


VARIABLES: dict[str, Variable] = {}


def env(name: str, default: Any, help: str) -> Any:
    """Return the environment variable `name` converted to the type of `default`.

    Booleans accept true/false, 1/0, yes/no, on/off; lists are comma separated.
    """
    VARIABLES[name] = Variable(name, default, help)
    raw = os.environ.get(name)
    if raw is None:
        return default
    raw = raw.strip()
    if isinstance(default, bool):
        lowered = raw.lower()
        if lowered in TRUE_VALUES:
            return True
        if lowered in FALSE_VALUES:
            return False
        raise ValueError(f"{name} must be true or false, not {raw!r}")
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, list):
        return [item.strip() for item in raw.split(",") if item.strip()]
    return raw
