"""Shared fixtures: one loaded spaCy model for every test that needs it, and the shared eval data."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from tidings import nlp as parse

    return parse.load()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval").is_dir():
        pytest.skip(f"the shared evaluation data is not at {SHARED} (it lives beside the repository)")
    return SHARED
