"""The events stage: verb and noun frames over the parse -> PLOVER events."""
from .amounts import find_amounts
from .code import code_article
from .frames import Frame, find_frames
from .lexicon import CODEBOOK, TYPES, Lexicon, lexicon

__all__ = ["CODEBOOK", "TYPES", "Frame", "Lexicon", "code_article", "find_amounts", "find_frames", "lexicon"]
