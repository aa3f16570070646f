"""A group or a market that the text says is absent ("stays out of", « n’est pas présent », "no evidence
of", « no hay indicios de ») is no fact of presence: such mentions are kept, marked negated.

Two shapes, within one sentence:
- the mention is the subject of a denying predicate: « Le clan X, très implanté à Naples, n’est pas présent »;
- the mention follows a denying opener: "no evidence of X", « No hay indicios de que el clan X opere ».
A turn such as "but" / « mais » / « pero » ends the opener's reach.
"""

from __future__ import annotations

import re

_PREDICATE = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:not|no\s+longer)\s+(?:present|active|involved)|stays?\s+out\s+of|"
    r"keeps?\s+out\s+of|(?:has|have)\s+no\s+presence|(?:is|are)\s+absent|(?:does|do)\s+not\s+operate|"
    r"plays?\s+no\s+role|"
    r"n[’'](?:est|était)\s+pas\s+(?:présente?|active?|impliquée?)|"
    r"ne\s+(?:sont|sont\s+plus|semblent)\s+pas\s+(?:présente?s|actives?|impliquée?s)|"
    r"n[’'](?:a|ont)\s+(?:pas|plus)\s+de\s+présence|(?:est|sont)\s+absente?s?|n[’']opèrent?\s+pas|"
    r"ne\s+jouen?t?\s+aucun\s+rôle|reste(?:nt)?\s+à\s+l[’']écart|"
    r"no\s+(?:está|están|estaba|estaban)\s+(?:presentes?|activ[oa]s?|implicad[oa]s?)|no\s+opera(?:n)?|"
    r"no\s+participa(?:n)?|no\s+tiene(?:n)?\s+presencia|(?:está|están)\s+ausentes?|"
    r"se\s+mantiene(?:n)?\s+al\s+margen)\b",
    re.IGNORECASE,
)
_OPENER = re.compile(
    r"\b(?:no\s+(?:evidence|sign|signs|indication|trace)\s+(?:of|that)|there\s+(?:is|are)\s+no|"
    r"absence\s+of|"
    r"aucun(?:e)?\s+(?:indice|preuve|signe|trace|présence)|rien\s+n[’']indique|pas\s+de\s+présence|"
    r"absence\s+de|"
    r"no\s+hay\s+(?:indicios|pruebas|señales|evidencias?|presencia|rastro)|sin\s+presencia|"
    r"ausencia\s+de|ningún\s+indicio)\b",
    re.IGNORECASE,
)
_TURN = re.compile(r"\b(?:but|however|mais|cependant|pero|sin\s+embargo)\b|;", re.IGNORECASE)
NEGATABLE = frozenset({"criminal_group", "commodity"})


def negated_spans(sentence: str, mentions: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Which of these (start, end) mentions, offsets within `sentence`, the sentence says are absent."""
    denied: set[tuple[int, int]] = set()
    for predicate in _PREDICATE.finditer(sentence):
        before = [m for m in mentions if m[1] <= predicate.start()]
        if before:
            subject = max(before, key=lambda m: m[1])
            if not _TURN.search(sentence, subject[1], predicate.start()):
                denied.add(subject)
    for opener in _OPENER.finditer(sentence):
        turn = _TURN.search(sentence, opener.end())
        limit = turn.start() if turn else len(sentence)
        denied.update(m for m in mentions if opener.end() <= m[0] < limit)
    return denied
