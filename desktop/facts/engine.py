"""Named-entity engines, one per language, behind one small interface so a better model can drop in.

French: spaCy's `fr_core_news_sm` (LGPL-LR licensed model) for names the gazetteer does not know, with
the gazetteer's EntityRuler placed before the statistical NER so that known names win (the model alone
calls ‘Ndrangheta a person and Camorra a place). English (no small model on the package index): a blank
pipeline with the same ruler, plus patterns for capitalised names next to words that give their type
away (… Mafia, … Cartel, Ministry of …, Port of …). Spanish (no current model on the package index, and
third-party re-uploads cannot be checked) gets the same arrangement with its own type words (Ministerio de …,
Fiscalía …, Policía Nacional). Places beyond the gazetteer, groups by their form, negation and flows are
found on top of this, in desktop/facts/places.py, groups.py, negation.py and flows.py.

spaCy refuses a text longer than `nlp.max_length` (E088): a long paragraph is taken in chunks cut at
sentence ends, each far below the limit, and the mentions are shifted back to the paragraph's offsets.

Models load once per process, lazily, and must be loaded off the GUI thread (about 4 s).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, cast

from desktop.facts.gazetteer import load_gazetteer, without_accents

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
        "confraternity",
        "fraternity",
        "cult",
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
    """Acronyms as token patterns matched as written; every other name as a phrase pattern, which the
    ruler's PhraseMatcher finds (by lower case) in time that does not grow with the number of names —
    token patterns cost a pass over every pattern at every token (20 s for 200,000 characters)."""
    patterns = []
    entries = load_gazetteer()
    written = {name.casefold() for entry in entries for name in entry.names}
    for entry in entries:
        for name in entry.names:
            # Both apostrophes, since reports use either: d’Anvers, d'Anvers. And the name typed without its
            # accents (notes, bad OCR: « Bresil », « resine de cannabis »), unless that spelling is another
            # name the gazetteer knows as written.
            bare = without_accents(name)
            spellings = (name, bare) if bare != name and bare.casefold() not in written else (name,)
            variants = (v for n in spellings for v in (n, n.replace("'", "’"), n.replace("’", "'")))
            for variant in dict.fromkeys(variants):
                if variant.isupper() and len(variant) <= 6:
                    tokens = _token_patterns(nlp, variant)
                    if tokens:
                        patterns.append({"label": entry.type, "pattern": tokens, "id": entry.canonical})
                elif variant.strip():
                    patterns.append({"label": entry.type, "pattern": variant, "id": entry.canonical})
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


_SPANISH_TYPE_WORDS = {
    "institution": [
        "ministerio",
        "fiscalía",
        "policía",
        "procuraduría",
        "secretaría",
        "dirección",
        "agencia",
        "unidad",
        "servicio",
        "comisión",
        "tribunal",
        "corte",
        "consejo",
        "superintendencia",
        "oficina",
        "guardia",
        "armada",
        "aduana",
        "aduanas",
        "defensoría",
        "contraloría",
    ],
}


def _spanish_rules() -> list[dict[str, Any]]:
    """« Ministerio de Seguridad », « Fiscalía de la Nación », « Policía Nacional »."""
    joiner = {"LOWER": {"IN": ["de", "del", "la", "los", "las", "para", "contra", "y"]}, "OP": "*"}
    rules: list[dict[str, Any]] = []
    for label, words in _SPANISH_TYPE_WORDS.items():
        head = {"LOWER": {"IN": words}, "IS_TITLE": True}
        rules.append({"label": label, "pattern": [head, joiner, {"IS_TITLE": True, "OP": "+"}]})
    return rules


# Far below spaCy's default max_length (1,000,000): a chunk also bounds the parser's memory.
CHUNK_CHARACTERS = 100_000
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def chunks(text: str, limit: int = CHUNK_CHARACTERS) -> list[tuple[int, str]]:
    """(offset, piece) of a text cut at sentence ends into pieces of at most `limit` characters (a sentence
    longer than that is cut at a space, or hard, as a last resort)."""
    if len(text) <= limit:
        return [(0, text)]
    pieces, start = [], 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            window = text[start:end]
            cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
            if cut <= 0:
                cut = window.rfind(" ") + 1
            if cut > 0:
                end = start + cut
        pieces.append((start, text[start:end]))
        start = end
    return pieces


class SpacyEngine:
    def __init__(self, language: str) -> None:
        import spacy  # loaded only when facts are extracted

        self.language = language
        if language == "fr":
            # The parser is loaded but disabled: it runs only on the few sentences that state a flow
            # (sentence_parser). Its shared tok2vec feeds nothing else (the NER has its own), so it is
            # disabled too, and each paragraph costs only the NER.
            self.nlp = spacy.load(
                "fr_core_news_sm",
                exclude=["lemmatizer", "morphologizer", "attribute_ruler"],
                disable=["tok2vec", "parser"],
            )
            ruler: Any = self.nlp.add_pipe(
                "entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER"}
            )
        else:
            self.nlp = spacy.blank("en" if language != "es" else "es")
            ruler = self.nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
        ruler.add_patterns(_ruler_patterns(self.nlp))
        if language != "fr":
            rules: Any = self.nlp.add_pipe("entity_ruler", name="type_word_rules", after="entity_ruler")
            rules.add_patterns(_english_rules() if language == "en" else _english_rules() + _spanish_rules())

    def mentions(self, texts: list[str]) -> list[list[Mention]]:
        pieces = [
            (index, offset, piece) for index, text in enumerate(texts) for offset, piece in chunks(text)
        ]
        found: list[list[Mention]] = [[] for _ in texts]
        docs = self.nlp.pipe((piece for _, _, piece in pieces), batch_size=64)
        for (index, offset, _), doc in zip(pieces, docs, strict=True):
            found[index].extend(
                Mention(offset + e.start_char, offset + e.end_char, e.text, e.label_, e.ent_id_ or None)
                for e in doc.ents
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


def sentence_parser(language: str) -> Callable[[str], Any] | None:
    """spaCy's French dependency parse of one sentence (the engine's own model, its disabled tok2vec and
    parser run on demand), for the few sentences that state a flow; None for languages without a model
    we may use."""
    if language != "fr":
        return None
    nlp = cast(SpacyEngine, engine_for("fr")).nlp
    tok2vec, parser = nlp.get_pipe("tok2vec"), nlp.get_pipe("parser")
    return lambda text: parser(tok2vec(nlp.make_doc(text)))
