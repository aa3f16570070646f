"""The dossier's words in English, French and Spanish: headings, labels, dates, plurals and score phrases.

Qt-free on purpose (the CLI exports without a window): a dossier is written in the language the analyst
picks, whatever the window speaks. A further language is one more column in `WORDS`, `MONTHS` and
`PHRASES`; a word missing there falls back to English rather than failing an export.
"""

from __future__ import annotations

from datetime import date

from desktop.scores_display import ScorePhrases

LANGUAGES = ("en", "fr", "es")

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "contents": "Contents",
        "purpose": "Purpose: {purpose}",
        "prepared_by": "Prepared by {author}",
        "excerpt_one": "1 excerpt",
        "excerpt_many": "{n} excerpts",
        "report_one": "1 report",
        "report_many": "{n} reports",
        "from": "{excerpts} from {reports}",
        "criteria_tag": "tag « {value} »",
        "criteria_document": "document « {value} »",
        "criteria_color": "colour {value}",
        "criteria_search": "search « {value} »",
        "criteria_chosen": "bookmarks chosen one by one",
        "criteria_all": "all bookmarks",
        "sources": "Sources",
        "sources_intro": "The reports the excerpts are quoted from, one citation each.",
        "publisher_unknown": "Publisher not recorded",
        "edition": "{edition} edition",
        "imported_on": "imported on {date}",
        "file": "file {name}, SHA-256 {sha}",
        "tags": "Tags: {tags}",
        "facts": "Facts: {facts}",
        "paragraph": "paragraph {number}",
        "page_of_source": ", page {page} of the source",
        "imported": "{source}, imported {date}, sha256 {sha}",
        "appendix": "Appendix: entities",
        "excerpts_label": "excerpts",
        "index_scores": "Index scores: {country}, {edition}",
        "criminality": "Criminality",
        "resilience": "Resilience",
        "bars": "Bars: indicator scores out of 10, coloured by pillar",
        "tick": "; black tick: the {edition} score.",
        "arrows": "▲ / ▼: change since the previous edition; for criminal markets and criminal actors ▲ is "
        "worse, for resilience ▲ is better.",
        "lang_en": "English",
        "lang_fr": "French",
        "lang_es": "Spanish",
        "type_criminal_group": "Criminal groups",
        "type_place": "Places",
        "type_country": "Countries",
        "type_institution": "Institutions",
        "type_commodity": "Commodities",
        "type_year": "Years",
        "type_figure": "Figures",
        "fact_criminal_group": "group",
        "fact_place": "place",
        "fact_country": "country",
        "fact_institution": "institution",
        "fact_commodity": "commodity",
        "fact_year": "year",
        "fact_figure": "figure",
        "fact_pair": "{label}: {name}",
        "list_separator": "; ",
    },
    "fr": {
        "contents": "Sommaire",
        "purpose": "Objet : {purpose}",
        "prepared_by": "Établi par {author}",
        "excerpt_one": "1 extrait",
        "excerpt_many": "{n} extraits",
        "report_one": "1 rapport",
        "report_many": "{n} rapports",
        "from": "{excerpts} tirés de {reports}",
        "criteria_tag": "étiquette « {value} »",
        "criteria_document": "document « {value} »",
        "criteria_color": "couleur {value}",
        "criteria_search": "recherche « {value} »",
        "criteria_chosen": "signets choisis un à un",
        "criteria_all": "tous les signets",
        "sources": "Sources",
        "sources_intro": "Les rapports dont les extraits sont tirés, chacun avec sa référence.",
        "publisher_unknown": "Éditeur non renseigné",
        "edition": "édition {edition}",
        "imported_on": "importé le {date}",
        "file": "fichier {name}, SHA-256 {sha}",
        "tags": "Étiquettes : {tags}",
        "facts": "Faits : {facts}",
        "paragraph": "paragraphe {number}",
        "page_of_source": ", page {page} de la source",
        "imported": "{source}, importé le {date}, sha256 {sha}",
        "appendix": "Annexe : entités",
        "excerpts_label": "extraits",
        "index_scores": "Scores de l’indice : {country}, {edition}",
        "criminality": "Criminalité",
        "resilience": "Résilience",
        "bars": "Barres : scores des indicateurs sur 10, colorés par pilier",
        "tick": " ; trait noir : le score de {edition}.",
        "arrows": "▲ / ▼ : évolution depuis l’édition précédente ; pour les marchés et les acteurs "
        "criminels ▲ est une aggravation, pour la résilience ▲ est une amélioration.",
        "lang_en": "anglais",
        "lang_fr": "français",
        "lang_es": "espagnol",
        "type_criminal_group": "Groupes criminels",
        "type_place": "Lieux",
        "type_country": "Pays",
        "type_institution": "Institutions",
        "type_commodity": "Marchandises",
        "type_year": "Années",
        "type_figure": "Chiffres",
        "fact_criminal_group": "groupe",
        "fact_place": "lieu",
        "fact_country": "pays",
        "fact_institution": "institution",
        "fact_commodity": "marchandise",
        "fact_year": "année",
        "fact_figure": "chiffre",
        "fact_pair": "{label} : {name}",
        "list_separator": " ; ",
    },
    "es": {
        "contents": "Índice",
        "purpose": "Objeto: {purpose}",
        "prepared_by": "Elaborado por {author}",
        "excerpt_one": "1 extracto",
        "excerpt_many": "{n} extractos",
        "report_one": "1 informe",
        "report_many": "{n} informes",
        "from": "{excerpts} de {reports}",
        "criteria_tag": "etiqueta « {value} »",
        "criteria_document": "documento « {value} »",
        "criteria_color": "color {value}",
        "criteria_search": "búsqueda « {value} »",
        "criteria_chosen": "marcadores elegidos uno a uno",
        "criteria_all": "todos los marcadores",
        "sources": "Fuentes",
        "sources_intro": "Los informes de los que proceden los extractos, cada uno con su referencia.",
        "publisher_unknown": "Editor no registrado",
        "edition": "edición {edition}",
        "imported_on": "importado el {date}",
        "file": "archivo {name}, SHA-256 {sha}",
        "tags": "Etiquetas: {tags}",
        "facts": "Hechos: {facts}",
        "paragraph": "párrafo {number}",
        "page_of_source": ", página {page} de la fuente",
        "imported": "{source}, importado el {date}, sha256 {sha}",
        "appendix": "Anexo: entidades",
        "excerpts_label": "extractos",
        "index_scores": "Puntuaciones del índice: {country}, {edition}",
        "criminality": "Criminalidad",
        "resilience": "Resiliencia",
        "bars": "Barras: puntuaciones de los indicadores sobre 10, coloreadas por pilar",
        "tick": "; marca negra: la puntuación de {edition}.",
        "arrows": "▲ / ▼: cambio desde la edición anterior; para los mercados y los actores criminales ▲ "
        "es un empeoramiento, para la resiliencia ▲ es una mejora.",
        "lang_en": "inglés",
        "lang_fr": "francés",
        "lang_es": "español",
        "type_criminal_group": "Grupos criminales",
        "type_place": "Lugares",
        "type_country": "Países",
        "type_institution": "Instituciones",
        "type_commodity": "Mercancías",
        "type_year": "Años",
        "type_figure": "Cifras",
        "fact_criminal_group": "grupo",
        "fact_place": "lugar",
        "fact_country": "país",
        "fact_institution": "institución",
        "fact_commodity": "mercancía",
        "fact_year": "año",
        "fact_figure": "cifra",
        "fact_pair": "{label}: {name}",
        "list_separator": "; ",
    },
}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}
DATE_FORMATS = {
    "en": "{day} {month} {year}",
    "fr": "{day} {month} {year}",
    "es": "{day} de {month} de {year}",
}

PHRASES = {
    "en": ScorePhrases(),
    "fr": ScorePhrases(
        since="{change} depuis {edition}",
        no_change="inchangé depuis {edition}",
        sentence="Score de l’indice {edition} : {score} / 10",
        edition="édition {edition}",
        decimal=",",
    ),
    "es": ScorePhrases(
        since="{change} desde {edition}",
        no_change="sin cambios desde {edition}",
        sentence="Puntuación del índice {edition}: {score} / 10",
        edition="edición {edition}",
        decimal=",",
    ),
}

# Who publishes the reports a profile reads; a generic report's publisher is not known.
PUBLISHERS = {"ocindex": "Global Initiative Against Transnational Organized Crime (GI-TOC)"}


def dossier_language(language: str | None) -> str:
    """A language the dossier can be written in: the one asked for, else English."""
    code = (language or "en").split("_")[0].lower()
    return code if code in WORDS else "en"


class Words:
    """The dossier's words in one language: `words["contents"]`, `words.get("tags", tags=…)`."""

    def __init__(self, language: str | None) -> None:
        self.language = dossier_language(language)
        self._table = WORDS[self.language]

    def __getitem__(self, key: str) -> str:
        return self._table.get(key) or WORDS["en"][key]

    def get(self, key: str, **values: object) -> str:
        return self[key].format(**values)

    def count(self, n: int, noun: str) -> str:
        """ "1 excerpt", "3 excerpts" ("excerpt" or "report")."""
        return self[f"{noun}_one"] if n == 1 else self.get(f"{noun}_many", n=n)

    def long_date(self, day: date) -> str:
        """ "30 November 2026", "30 novembre 2026", "30 de noviembre de 2026"."""
        month = MONTHS.get(self.language, MONTHS["en"]).split()[day.month - 1]
        return DATE_FORMATS.get(self.language, DATE_FORMATS["en"]).format(
            day=day.day, month=month, year=day.year
        )

    def language_name(self, code: str) -> str:
        return self._table.get(f"lang_{code}") or WORDS["en"].get(f"lang_{code}") or code

    def type_name(self, fact_type: str) -> str:
        return self._table.get(f"type_{fact_type}") or fact_type

    def fact_label(self, fact_type: str) -> str:
        return self._table.get(f"fact_{fact_type}") or fact_type

    @property
    def phrases(self) -> ScorePhrases:
        return PHRASES.get(self.language, PHRASES["en"])

    def scope(self, excerpts: int, reports: int, criteria: tuple[tuple[str, str], ...]) -> str:
        """ "12 excerpts from 3 reports, tag « drogues »": what the dossier covers, in words."""
        head = self.get(
            "from", excerpts=self.count(excerpts, "excerpt"), reports=self.count(reports, "report")
        )
        parts = [
            self["criteria_" + key] if key in ("all", "chosen") else self.get("criteria_" + key, value=value)
            for key, value in criteria
            if "criteria_" + key in WORDS["en"]
        ]
        return ", ".join([head, *parts])
