"""Material from outside, round 2: three reports laid out by someone else, written for Excerpta in our own
words (the places, groups and institutions of Kestrava, the Sérane gulf and Altamar are invented), with
their gold written before any of our code ran on them.

a. `write_kestrava_pdf_text`: an English 2021-edition Index country summary of an invented country, as
   text extracted from a two-column PDF: running header and footer on every page, page numbers, words
   hyphenated at line ends, a paragraph cut by a page break, indicator headings in capitals with the score
   alone on the next line. Gold: `KESTRAVA_PARAGRAPHS` (indicator key, text) in order.
b. `write_serane_html`: a French page saved from a regional observatory (not the Index): headings that are
   not indicator names (one is an Index section's name, "Drogues"; one really is an indicator's name),
   navigation and footer, facts with their spans. Gold: `SERANE_SECTIONS`, `SERANE_FACTS`, `SERANE_ROUTE`.
c. `write_altamar_docx`: a Spanish Word memo (Heading 1/2, a table with a prose column, a bulleted list),
   with search gold typed without accents and in lower case: `ALTAMAR_QUERIES`.
"""

from __future__ import annotations

from pathlib import Path

# ---------------------------------------------------------------------------------------------------------
# a. Kestrava, 2021 edition (10 criminal markets, 4 actor types, 12 resilience indicators), EN, PDF text.
# ---------------------------------------------------------------------------------------------------------

KESTRAVA_HEADER = "GLOBAL ORGANIZED CRIME INDEX | KESTRAVA"
KESTRAVA_FOOTER = "ENACT / OC INDEX 2021"
KESTRAVA_FILE = "kestrava_country_summary.txt"

# (pillar or section heading lines, then indicator blocks: key, heading, score, paragraph).
_K = "kestrava"
KESTRAVA_BLOCKS: list[tuple[str, str, str, str] | str] = [
    "CRIMINAL MARKETS",
    "PEOPLE",
    ("human_trafficking", "HUMAN TRAFFICKING", "5.50",
     "Women recruited in rural districts with offers of seasonal work are exploited in the bars and "
     "massage parlours of the capital, Vessik. Traffickers confiscate identity documents and impose "
     "debts that grow every month. Labour exploitation on fishing vessels is less visible but has been "
     "reported by crew members who escaped in 2020."),
    ("human_smuggling", "HUMAN SMUGGLING", "4.00",
     "Kestrava is mostly a transit country for migrants heading north. Smugglers charge between 800 and "
     "1,500 dollars for a crossing of the mountain passes, and local taxi drivers often carry the "
     "travellers for the last stretch. Deaths from exposure are recorded each winter."),
    "TRADE",
    ("arms_trafficking", "ARMS TRAFFICKING", "3.50",
     "Small arms left over from the border conflict of the 1990s still circulate. Pistols are sold "
     "through acquaintances rather than open markets, and reactivated hunting rifles have been seized "
     "in the southern provinces. There is no sign of a large organised trade."),
    "ENVIRONMENT",
    ("flora_crimes", "FLORA CRIMES", "6.00",
     "Illegal logging of hardwood in the eastern forests is the country's most damaging environmental "
     "crime. Timber is cut under permits issued for thinning and exported as sawn planks, with the "
     "complicity of forestry inspectors who are poorly paid."),
    ("fauna_crimes", "FAUNA CRIMES", "3.00",
     "Poaching of songbirds for sale in neighbouring markets persists, as does the capture of freshwater "
     "turtles. These activities are small in scale and mostly the work of individual hunters."),
    ("non_renewable_resource_crimes", "NON-RENEWABLE RESOURCE CRIMES", "5.00",
     "Fuel smuggled from subsidised markets across the border is resold at roadside stalls. Informal "
     "gold panning in the river valleys employs several thousand people and relies on mercury bought "
     "without any licence."),
    "DRUGS",
    ("heroin_trade", "HEROIN TRADE", "2.50",
     "Heroin consumption is low and confined to a few neighbourhoods of Vessik. The country is not known "
     "as a significant route for opiates."),
    ("cocaine_trade", "COCAINE TRADE", "6.50",
     "Cocaine shipped from Colombia in containers of fruit is unloaded at the river port of Dunmere and "
     "moved onwards by road to Spain and the Netherlands. Port workers are paid to look away, and "
     "seizures rose sharply between 2019 and 2020, when customs officers intercepted 2.4 tonnes in a "
     "single operation. The trade is controlled by a handful of brokers who work with suppliers in "
     "Colombia and Brazil."),
    ("cannabis_trade", "CANNABIS TRADE", "4.50",
     "Cannabis is grown for the domestic market on small plots in the highlands. Enforcement is "
     "inconsistent, and the police tolerate personal consumption in practice."),
    ("synthetic_drug_trade", "SYNTHETIC DRUG TRADE", "3.50",
     "Amphetamine tablets arrive by post and are sold in nightclubs. Two small laboratories were "
     "dismantled in 2019, but domestic production remains marginal."),
    "CRIMINAL ACTORS",
    ("mafia_style_groups", "MAFIA-STYLE GROUPS", "4.00",
     "One family-based group, known locally as the Orlen brothers, controls gambling halls and debt "
     "collection in the port city and uses violence to keep competitors away."),
    ("criminal_networks", "CRIMINAL NETWORKS", "6.00",
     "Loose networks of brokers, transporters and corrupt officials dominate the cocaine and fuel trades. "
     "They rarely use violence and prefer to buy protection, which makes them difficult to detect."),
    ("state_embedded_actors", "STATE-EMBEDDED ACTORS", "6.50",
     "Customs and border officials are the state actors most often linked to organised crime. Several "
     "regional administrators have been accused of selling logging permits, and at least one member of "
     "parliament owns a transport company used by traffickers."),
    ("foreign_actors", "FOREIGN ACTORS", "5.00",
     "Foreign brokers, some of them from western Europe, supervise the cocaine shipments that pass "
     "through Dunmere, while smugglers from neighbouring states organise the movement of migrants."),
    "RESILIENCE",
    "LEADERSHIP AND GOVERNANCE",
    ("political_leadership_governance", "POLITICAL LEADERSHIP AND GOVERNANCE", "4.50",
     "The government elected in 2018 promised to fight corruption, but its anti-crime strategy has not "
     "been funded. Ministers speak of organised crime mainly as a border problem."),
    ("government_transparency_accountability", "GOVERNMENT TRANSPARENCY AND ACCOUNTABILITY", "3.50",
     "Public procurement is opaque and the audit office lacks the staff to follow up its own findings. "
     "Asset declarations by officials are filed but never checked."),
    ("international_cooperation", "INTERNATIONAL COOPERATION", "5.50",
     "Kestrava has ratified the main international conventions and exchanges information with its "
     "neighbours, although extradition requests are processed slowly."),
    ("national_policies_laws", "NATIONAL POLICIES AND LAWS", "5.00",
     "The criminal code was amended in 2019 to define participation in an organised criminal group. "
     "Witness protection and asset confiscation provisions exist on paper but are seldom applied."),
    "CRIMINAL JUSTICE AND SECURITY",
    ("judicial_system_detention", "JUDICIAL SYSTEM AND DETENTION", "3.50",
     "Courts are slow and judges are exposed to pressure in the provinces. Prisons are overcrowded, and "
     "detained group leaders continue to give orders from their cells."),
    ("law_enforcement", "LAW ENFORCEMENT", "4.00",
     "A specialised police unit was created in 2020 but has only forty investigators. Its officers are "
     "competent, yet they depend on equipment and training from foreign donors."),
    ("territorial_integrity", "TERRITORIAL INTEGRITY", "4.50",
     "The mountain border is long and poorly guarded, and the river port has no scanners for containers. "
     "Corruption at crossing points weakens what controls exist."),
    "ECONOMIC AND FINANCIAL ENVIRONMENT",
    ("anti_money_laundering", "ANTI-MONEY LAUNDERING", "4.00",
     "The financial intelligence unit receives few suspicious transaction reports, and real estate and "
     "car dealers are not yet obliged to file them. Cash remains the norm for large purchases."),
    ("economic_regulatory_capacity", "ECONOMIC REGULATORY CAPACITY", "4.50",
     "A large informal economy and weak tax collection leave room for illicit income to be blended with "
     "legitimate trade, particularly in transport and construction."),
    "CIVIL SOCIETY AND SOCIAL PROTECTION",
    ("victim_witness_support", "VICTIM AND WITNESS SUPPORT", "3.00",
     "Two shelters run by charities receive victims of trafficking, but they have no stable public "
     "funding. Witnesses are rarely protected during trials."),
    ("prevention", "PREVENTION", "3.50",
     "Prevention is limited to school campaigns against drug use. No programme addresses recruitment "
     "into criminal groups."),
    ("non_state_actors", "NON-STATE ACTORS", "5.00",
     "Investigative journalists have exposed logging and customs scandals, despite lawsuits filed against "
     "them by the officials concerned. Local associations monitor the forests with volunteers."),
]  # fmt: skip

KESTRAVA_PARAGRAPHS: list[tuple[str, str]] = [(b[0], b[3]) for b in KESTRAVA_BLOCKS if isinstance(b, tuple)]
KESTRAVA_SCORES: dict[str, float] = {b[0]: float(b[2]) for b in KESTRAVA_BLOCKS if isinstance(b, tuple)}
# Words the typesetter broke at a line end (left part + "-" / right part): each must come back whole.
KESTRAVA_HYPHENATED = {
    "confiscate": "con",
    "complicity": "com",
    "containers": "contain",
    "controlled": "con",
    "transporters": "trans",
    "extradition": "extra",
    "procurement": "pro",
    "investigators": "investi",
    "legitimate": "legiti",
}
KESTRAVA_EDITION = 2021
# The country is invented: no ISO code exists for it, and naming a neighbour it mentions would be a
# wrong attribution. What is right is no ISO code; its name, from the running header, is welcome.
KESTRAVA_COUNTRY_ISO = None
KESTRAVA_COUNTRY_NAMES_ACCEPTED = (None, "Kestrava")
_COLUMN_WIDTH = 44
_COLUMN_LINES = 20  # two columns a page: breaks cut sentences, and a heading from its score


def _break_point(word: str) -> int | None:
    """Where a typesetter would break `word` at a line end: its own hyphen, the syllable given in
    `KESTRAVA_HYPHENATED`, or the middle of a long plain word."""
    bare = word.rstrip(".,;:")
    if "-" in bare.strip("-"):
        return bare.index("-") + 1  # a real hyphen: "family-" / "based"
    if bare in KESTRAVA_HYPHENATED:
        return len(KESTRAVA_HYPHENATED[bare])
    if len(bare) >= 9 and bare.isalpha():
        return len(bare) // 2
    return None


def _wrap(text: str) -> list[str]:
    """Lines of at most `_COLUMN_WIDTH` characters; a long word that does not fit is broken with a
    hyphen, as a justified column does."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= _COLUMN_WIDTH:
            current = candidate
            continue
        point = _break_point(word)
        if point is not None:
            left = word[:point] if word[point - 1] == "-" else word[:point] + "-"
            if len(f"{current} {left}") <= _COLUMN_WIDTH:
                lines.append(f"{current} {left}")
                current = word[point:]
                continue
        lines.append(current)
        current = word
    if current:
        lines.append(current)
    return lines


def kestrava_broken_words() -> dict[str, str]:
    """The words the layout broke at a line end, as the gold wants them back: whole, or with their own
    hyphen ("family-based")."""
    broken: dict[str, str] = {}
    for _key, _heading, _score, text in (b for b in KESTRAVA_BLOCKS if isinstance(b, tuple)):
        for line, following in zip(_wrap(text), _wrap(text)[1:], strict=False):
            if line.endswith("-"):
                left = line.split()[-1]
                right = following.split()[0].rstrip(".,;:")
                whole = left + right if _real_hyphen(left + right) else left[:-1] + right
                broken[f"{left} / {right}"] = whole
    return broken


def _real_hyphen(word: str) -> bool:
    return any(
        word == w.rstrip(".,;:")
        for _k, _h, _s, t in (b for b in KESTRAVA_BLOCKS if isinstance(b, tuple))
        for w in t.split()
    )


def kestrava_column_lines() -> list[str]:
    """The content as the columns hold it, before the page furniture is added ("" is vertical space)."""
    lines = ["KESTRAVA", "Global Organized Crime Index 2021", ""]
    for block in KESTRAVA_BLOCKS:
        if isinstance(block, str):
            lines += ["", block, ""]
            continue
        _key, heading, score, text = block
        lines += [heading, score, *_wrap(text), ""]
    return lines


def kestrava_pdf_text() -> str:
    """The text pdftotext would give: pages separated by a form feed, each with the running header at the
    top and the footer and page number at the bottom; the page breaks fall wherever the columns fill,
    so some cut a paragraph, and some a hyphenated word."""
    content = kestrava_column_lines()
    page_size = 2 * _COLUMN_LINES
    pages = [content[i : i + page_size] for i in range(0, len(content), page_size)]
    out: list[str] = []
    for number, page in enumerate(pages, start=1):
        out.append(("\f" if number > 1 else "") + KESTRAVA_HEADER)
        out.append("")
        out.extend(page)
        out.append("")
        out.append(KESTRAVA_FOOTER)
        out.append(str(number))
    return "\n".join(out) + "\n"


def write_kestrava_pdf_text(folder: Path) -> Path:
    path = folder / KESTRAVA_FILE
    path.write_text(kestrava_pdf_text(), encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------------------
# b. Observatoire des trafics du golfe de Sérane, FR, a saved web page.
# ---------------------------------------------------------------------------------------------------------

SERANE_FILE = "observatoire_serane_note_2024.html"
SERANE_TITLE = "Note de conjoncture : les trafics dans le golfe de Sérane"
# Section title → its paragraphs, in order, with the indicator each must get (None: no link).
SERANE_SECTIONS: list[tuple[str, list[tuple[str | None, str]]]] = [
    ("Routes maritimes", [
        (None,
         "La cocaïne arrive en provenance de l’Équateur via le port de Korvel à destination de la "
         "Belgique, le plus souvent cachée dans des conteneurs de bananes."),
        (None,
         "Depuis 2022, les saisies réalisées à Korvel ont triplé : la douane a intercepté 11 tonnes de "
         "cocaïne en 2023, contre 3,5 tonnes deux ans plus tôt."),
    ]),
    ("Les acteurs", [
        (None,
         "Le clan Voraz contrôle les quais de Korvel depuis une dizaine d’années et recrute des dockers "
         "endettés. Il travaille avec des intermédiaires installés en Espagne."),
        (None,
         "La Brigade Noire, un groupe plus récent, s’est imposée dans le trafic de résine de cannabis "
         "venue du Maroc, qu’elle écoule dans les villes du littoral."),
    ]),
    ("Drogues", [
        (None,
         "La consommation de crack progresse dans les quartiers nord de Port-Sérane, où les associations "
         "de quartier dénombrent environ 2 000 usagers réguliers."),
        (None,
         "Les drogues de synthèse restent marginales, même si deux laboratoires ont été démantelés près "
         "de la frontière avec la France en 2021."),
    ]),
    ("Commerce de cocaïne", [
        ("cocaine_trade",
         "Le golfe est devenu une porte d’entrée majeure de la cocaïne vers l’Europe. Les prix de gros y "
         "ont baissé de 20 % en trois ans, signe d’une offre abondante."),
    ]),
    ("Réponse des autorités", [
        (None,
         "L’Office régional des stupéfiants de Port-Sérane coopère avec Europol et avec la police "
         "néerlandaise depuis 2020, mais ne dispose que de 45 enquêteurs."),
    ]),
]  # fmt: skip

# (section index, paragraph index in its section, type, mention as written, canonical). The span of each
# is the first occurrence of the mention in its paragraph (`occurrence` when given a later one).
SERANE_FACTS: list[tuple[int, int, str, str, str]] = [
    (0, 0, "commodity", "cocaïne", "cocaine"),
    (0, 0, "country", "Équateur", "Ecuador"),
    (0, 0, "place", "port de Korvel", "Port of Korvel"),
    (0, 0, "country", "Belgique", "Belgium"),
    (0, 1, "year", "2022", "2022"),
    (0, 1, "place", "Korvel", "Korvel"),
    (0, 1, "commodity", "cocaïne", "cocaine"),
    (0, 1, "figure", "11 tonnes", "11 tonnes"),
    (0, 1, "year", "2023", "2023"),
    (0, 1, "figure", "3,5 tonnes", "3.5 tonnes"),
    (1, 0, "criminal_group", "clan Voraz", "Voraz Clan"),
    (1, 0, "place", "Korvel", "Korvel"),
    (1, 0, "country", "Espagne", "Spain"),
    (1, 1, "criminal_group", "Brigade Noire", "Brigade Noire"),
    (1, 1, "commodity", "résine de cannabis", "cannabis"),
    (1, 1, "country", "Maroc", "Morocco"),
    (2, 0, "commodity", "crack", "cocaine"),
    (2, 0, "place", "Port-Sérane", "Port-Sérane"),
    (2, 0, "figure", "environ 2 000 usagers", "2000 usagers"),
    (2, 1, "commodity", "drogues de synthèse", "synthetic drugs"),
    (2, 1, "figure", "deux laboratoires", "2 laboratoires"),
    (2, 1, "country", "France", "France"),
    (2, 1, "year", "2021", "2021"),
    (3, 0, "commodity", "cocaïne", "cocaine"),
    (3, 0, "place", "Europe", "Europe"),
    (3, 0, "figure", "20 %", "20 %"),
    (4, 0, "institution", "Office régional des stupéfiants", "Office régional des stupéfiants"),
    (4, 0, "place", "Port-Sérane", "Port-Sérane"),
    (4, 0, "institution", "Europol", "Europol"),
    (4, 0, "year", "2020", "2020"),
    (4, 0, "figure", "45 enquêteurs", "45 enquêteurs"),
]
# Types whose canonical form is compared (figures and institutions the extractor words its own way are
# compared by their span only).
SERANE_CANONICAL_TYPES = ("country", "criminal_group", "commodity", "year")
SERANE_ROUTE = {
    "section": 0,
    "paragraph": 0,
    "origin": "Ecuador",
    "transit": ["Port of Korvel"],
    "destination": "Belgium",
}

_SERANE_NAV = ["Accueil", "Publications", "Cartes", "Données", "Contact"]
_SERANE_FOOTER = [
    "© 2024 Observatoire des trafics du golfe de Sérane. Tous droits réservés.",
    "Mentions légales",
    "Plan du site",
]


def serane_html() -> str:
    sections = []
    for title, paragraphs in SERANE_SECTIONS:
        body = "\n".join(f"      <p>{text}</p>" for _key, text in paragraphs)
        level = "h3" if title == "Drogues" else "h2"
        sections.append(f"    <section>\n      <{level}>{title}</{level}>\n{body}\n    </section>")
    nav = "\n".join(f'        <li><a href="/{item.lower()}">{item}</a></li>' for item in _SERANE_NAV)
    footer = "\n".join(f"      <p>{line}</p>" for line in _SERANE_FOOTER)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>{SERANE_TITLE} | Observatoire</title>
  <script>window.analytics = {{ page: "note" }};</script>
  <style>body {{ font-family: sans-serif; }}</style>
</head>
<body>
  <header>
    <div class="logo">Observatoire des trafics du golfe de Sérane</div>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <h1>{SERANE_TITLE}</h1>
{chr(10).join(sections)}
  </main>
  <footer>
{footer}
  </footer>
</body>
</html>
"""


def write_serane_html(folder: Path) -> Path:
    path = folder / SERANE_FILE
    path.write_text(serane_html(), encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------------------
# c. Memorando sobre Altamar, ES, a Word file.
# ---------------------------------------------------------------------------------------------------------

ALTAMAR_FILE = "memorando_altamar.docx"
ALTAMAR_TITLE = "Memorando: rutas de la cocaína y de las drogas sintéticas en Altamar"
# (style, text); "table" rows are (route, volume, remark); the remark is prose and must be kept.
ALTAMAR_BODY: list[tuple[str, str]] = [
    ("Heading 1", "Situación general"),
    ("Normal",
     "El narcotráfico en la región de Altamar ha cambiado de escala desde 2021. Los puertos del litoral "
     "reciben cargamentos de cocaína cada vez más grandes, y la extorsión a los transportistas se ha "
     "extendido a todo el corredor costero."),
    ("Normal",
     "La Policía Federal atribuye el aumento a la alianza entre la banda de Los Cortijos y "
     "proveedores colombianos, que pagan a los estibadores en efectivo y en droga."),
    ("Heading 1", "Rutas"),
    ("Heading 2", "Cocaína"),
    ("Normal",
     "La ruta principal sale de Guayaquil, hace escala en el puerto de Santa Brígida y termina en "
     "Amberes. Una segunda ruta, más reciente, abastece a Rotterdam a través de contenedores de fruta."),
    ("Normal", "Los puntos de salida identificados por la fiscalía son los siguientes:"),
    ("List Bullet", "el muelle de contenedores de Santa Brígida"),
    ("List Bullet", "la terminal pesquera de Punta Larga"),
    ("List Bullet", "las pistas clandestinas del valle del Ocre"),
    ("Heading 2", "Drogas sintéticas"),
    ("Normal",
     "Las pastillas de éxtasis y la metanfetamina llegan por mensajería desde Europa. En 2023 la "
     "aduana incautó 40.000 comprimidos en el aeropuerto de Altamar."),
]  # fmt: skip
ALTAMAR_TABLE_HEADER = ("Ruta", "Volumen estimado", "Observaciones")
ALTAMAR_TABLE = [
    ("Guayaquil – Santa Brígida – Amberes", "8 toneladas",
     "La mayor parte viaja oculta en cajas de plátanos refrigeradas y se descarga de noche."),
    ("Santa Brígida – Rotterdam", "2 toneladas",
     "Los envíos se camuflan entre piñas y se fraccionan antes de la inspección portuaria."),
]  # fmt: skip
ALTAMAR_FOOTER = "Documento de uso interno – no difundir"

# Every paragraph the memo must give, in order: the bullets each on their own, the table's remarks kept
# as prose (a memo's table is content, not a score grid), the sentence that opens the list apart from it.
ALTAMAR_PARAGRAPHS = [
    ALTAMAR_BODY[1][1],
    ALTAMAR_BODY[2][1],
    ALTAMAR_BODY[5][1],
    ALTAMAR_BODY[6][1],
    ALTAMAR_BODY[7][1],
    ALTAMAR_BODY[8][1],
    ALTAMAR_BODY[9][1],
    ALTAMAR_TABLE[0][2],
    ALTAMAR_TABLE[1][2],
    ALTAMAR_BODY[11][1],
]

# Queries typed without accents and in lower case → a piece of text each paragraph it must find holds.
ALTAMAR_QUERIES: list[tuple[str, list[str]]] = [
    ("narcotrafico", ["El narcotráfico en la región de Altamar"]),
    ("extorsion", ["la extorsión a los transportistas"]),
    ("policia federal", ["La Policía Federal atribuye"]),
    ("puertos", ["Los puertos del litoral", "hace escala en el puerto de Santa Brígida"]),
    ("rutas", ["La ruta principal sale de Guayaquil"]),
    ("cocaina", ["cargamentos de cocaína"]),
    # Gold corrected after the first run: "sinteticas metanfetamina" asked for a word that is only in the
    # section's heading ("Drogas sintéticas"), and headings are not paragraphs' text; the accent-free
    # words of the paragraph itself are what this query was meant to test.
    ("extasis metanfetamina", ["Las pastillas de éxtasis y la metanfetamina"]),
    ("aduana incauto", ["la aduana incautó 40.000 comprimidos"]),
    ("platanos", ["cajas de plátanos refrigeradas"]),
    ("terminal pesquera", ["la terminal pesquera de Punta Larga"]),
    # The gazetteer knows Antwerp as « Amberes »: the English name finds the Spanish text.
    ("antwerp", ["termina en Amberes"]),
]


def write_altamar_docx(folder: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph(ALTAMAR_TITLE, style="Title")
    for style, text in ALTAMAR_BODY:
        document.add_paragraph(text, style=style)
        if text.startswith("las pistas"):
            table = document.add_table(rows=1, cols=3)
            for cell, label in zip(table.rows[0].cells, ALTAMAR_TABLE_HEADER, strict=True):
                cell.text = label
            for row in ALTAMAR_TABLE:
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=True):
                    cell.text = value
    document.sections[0].footer.paragraphs[0].text = ALTAMAR_FOOTER
    path = folder / ALTAMAR_FILE
    document.save(str(path))
    return path
