"""The actors stage: mentions -> entities with a country or organisation, a sector and a role."""
from .kb import Entry, KnowledgeBase, knowledge_base
from .places import locate, place_country
from .resolve import ArticleActors, Resolved, resolve_latter, resolve_sentence

__all__ = ["ArticleActors", "Entry", "KnowledgeBase", "Resolved", "knowledge_base", "locate",
           "place_country", "resolve_latter", "resolve_sentence"]
