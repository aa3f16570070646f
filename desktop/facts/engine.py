"""Named-entity engines, one per language, behind one small interface so a better model can drop in.

French: spaCy's `fr_core_news_sm` (LGPL-LR licensed model) for names the gazetteer does not know, with
the gazetteer's EntityRuler placed before the statistical NER so that known names win (the model alone
calls ‘Ndrangheta a person and Camorra a place). English (no small model on the package index): a blank
pipeline with the same ruler, plus patterns for capitalised names next to words that give their type
away (… Mafia, … Cartel, Ministry of …, Port of …). Spanish uses the English arrangement.

Models load once per process, lazily, and must be loaded off the GUI thread (about 4 s).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Protocol

from desktop.facts.gazetteer import load_gazetteer

MODEL_LICENCES = {"fr_core_news_sm": "LGPL-LR (spaCy French model, trained on LGPL-LR licensed data)"}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    label: str  # one of the fact types, or a model label (LOC, ORG, PER, MISC) for unknown names
    canonical: str | None  # set when the gazetteer knows the name


class EntityEngine(Protocol):
    language: str

    def mentions(self, texts: list[str]) -> list[list[Mention]]: ...


_TYPE_WORDS = {
    "criminal_group": [
        "mafia",
        "cartel",
        "gang",
        "clan",
        "syndicate",
        "brotherhood",
        "triad",
        "crew",
        "network",
    ],
    "institution": [
        "ministry",
        "agency",
        "police",
        "directorate",
        "office",
        "unit",
        "service",
        "commission",
        "court",
        "council",
        "authority",
        "customs",
        "bureau",
        "department",
    ],
}


def _token_patterns(nlp: Any, name: str) -> list[dict[str, Any]]:
    # Acronyms match as written (UN is not "un", EU is not "eu"); other names in any case.
    attribute = "ORTH" if name.isupper() and len(name) <= 6 else "LOWER"
    return [
        {attribute: token.text if attribute == "ORTH" else token.lower_}
        for token in nlp.make_doc(name)
        if not token.is_space
    ]


def _ruler_patterns(nlp: Any) -> list[dict[str, Any]]:
    patterns = []
    for entry in load_gazetteer():
        for name in entry.names:
            # Both apostrophes, since reports use either: d’Anvers, d'Anvers.
            for variant in dict.fromkeys((name, name.replace("'", "’"), name.replace("’", "'"))):
                tokens = _token_patterns(nlp, variant)
                if tokens:
                    patterns.append({"label": entry.type, "pattern": tokens, "id": entry.canonical})
    return patterns


def _english_rules() -> list[dict[str, Any]]:
    title = {"IS_TITLE": True, "OP": "+"}
    rules: list[dict[str, Any]] = []
    joiner = {"LOWER": {"IN": ["and", "of", "for", "&"]}, "OP": "?"}
    for label, words in _TYPE_WORDS.items():
        rules.append({"label": label, "pattern": [title, {"LOWER": {"IN": words}}]})
        rules.append(
            {
                "label": label,
                "pattern": [title, joiner, {"IS_TITLE": True, "OP": "+"}, {"LOWER": {"IN": words}}],
            }
        )
        rules.append({"label": label, "pattern": [{"LOWER": {"IN": words}}, {"LOWER": "of"}, title]})
    rules.append(
        {"label": "place", "pattern": [{"LOWER": {"IN": ["port", "airport"]}}, {"LOWER": "of"}, title]}
    )
    return rules


class SpacyEngine:
    def __init__(self, language: str) -> None:
        import spacy  # loaded only when facts are extracted

        self.language = language
        if language == "fr":
            self.nlp = spacy.load(
                "fr_core_news_sm", exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler"]
            )
            ruler: Any = self.nlp.add_pipe("entity_ruler", before="ner")
        else:
            self.nlp = spacy.blank("en" if language != "es" else "es")
            ruler = self.nlp.add_pipe("entity_ruler")
        ruler.add_patterns(_ruler_patterns(self.nlp))
        if language != "fr":
            rules: Any = self.nlp.add_pipe("entity_ruler", name="type_word_rules", after="entity_ruler")
            rules.add_patterns(_english_rules())

    def mentions(self, texts: list[str]) -> list[list[Mention]]:
        found = []
        for doc in self.nlp.pipe(texts, batch_size=64):
            found.append(
                [Mention(e.start_char, e.end_char, e.text, e.label_, e.ent_id_ or None) for e in doc.ents]
            )
        return found


_engines: dict[str, EntityEngine] = {}
_lock = threading.Lock()


def engine_for(language: str) -> EntityEngine:
    """The engine of a language, loaded on first use and kept for the life of the process."""
    key = language if language in ("fr", "en", "es") else "en"
    with _lock:
        if key not in _engines:
            _engines[key] = SpacyEngine(key)
        return _engines[key]
