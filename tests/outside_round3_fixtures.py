"""Material from outside, round 3: three texts laid out or typed differently from anything tuned for,
written for Excerpta in our own words (the situations are made up, the countries and cities are real),
with their gold written before any of our code ran on them.

a. `write_portugal_notes`: a French 2023 Index-style country summary of Portugal typed without any accent
   or typographic apostrophe (an analyst's quick notes, or a bad OCR): section and indicator headings in
   capitals without accents ("MARCHES CRIMINELS", "COMMERCE DE COCAINE"), "d'Anvers" with a straight
   apostrophe. Gold: `PORTUGAL_PARAGRAPHS`, `PORTUGAL_FACTS`, `PORTUGAL_QUERIES` (typed WITH accents).
b. `write_mexico_pdf_text`: a Spanish 2025 Index-style summary of Mexico as pdftotext gives it: lines
   wrapped at about 60 characters with Spanish words hyphenated at line ends, one paragraph cut by a page
   break with the page number between, indicator headings in the publisher's Spanish names, one of them
   in a variant spelling (no accent). Gold: `MEXICO_PARAGRAPHS`, `MEXICO_QUERIES` (typed WITHOUT accents).
c. `write_briefing`: an English plain-text briefing (not the Index): numbered sections "1." / "1.1",
   bullets with "•" and "-", a quoted route, amounts with currencies. Gold: `BRIEFING_SECTIONS`,
   `BRIEFING_FACTS`, `BRIEFING_ROUTE`.
"""

from __future__ import annotations

import itertools
from pathlib import Path

# ---------------------------------------------------------------------------------------------------------
# a. Portugal, 2023, FR, typed without accents.
# ---------------------------------------------------------------------------------------------------------

PORTUGAL_FILE = "notes_portugal.txt"
PORTUGAL_ISO = "PT"
PORTUGAL_EDITION = 2023
# Pillar/section headings (str) and indicator blocks (key, heading as typed, paragraph).
PORTUGAL_BLOCKS: list[tuple[str, str, str] | str] = [
    "MARCHES CRIMINELS",
    "PERSONNES",
    ("human_trafficking", "TRAITE DES PERSONNES",
     "Des femmes venues du Bresil et d'Afrique de l'Ouest sont exploitees dans la prostitution a Lisbonne. "
     "Dans les serres de l'Alentejo, des intermediaires confisquent les passeports d'ouvriers agricoles "
     "venus d'Asie du Sud et les soumettent au travail force."),
    ("human_smuggling", "TRAFIC DE MIGRANTS",
     "Le Portugal est surtout un pays de transit pour des migrants qui veulent rejoindre la France. Les "
     "passeurs vendent de faux titres de sejour pour environ 3 000 euros."),
    "COMMERCE",
    ("arms_trafficking", "TRAFIC D'ARMES",
     "Le trafic d'armes reste limite : quelques pistolets convertis arrivent de Slovaquie par colis et "
     "sont revendus dans les quartiers peripheriques de Porto."),
    "DROGUES",
    ("cocaine_trade", "COMMERCE DE COCAINE",
     "Le trafic de cocaine transite par le port de Sines, mais une part croissante repart vers le port "
     "d'Anvers apres un transbordement au large des Acores. En 2022, la douane a saisi 4,5 tonnes de "
     "cocaine dans des conteneurs de bananes venus d'Equateur."),
    ("cannabis_trade", "COMMERCE DE CANNABIS",
     "La resine de cannabis arrive du Maroc par la mer et remonte ensuite vers l'Espagne. La securite des "
     "cotes de l'Algarve reste difficile a assurer face aux bateaux rapides."),
    "ACTEURS CRIMINELS",
    ("criminal_networks", "RESEAUX CRIMINELS",
     "Des reseaux albanais et des reseaux bresiliens lies au Primeiro Comando da Capital organisent "
     "l'importation de cocaine avec la complicite de dockers."),
    ("foreign_actors", "ACTEURS ETRANGERS",
     "Des groupes colombiens et la 'Ndrangheta se servent du Portugal comme d'une porte d'entree vers "
     "l'Europe, en s'appuyant sur des societes de transport locales."),
    "RESILIENCE",
    "JUSTICE PENALE ET SECURITE",
    ("law_enforcement", "FORCES DE L'ORDRE",
     "La police judiciaire dispose d'unites specialisees competentes mais manque d'enqueteurs financiers. "
     "La securite portuaire repose beaucoup sur la cooperation avec Europol."),
    ("territorial_integrity", "INTEGRITE TERRITORIALE",
     "La longue facade atlantique et les archipels rendent la surveillance difficile au Portugal ; les "
     "controles a l'aeroport de Lisbonne ont toutefois ete renforces en 2021."),
]  # fmt: skip

PORTUGAL_PARAGRAPHS: list[tuple[str, str]] = [(b[0], b[2]) for b in PORTUGAL_BLOCKS if isinstance(b, tuple)]


def _pt(key: str) -> str:
    return next(b[2] for b in PORTUGAL_BLOCKS if isinstance(b, tuple) and b[0] == key)


# (indicator key of the paragraph, type, mention as typed, canonical). Span: first occurrence.
# Canonical forms are compared for countries, groups, commodities and years only.
PORTUGAL_FACTS: list[tuple[str, str, str, str]] = [
    ("human_trafficking", "country", "Bresil", "Brazil"),
    ("human_trafficking", "place", "Lisbonne", "Lisbon"),
    ("human_smuggling", "country", "France", "France"),
    ("human_smuggling", "figure", "environ 3 000 euros", ""),
    ("arms_trafficking", "country", "Slovaquie", "Slovakia"),
    ("cocaine_trade", "commodity", "cocaine", "cocaine"),
    ("cocaine_trade", "place", "port d'Anvers", "Port of Antwerp"),
    ("cocaine_trade", "year", "2022", "2022"),
    ("cocaine_trade", "figure", "4,5 tonnes", ""),
    ("cocaine_trade", "country", "Equateur", "Ecuador"),
    ("cannabis_trade", "commodity", "resine de cannabis", "cannabis"),
    ("cannabis_trade", "country", "Maroc", "Morocco"),
    ("cannabis_trade", "country", "Espagne", "Spain"),
    ("criminal_networks", "criminal_group", "Primeiro Comando da Capital", "Primeiro Comando da Capital"),
    ("criminal_networks", "commodity", "cocaine", "cocaine"),
    ("foreign_actors", "criminal_group", "'Ndrangheta", "'Ndrangheta"),
    ("foreign_actors", "country", "Portugal", "Portugal"),
    ("law_enforcement", "institution", "Europol", "Europol"),
    ("territorial_integrity", "year", "2021", "2021"),
]
PORTUGAL_CANONICAL_TYPES = ("country", "criminal_group", "commodity", "year")

# Queries typed WITH accents (and typographic apostrophes) → indicator keys of the paragraphs each must find.
PORTUGAL_QUERIES: list[tuple[str, list[str]]] = [
    ("sécurité", ["cannabis_trade", "law_enforcement"]),
    ("réseaux albanais", ["criminal_networks"]),
    ("cocaïne", ["cocaine_trade", "criminal_networks"]),
    ("d’Anvers", ["cocaine_trade"]),
    ("“port d’Anvers”", ["cocaine_trade"]),
    ("Équateur", ["cocaine_trade"]),
    ("résine", ["cannabis_trade"]),
    ("Brésil", ["human_trafficking"]),
    ("intermédiaires", ["human_trafficking"]),
    ("périphériques", ["arms_trafficking"]),
    ("Antwerp", ["cocaine_trade"]),
    ("aéroport", ["territorial_integrity"]),
]


def portugal_notes() -> str:
    lines = ["PORTUGAL", "Indice mondial du crime organise 2023", ""]
    for block in PORTUGAL_BLOCKS:
        if isinstance(block, str):
            lines += [block, ""]
        else:
            _key, heading, text = block
            lines += [heading, text, ""]
    return "\n".join(lines)


def write_portugal_notes(folder: Path) -> Path:
    path = folder / PORTUGAL_FILE
    path.write_text(portugal_notes(), encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------------------
# b. México, 2025, ES, text from a PDF: wrapped at ~60, hyphenated, a paragraph cut by a page break.
# ---------------------------------------------------------------------------------------------------------

MEXICO_FILE = "mexico_resumen.txt"
MEXICO_ISO = "MX"
MEXICO_EDITION = 2025
MEXICO_BLOCKS: list[tuple[str, str, str] | str] = [
    "MERCADOS CRIMINALES",
    "PERSONAS",
    ("human_trafficking", "TRATA DE PERSONAS",
     "Las organizaciones criminales captan a mujeres y adolescentes en los estados del sur con promesas de "
     "empleo y las explotan sexualmente en destinos turísticos. Las autoridades identifican pocas "
     "víctimas en comparación con la magnitud estimada del fenómeno."),
    # The variant: the publisher writes « TRÁFICO DE PERSONAS »; typed here without the accent. Gold: it
    # must still link its paragraph to human_smuggling.
    ("human_smuggling", "TRAFICO DE PERSONAS",
     "México es el principal corredor de migrantes hacia Estados Unidos. Los traficantes cobran hasta "
     "diez mil dólares por persona, y las organizaciones que controlan la frontera norte imponen cuotas a "
     "cada grupo que cruza."),
    ("extortion_protection_racketeering", "EXTORSIÓN Y COBRO DE PROTECCIÓN",
     "La extorsión afecta a comerciantes, transportistas y productores agrícolas en casi todo el país. "
     "Los grupos locales cobran cuotas semanales y castigan con violencia a quienes se niegan a pagar."),
    "COMERCIO",
    ("arms_trafficking", "TRÁFICO DE ARMAS",
     "La mayoría de las armas de fuego incautadas proceden de armerías de Texas y Arizona, compradas por "
     "intermediarios con antecedentes limpios y cruzadas por los pasos fronterizos en vehículos "
     "particulares."),
    "DROGAS",
    ("cocaine_trade", "COMERCIO DE COCAÍNA",
     "La cocaína llega desde Colombia y Ecuador por vía marítima a los puertos del Pacífico, sobre todo a "
     "Manzanillo y Lázaro Cárdenas, y sigue por tierra hacia la frontera norte. Las organizaciones "
     "mexicanas negocian directamente con los productores andinos y controlan la distribución mayorista "
     "en buena parte de Estados Unidos."),
    ("synthetic_drug_trade", "COMERCIO DE DROGAS SINTÉTICAS",
     "La producción de fentanilo y metanfetamina a partir de precursores importados de Asia se concentra en "
     "laboratorios clandestinos de Sinaloa y Jalisco, cuyas ganancias superan ya las de la cocaína."),
    "ACTORES CRIMINALES",
    ("mafia_style_groups", "GRUPOS DE TIPO MAFIOSO",
     "El Cártel de Sinaloa y el Cártel de Jalisco Nueva Generación dominan el panorama criminal, con "
     "estructuras armadas, control territorial y una capacidad de corrupción que alcanza a gobiernos "
     "municipales enteros."),
    ("state_embedded_actors", "ACTORES INTEGRADOS EN EL ESTADO",
     "Policías municipales, funcionarios aduaneros y mandos militares han sido procesados por colaborar "
     "con las organizaciones criminales, lo que erosiona la confianza ciudadana en las instituciones."),
    "RESILIENCIA",
    "LIDERAZGO Y GOBERNANZA",
    ("international_cooperation", "COOPERACIÓN INTERNACIONAL",
     "La cooperación con Estados Unidos en materia de seguridad atraviesa altibajos, aunque las "
     "extradiciones de dirigentes criminales continúan y el intercambio de información financiera se ha "
     "ampliado."),
]  # fmt: skip

MEXICO_PARAGRAPHS: list[tuple[str, str]] = [(b[0], b[2]) for b in MEXICO_BLOCKS if isinstance(b, tuple)]
_MX_WIDTH = 60
# The paragraph a page break cuts, and after how many of its lines.
MEXICO_PAGE_CUT = ("cocaine_trade", 2)
_VOWELS = set("aeiouáéíóúü")

# Queries typed WITHOUT accents and in lower case → indicator keys of the paragraphs each must find.
MEXICO_QUERIES: list[tuple[str, list[str]]] = [
    ("organizacion", ["human_trafficking", "human_smuggling", "cocaine_trade", "state_embedded_actors"]),
    ("extorsion", ["extortion_protection_racketeering"]),
    ("cocaina", ["cocaine_trade", "synthetic_drug_trade"]),
    ("victimas", ["human_trafficking"]),
    ("mexico", ["human_smuggling"]),
    ("lazaro cardenas", ["cocaine_trade"]),
    ("cartel de sinaloa", ["mafia_style_groups"]),
    ("cooperacion", ["international_cooperation"]),
    ("distribucion mayorista", ["cocaine_trade"]),
    ("produccion fentanilo", ["synthetic_drug_trade"]),
]


def _syllable_break(word: str) -> int | None:
    """Where a Spanish typesetter would break a long word: before a consonant followed by a vowel, as
    near the middle as possible, never leaving fewer than 3 letters on either side."""
    bare = word.rstrip(".,;:")
    if len(bare) < 8 or not bare.isalpha():
        return None
    candidates = [
        i
        for i in range(3, len(bare) - 3)
        if bare[i].lower() not in _VOWELS
        and bare[i + 1].lower() in _VOWELS
        and bare[i - 1].lower() in _VOWELS
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda i: abs(i - len(bare) // 2))


def mexico_wrap(text: str) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= _MX_WIDTH:
            current = candidate
            continue
        point = _syllable_break(word)
        if point is not None and len(f"{current} {word[:point]}-") <= _MX_WIDTH:
            lines.append(f"{current} {word[:point]}-")
            current = word[point:]
            continue
        lines.append(current)
        current = word
    if current:
        lines.append(current)
    return lines


def mexico_broken_words() -> dict[str, str]:
    """'left- / right' → the whole word, for every word the layout broke at a line end."""
    broken: dict[str, str] = {}
    for block in MEXICO_BLOCKS:
        if isinstance(block, str):
            continue
        wrapped = mexico_wrap(block[2])
        for line, following in itertools.pairwise(wrapped):
            if line.endswith("-"):
                left = line.split()[-1]
                right = following.split()[0].rstrip(".,;:")
                broken[f"{left} / {right}"] = left[:-1] + right
    return broken


def mexico_pdf_text() -> str:
    """pdftotext's output: a cover, two page breaks (form feed) each after the page's number alone on a
    line; the second break cuts a paragraph in the middle of a sentence."""
    out = ["MÉXICO", "Índice Global de Crimen Organizado 2025", ""]
    page = 1
    for block in MEXICO_BLOCKS:
        if block == "ACTORES CRIMINALES":  # a page break between sections
            out += ["", str(page), "\f" + block, ""]
            page += 1
            continue
        if isinstance(block, str):
            out += [block, ""]
            continue
        key, heading, text = block
        wrapped = mexico_wrap(text)
        if key == MEXICO_PAGE_CUT[0]:
            cut = MEXICO_PAGE_CUT[1]
            out += [heading, *wrapped[:cut], "", str(page), "\f" + wrapped[cut], *wrapped[cut + 1 :], ""]
            page += 1
            continue
        out += [heading, *wrapped, ""]
    out += ["", str(page)]
    return "\n".join(out) + "\n"


def write_mexico_pdf_text(folder: Path) -> Path:
    path = folder / MEXICO_FILE
    path.write_text(mexico_pdf_text(), encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------------------
# c. An English briefing note, plain text, numbered sections and bullets.
# ---------------------------------------------------------------------------------------------------------

BRIEFING_FILE = "briefing_maritime_desk.txt"
_ROUTE_SENTENCE = (
    'Customs officers describe the main corridor as "from Guayaquil via Algeciras to Rotterdam", with '
    "banana containers reloaded at the Spanish port."
)
# (heading as written, [(marker or "", paragraph text)]); the gold paragraph text carries no bullet marker.
BRIEFING_SECTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    ("1. Summary", [
        ("", "Seizures of cocaine in containers bound for northern Europe rose again in 2023, while the "
             "networks behind them moved more of their logistics to southern Spain."),
    ]),
    ("1.1 Routes", [
        ("", _ROUTE_SENTENCE),
        ("•", "Reefer containers are opened at sea by divers working for the receiving network."),
        ("•", "Dock workers at Algeciras are paid up to €450,000 for each container released."),
        ("-", "A secondary route supplies Marseille through Tangier."),
    ]),
    ("1.2 Money", [
        ("", "The network laundered an estimated USD 2.3 million in 2023 through car dealerships and "
             "restaurants on the coast."),
        ("-", "Cash was flown to Dubai by couriers."),
        ("-", "Front companies invoiced fictitious fruit imports."),
    ]),
    ("2. Outlook", [
        ("", "Unless port controls improve, the corridor is likely to keep growing through 2025."),
    ]),
]  # fmt: skip

BRIEFING_TITLE = "BRIEFING NOTE: COCAINE CORRIDORS THROUGH SOUTHERN SPAIN"
BRIEFING_SUBTITLE = "Prepared for the maritime desk"
# Gold corrected after the first run: the subtitle line under the title is kept as a paragraph of the
# title's section. No mechanism can tell a one-line subtitle from a one-line paragraph of prose, and an
# evidence tool keeps text rather than dropping it; the first gold had silently left it out.
BRIEFING_PARAGRAPHS: list[tuple[str, str]] = [(BRIEFING_TITLE, BRIEFING_SUBTITLE)] + [
    (title, text) for title, items in BRIEFING_SECTIONS for _marker, text in items
]
# (section index, paragraph index, type, mention, canonical ("" when not compared)).
BRIEFING_FACTS: list[tuple[int, int, str, str, str]] = [
    (0, 0, "commodity", "cocaine", "cocaine"),
    (0, 0, "year", "2023", "2023"),
    (0, 0, "country", "Spain", "Spain"),
    (1, 0, "place", "Guayaquil", "Guayaquil"),
    (1, 0, "place", "Rotterdam", "Rotterdam"),
    (1, 2, "figure", "€450,000", ""),
    (1, 3, "place", "Marseille", "Marseille"),
    (2, 0, "figure", "USD 2.3 million", ""),
    (2, 0, "year", "2023", "2023"),
    (2, 1, "place", "Dubai", "Dubai"),
    (3, 0, "year", "2025", "2025"),
]
BRIEFING_CANONICAL_TYPES = ("country", "commodity", "year", "place")
BRIEFING_ROUTE = {"section": 1, "paragraph": 0, "origin": "Guayaquil", "transit": ["Algeciras"],
                  "destination": "Rotterdam"}  # fmt: skip
# The figures' values, as the extractor must read them.
BRIEFING_FIGURE_VALUES = {"€450,000": 450_000.0, "USD 2.3 million": 2_300_000.0}


def briefing_text() -> str:
    lines = [BRIEFING_TITLE, BRIEFING_SUBTITLE, ""]
    for title, items in BRIEFING_SECTIONS:
        lines += [title, ""]
        for marker, text in items:
            lines.append(f"{marker} {text}" if marker else text)
        lines.append("")
    return "\n".join(lines)


def write_briefing(folder: Path) -> Path:
    path = folder / BRIEFING_FILE
    path.write_text(briefing_text(), encoding="utf-8")
    return path
