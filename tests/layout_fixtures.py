"""The bundled Luxembourg sample retold in our own words, in French, English and Spanish, and laid out as
the Index's website shows a country page: text copied from a browser, a saved HTML page, a Word file
with heading styles, a PDF with bold sentence-case headings.

Everything here is invented for the tests (the sample itself is fictitious). The gold is `GOLD[language]`:
the 32 paragraphs in taxonomy order with their indicator keys, and the score the page prints beside each
indicator's heading. Headings come from the taxonomy's official names, with the spelling variants the
publisher's pages use (straight or curly apostrophes, "Cyber dependent" without its hyphen).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from html import escape
from pathlib import Path

from domain.taxonomy import load_taxonomy

EDITION = 2025
COUNTRY_ISO = "LU"

# The score printed beside each indicator heading, in taxonomy order (invented).
SCORES = [
    4.5, 3.0, 2.0, 3.5, 4.0, 5.5, 1.5, 2.5, 3.0, 2.5,
    8.0, 5.0, 4.5, 6.0, 7.5, 1.5, 3.5, 2.0, 6.5, 5.0,
    8.5, 8.0, 8.5, 8.0, 7.0, 6.5, 7.5, 7.0, 8.0, 6.5,
    7.0, 8.5,
]  # fmt: skip

PARAGRAPHS = {
    "en": [
        "Luxembourg mainly receives victims of human trafficking, who are exploited for sex or for labour. "
        "Most come from Eastern Europe, Nigeria or Brazil, and hotels, building sites and cleaning firms "
        "account for most reported cases.",
        "Smugglers move migrants through the country towards France, Belgium and the United Kingdom. They "
        "rely on forged papers and delivery vans to cross the open internal borders.",
        "Extortion and protection rackets play a marginal role. A few online extortion attempts against "
        "small firms were reported in 2024, with no link to organised groups.",
        "Arms trafficking is limited, although convertible firearms bought online pass through on their way "
        "to the Netherlands and Belgium. Seizures are rare and small.",
        "Counterfeit clothing, medicines and car parts arrive by air freight through Findel airport, mostly "
        "from China and Türkiye.",
        "Cheap cigarettes and fuel feed smuggling into France and Germany, put at some two million packets "
        "of cigarettes a year.",
        "Flora crime is marginal, though trading firms based in Luxembourg deal in tropical timber of "
        "doubtful "
        "origin that never crosses the country.",
        "Fauna crime is poorly documented. Ivory and exotic birds from West Africa have occasionally been "
        "seized at the airport.",
        "Shell companies registered in Luxembourg trade gold and diamonds, hiding the origin of minerals "
        "mined illegally elsewhere.",
        "The heroin market is small and stable. The drug comes from the Netherlands and Belgium, and opioid "
        "deaths stay below twenty a year.",
        "Cocaine is the largest criminal market. It lands in Antwerp and Rotterdam from South America and "
        "travels by road to Luxembourg, where Dutch and Albanian networks control resale.",
        "Cannabis both transits and stays in the country. Resin comes from Morocco through Spain, while "
        "herbal "
        "cannabis is grown in the Netherlands.",
        "Ecstasy and amphetamines made in Dutch and Belgian laboratories are sold at festivals. Sales "
        "through "
        "encrypted messaging and parcels keep growing.",
        "Cyber-dependent crime is rising fast. Ransomware has hit local councils and financial firms, and "
        "phishing campaigns imitate the country's banks.",
        "Financial crime is the main risk because of the size of the financial centre. Investment fraud, CEO "
        "fraud and identity theft often target cross-border workers.",
        "No mafia-style group is established in Luxembourg. Members of outlaw motorcycle clubs visit the "
        "country, and affiliates of an Italian clan have invested in property and restaurants.",
        "Criminal networks are small and often tied to networks in neighbouring countries. They deal drugs, "
        "commit burglaries and fraud, and sometimes recruit vulnerable young people.",
        "State-embedded actors play a very small part. No systemic corruption has been proven, though a few "
        "cases of influence peddling in local councils went to court.",
        "Foreign actors matter most: Dutch, Belgian, Albanian and Nigerian networks use Luxembourg as a "
        "logistic or financial base, notably to launder cocaine profits.",
        "Private sector actors such as trust companies, corporate service providers and estate agents "
        "sometimes help launder money by setting up opaque structures.",
        "Political leadership is stable, and the coalition agreement commits to fighting organised crime. A "
        "national anti-money laundering strategy was adopted in 2024.",
        "Government transparency is good. The register of beneficial owners closed to the public in 2022 "
        "after a European court ruling, but authorities and obliged professionals still use it.",
        "International cooperation is close, with active work in Europol, Eurojust and Interpol. Requests "
        "for legal assistance are handled promptly.",
        "National laws are thorough. The criminal code punishes taking part in a criminal organisation, "
        "and a "
        "2023 law strengthened the confiscation of illicit assets.",
        "The judiciary is independent and effective but short of specialised judges. The main prison is "
        "overcrowded, and a new remand centre opened in 2022.",
        "The police and the customs administration have modern equipment but too few staff to face financial "
        "crime.",
        "Territorial integrity is secure, although open internal borders and heavy road traffic make it "
        "easier to move illicit goods.",
        "Anti-money laundering has improved markedly. The financial intelligence unit receives about sixty "
        "thousand suspicious transaction reports a year.",
        "Economic regulatory capacity is high. The financial supervisor oversees banks and investment funds, "
        "but crypto-asset providers are loosely watched.",
        "Licensed associations support victims and witnesses, including one that helps trafficking victims, "
        "and a witness protection scheme has existed since 2019.",
        "Prevention relies on awareness campaigns in schools and on a national drugs plan that is being "
        "evaluated.",
        "Non-state actors, including the press and non-governmental organisations, are free and active. "
        "Investigative reporters have exposed several laundering cases involving local companies.",
    ],
    "fr": [
        "Le Luxembourg accueille surtout des victimes de la traite, exploitées sexuellement ou au travail. "
        "Elles viennent en majorité d’Europe de l’Est, du Nigéria ou du Brésil, et l’hôtellerie, les "
        "chantiers et le nettoyage regroupent l’essentiel des cas.",
        "Des passeurs font traverser le pays à des migrants en route vers la France, la Belgique et le "
        "Royaume-Uni, munis de faux papiers et cachés dans des camionnettes.",
        "L’extorsion et le racket restent rares. Quelques tentatives d’extorsion en ligne contre de petites "
        "entreprises ont été signalées en 2024, sans lien avec des groupes organisés.",
        "Le trafic d’armes reste limité, même si des armes convertibles achetées sur internet traversent le "
        "pays vers les Pays-Bas et la Belgique. Les saisies sont rares et modestes.",
        "Des vêtements, des médicaments et des pièces automobiles contrefaits arrivent par fret aérien à "
        "l’aéroport du Findel, surtout depuis la Chine et la Türkiye.",
        "Le tabac et le carburant bon marché alimentent une contrebande vers la France et l’Allemagne, "
        "évaluée à deux millions de paquets de cigarettes par an.",
        "La criminalité liée à la flore reste marginale, mais des sociétés de négoce luxembourgeoises "
        "vendent "
        "du bois tropical douteux qui ne passe jamais par le pays.",
        "La criminalité liée à la faune est mal connue. De l’ivoire et des oiseaux exotiques venus d’Afrique "
        "de l’Ouest ont parfois été saisis à l’aéroport.",
        "Des sociétés écrans domiciliées au Luxembourg négocient de l’or et des diamants et masquent ainsi "
        "l’origine de minerais extraits illégalement.",
        "Le marché de l’héroïne est modeste et stable. La drogue vient des Pays-Bas et de la Belgique, et "
        "les décès par opioïdes restent sous la barre de vingt par an.",
        "La cocaïne constitue le premier marché criminel. Elle arrive d’Amérique du Sud à Anvers et à "
        "Rotterdam puis gagne le Luxembourg par la route, où des réseaux néerlandais et albanais tiennent "
        "la revente.",
        "Le cannabis transite par le pays et y est aussi consommé. La résine vient du Maroc par l’Espagne, "
        "l’herbe des Pays-Bas.",
        "L’ecstasy et les amphétamines fabriquées dans des laboratoires néerlandais et belges se vendent "
        "dans "
        "les festivals. Les ventes par messagerie chiffrée et par colis augmentent.",
        "La criminalité cyberdépendante croît vite. Des rançongiciels ont frappé des communes et des "
        "sociétés "
        "financières, et l’hameçonnage imite les banques du pays.",
        "La criminalité financière est le risque principal, vu la taille de la place financière. Fraudes à "
        "l’investissement, fraudes au président et usurpations d’identité visent souvent les frontaliers.",
        "Aucun groupe de type mafieux n’est implanté au Luxembourg. Des membres de clubs de motards y "
        "passent, et des affiliés d’un clan italien ont investi dans l’immobilier et la restauration.",
        "Les réseaux criminels sont petits et souvent liés à ceux des pays voisins. Ils vendent de la "
        "drogue, "
        "cambriolent, fraudent et recrutent parfois des jeunes vulnérables.",
        "Les acteurs intégrés à l’État pèsent très peu. Aucune corruption systémique n’a été prouvée, malgré "
        "quelques procès pour trafic d’influence dans des communes.",
        "Les acteurs étrangers dominent : des réseaux néerlandais, belges, albanais et nigérians se "
        "servent du "
        "Luxembourg comme base logistique ou financière, notamment pour blanchir l’argent de la cocaïne.",
        "Des acteurs du secteur privé, fiduciaires, domiciliataires et agents immobiliers, facilitent "
        "parfois le blanchiment en montant des structures opaques.",
        "Le pouvoir politique est stable et l’accord de coalition vise la criminalité organisée. Une "
        "stratégie nationale contre le blanchiment a été adoptée en 2024.",
        "Le gouvernement est plutôt transparent. Le registre des bénéficiaires effectifs, fermé au public en "
        "2022 après un arrêt européen, reste ouvert aux autorités et aux professionnels assujettis.",
        "La coopération internationale est étroite, avec une participation active à Europol, Eurojust et "
        "Interpol. Les demandes d’entraide sont traitées vite.",
        "Les lois nationales sont complètes. Le code pénal réprime l’appartenance à une organisation "
        "criminelle, et une loi de 2023 a renforcé la confiscation des avoirs illicites.",
        "La justice est indépendante et efficace, mais manque de magistrats spécialisés. La prison "
        "principale "
        "est surpeuplée, et un nouveau centre a ouvert en 2022.",
        "La police et les douanes disposent d’équipements modernes mais de trop peu d’agents face à la "
        "criminalité financière.",
        "L’intégrité du territoire est assurée, même si les frontières ouvertes et la densité du trafic "
        "routier facilitent le passage de marchandises illicites.",
        "La lutte contre le blanchiment a nettement progressé. La cellule de renseignement financier reçoit "
        "quelque soixante mille déclarations de soupçon par an.",
        "La capacité de régulation est forte. Le superviseur financier contrôle banques et fonds, mais les "
        "prestataires de crypto-actifs sont peu surveillés.",
        "Des associations agréées aident les victimes et les témoins, dont une qui accompagne les victimes "
        "de la traite, et un programme de protection des témoins existe depuis 2019.",
        "La prévention passe par des campagnes dans les écoles et par un plan national sur les drogues en "
        "cours d’évaluation.",
        "Les acteurs non étatiques, presse et organisations non gouvernementales, sont libres et actifs. Des "
        "journalistes d’enquête ont révélé plusieurs affaires de blanchiment liées à des sociétés locales.",
    ],
    "es": [
        "Luxemburgo es sobre todo un destino de víctimas de trata, explotadas sexualmente o en el trabajo. "
        "La mayoría procede de Europa del Este, Nigeria o Brasil, y la hostelería, la construcción y la "
        "limpieza reúnen casi todos los casos.",
        "Los traficantes hacen pasar a migrantes por el país rumbo a Francia, Bélgica y el Reino Unido, con "
        "documentos falsos y furgonetas de reparto.",
        "La extorsión y el cobro de protección son marginales. En 2024 se denunciaron algunos intentos de "
        "extorsión en línea contra pequeñas empresas, sin vínculo con grupos organizados.",
        "El tráfico de armas es limitado, aunque armas convertibles compradas en internet cruzan el país "
        "hacia los Países Bajos y Bélgica. Las incautaciones son escasas.",
        "Ropa, medicamentos y piezas de automóvil falsificados llegan por carga aérea al aeropuerto de "
        "Findel, "
        "sobre todo desde China y Türkiye.",
        "El tabaco y el combustible baratos alimentan el contrabando hacia Francia y Alemania, estimado en "
        "dos millones de cajetillas al año.",
        "Los delitos contra la flora son marginales, pero empresas comerciales con sede en Luxemburgo venden "
        "madera tropical dudosa que nunca pasa por el país.",
        "Los delitos contra la fauna están poco documentados. En el aeropuerto se han incautado a veces "
        "marfil y aves exóticas de África Occidental.",
        "Sociedades pantalla domiciliadas en Luxemburgo comercian con oro y diamantes y ocultan el origen de "
        "minerales extraídos ilegalmente.",
        "El mercado de heroína es pequeño y estable. La droga llega de los Países Bajos y Bélgica, y las "
        "muertes por opioides no superan las veinte al año.",
        "La cocaína es el mayor mercado criminal. Llega de Sudamérica a Amberes y Róterdam y sigue por "
        "carretera hasta Luxemburgo, donde redes neerlandesas y albanesas controlan la reventa.",
        "El cannabis transita por el país y también se consume en él. El hachís viene de Marruecos a través "
        "de España y la hierba de los Países Bajos.",
        "El éxtasis y las anfetaminas fabricados en laboratorios neerlandeses y belgas se venden en "
        "festivales. Crecen las ventas por mensajería cifrada y paquetería.",
        "Los delitos ciberdependientes aumentan con rapidez. Programas de secuestro de datos han golpeado a "
        "municipios y entidades financieras, y el phishing imita a los bancos del país.",
        "Los delitos financieros son el riesgo principal por el tamaño de la plaza financiera. El fraude de "
        "inversión, el fraude del director y la suplantación de identidad afectan a los trabajadores "
        "transfronterizos.",
        "Ningún grupo de tipo mafioso está asentado en Luxemburgo. Miembros de clubes de moteros visitan el "
        "país, y afiliados de un clan italiano han invertido en inmuebles y restaurantes.",
        "Las redes criminales son pequeñas y suelen estar ligadas a redes de países vecinos. Venden droga, "
        "cometen robos y fraudes y a veces reclutan a jóvenes vulnerables.",
        "Los actores integrados en el Estado tienen un papel mínimo. No se ha probado corrupción sistémica, "
        "aunque hubo algunos juicios por tráfico de influencias en municipios.",
        "Los actores extranjeros pesan mucho: redes neerlandesas, belgas, albanesas y nigerianas usan "
        "Luxemburgo como base logística o financiera, sobre todo para blanquear ganancias de la cocaína.",
        "Actores del sector privado como fiduciarias, proveedores de servicios societarios y agentes "
        "inmobiliarios facilitan a veces el blanqueo creando estructuras opacas.",
        "El liderazgo político es estable y el acuerdo de coalición incluye la lucha contra el crimen "
        "organizado. En 2024 se aprobó una estrategia nacional contra el blanqueo.",
        "El gobierno es bastante transparente. El registro de titulares reales, cerrado al público en 2022 "
        "tras una sentencia europea, sigue abierto a las autoridades y a los profesionales obligados.",
        "La cooperación internacional es estrecha, con participación activa en Europol, Eurojust e Interpol. "
        "Las solicitudes de asistencia judicial se tramitan con rapidez.",
        "Las leyes nacionales son completas. El código penal castiga la pertenencia a una organización "
        "criminal, y una ley de 2023 reforzó el decomiso de bienes ilícitos.",
        "La justicia es independiente y eficaz, pero faltan jueces especializados. La prisión principal está "
        "saturada y en 2022 abrió un nuevo centro.",
        "La policía y las aduanas cuentan con medios modernos pero con poco personal frente a los delitos "
        "financieros.",
        "La integridad territorial está garantizada, aunque las fronteras abiertas y el denso tráfico por "
        "carretera facilitan el paso de mercancías ilícitas.",
        "La lucha contra el lavado de dinero ha mejorado mucho. La unidad de inteligencia financiera recibe "
        "unas sesenta mil comunicaciones de operaciones sospechosas al año.",
        "La capacidad de regulación es alta. El supervisor financiero vigila bancos y fondos, pero los "
        "proveedores de criptoactivos apenas están controlados.",
        "Asociaciones acreditadas apoyan a víctimas y testigos, entre ellas una que acompaña a víctimas de "
        "trata, y existe un programa de protección de testigos desde 2019.",
        "La prevención se basa en campañas en las escuelas y en un plan nacional sobre drogas que se está "
        "evaluando.",
        "Los actores no estatales, prensa y organizaciones no gubernamentales, son libres y activos. "
        "Periodistas de investigación han destapado varios casos de blanqueo con empresas locales.",
    ],
}

# Words of the page around the content, per language (invented, in the shape of a country page).
PAGE = {
    "en": {
        "menu": ["Skip to main content", "Home", "Countries", "Rankings", "Downloads", "About the Index"],
        "statement": "Global Organized Crime Index 2025",
        "country": "Luxembourg",
        "summary": "Luxembourg is a small, wealthy state whose financial centre draws criminal money from "
        "across Europe, while its markets for illicit goods remain modest.",
        "aggregates": ["Criminality 3.52", "Resilience 7.81"],
        "share": "Share this page",
        "top_list": "Highest-scoring markets",
        "definitions": "Indicator definitions",
        "definition_of": {
            "human_trafficking": "the recruitment and movement of people in order to exploit them.",
            "cocaine_trade": "the production, transport and sale of cocaine and its derivatives.",
            "prevention": "what the state does to stop organised crime before it happens.",
        },
        "footer": [
            "Privacy policy",
            "Terms of use",
            "Contact us",
            "© 2025 Example Initiative. All rights reserved.",
        ],
    },
    "fr": {
        "menu": [
            "Aller au contenu",
            "Accueil",
            "Pays",
            "Classements",
            "Téléchargements",
            "À propos de l’Indice",
        ],
        "statement": "Indice mondial du crime organisé 2025",
        "country": "Luxembourg",
        "summary": "Le Luxembourg est un petit État prospère dont la place financière attire l’argent du "
        "crime de toute l’Europe, tandis que ses marchés illicites restent modestes.",
        "aggregates": ["Criminalité 3,52", "Résilience 7,81"],
        "share": "Partager cette page",
        "top_list": "Marchés les mieux notés",
        "definitions": "Définitions des indicateurs",
        "definition_of": {
            "human_trafficking": "le recrutement et le déplacement de personnes en vue de les exploiter.",
            "cocaine_trade": "la production, le transport et la vente de cocaïne et de ses dérivés.",
            "prevention": "ce que fait l’État pour empêcher la criminalité organisée en amont.",
        },
        "footer": [
            "Politique de confidentialité",
            "Conditions d’utilisation",
            "Nous contacter",
            "© 2025 Initiative exemple. Tous droits réservés.",
        ],
    },
    "es": {
        "menu": ["Ir al contenido", "Inicio", "Países", "Clasificaciones", "Descargas", "Acerca del Índice"],
        "statement": "Índice Global de Crimen Organizado 2025",
        "country": "Luxemburgo",
        "summary": "Luxemburgo es un Estado pequeño y rico cuya plaza financiera atrae dinero del crimen de "
        "toda Europa, mientras sus mercados ilícitos siguen siendo modestos.",
        "aggregates": ["Criminalidad 3,52", "Resiliencia 7,81"],
        "share": "Compartir esta página",
        "top_list": "Mercados con mayor puntuación",
        "definitions": "Definiciones de los indicadores",
        "definition_of": {
            "human_trafficking": "la captación y el traslado de personas para explotarlas.",
            "cocaine_trade": "la producción, el transporte y la venta de cocaína y sus derivados.",
            "prevention": "lo que hace el Estado para impedir el crimen organizado de antemano.",
        },
        "footer": [
            "Política de privacidad",
            "Condiciones de uso",
            "Contacto",
            "© 2025 Iniciativa de ejemplo. Todos los derechos reservados.",
        ],
    },
}

# The spellings the publisher's pages vary between, applied to some headings: the official name is
# tried in the taxonomy; these are what a page may print instead.
HEADING_VARIANTS = {
    "en": {
        "cyber_dependent_crimes": "Cyber dependent crimes",
        "state_embedded_actors": "State embedded actors",
    },
    "fr": {"arms_trafficking": "Trafic d'armes", "law_enforcement": "Forces de l'ordre"},
    "es": {"counterfeit_goods": "Comercio de productos falsificados"},
}


@dataclass(frozen=True)
class Expected:
    paragraphs: list[tuple[str, str]]  # (indicator key, text) in taxonomy order
    scores: dict[str, float]
    country_iso: str = COUNTRY_ISO
    edition: int = EDITION


def gold(language: str) -> Expected:
    keys = [i.key for i in load_taxonomy().indicators]
    return Expected(list(zip(keys, PARAGRAPHS[language], strict=True)), dict(zip(keys, SCORES, strict=True)))


def score_text(value: float, language: str, decimals: int = 2) -> str:
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if language == "fr" else text


def indicator_heading(key: str, language: str) -> str:
    variant = HEADING_VARIANTS[language].get(key)
    if variant:
        return variant
    indicator = load_taxonomy().indicator(key)
    assert indicator is not None
    return indicator.name(language)


@dataclass(frozen=True)
class Group:
    """A pillar, and within it a section (None for criminal actors), with its indicator keys."""

    pillar: str
    section: str | None
    keys: list[str]


def groups() -> list[Group]:
    taxonomy = load_taxonomy()
    found: list[Group] = []
    for indicator in taxonomy.indicators:
        if found and found[-1].pillar == indicator.pillar and found[-1].section == indicator.section:
            found[-1].keys.append(indicator.key)
        else:
            found.append(Group(indicator.pillar, indicator.section, [indicator.key]))
    return found


def _names(key: str, language: str) -> str:
    taxonomy = load_taxonomy()
    entry = taxonomy.pillar(key) or next(s for s in taxonomy.sections if s.key == key)
    return entry.name(language)


def _blocks(language: str, order: str) -> list[tuple[str, str]]:
    """(kind, text) blocks of the page body: pillar, section, indicator (heading with score), paragraph."""
    expected = gold(language)
    texts = dict(expected.paragraphs)
    pillar_scores = {"criminal_markets": 3.27, "criminal_actors": 3.78, "resilience": 7.81}
    result: list[tuple[str, str]] = []
    if order == "taxonomy":
        seen_pillars: set[str] = set()
        for group in groups():
            if group.pillar not in seen_pillars:
                seen_pillars.add(group.pillar)
                pillar_line = (
                    f"{_names(group.pillar, language)} {score_text(pillar_scores[group.pillar], language)}"
                )
                result.append(("pillar", pillar_line))
            if group.section and group.section != group.pillar:
                result.append(("section", _names(group.section, language)))
            for number, key in enumerate(group.keys):
                decimals = 1 if number % 3 == 1 else 2  # "8.0" beside some headings, "4.50" beside others
                score = score_text(expected.scores[key], language, decimals)
                heading = f"{indicator_heading(key, language)} {score}"
                result.append(("indicator", heading))
                result.append(("paragraph", texts[key]))
    else:
        keys = [key for key, _ in expected.paragraphs]
        random.Random(12).shuffle(keys)
        for key in keys:
            heading = f"{indicator_heading(key, language)} {score_text(expected.scores[key], language)}"
            result.append(("indicator", heading))
            result.append(("paragraph", texts[key]))
    return result


def website_text(language: str, order: str = "taxonomy") -> str:
    """A country page as a browser copies it: one line per block, no blank lines, furniture around."""
    page = PAGE[language]
    expected = gold(language)
    lines: list[str] = [*page["menu"], page["statement"], page["country"], *page["aggregates"], page["share"]]
    lines.append(page["summary"])
    # A list of the top markets with their scores: indicator names with numbers, and no text under them.
    lines.append(page["top_list"])
    for key in ("cocaine_trade", "financial_crimes", "cyber_dependent_crimes"):
        lines.append(f"{indicator_heading(key, language)} {score_text(expected.scores[key], language)}")
    lines.extend(text for _kind, text in _blocks(language, order))
    lines.append(page["definitions"])
    for key, definition in page["definition_of"].items():
        lines.append(f"{indicator_heading(key, language)}: {definition}")
    lines.extend(page["footer"])
    return "\n".join(lines) + "\n"


def write_website_text(folder: Path, language: str, order: str = "taxonomy", name: str | None = None) -> Path:
    path = folder / (name or f"luxembourg_page_{language}_{order}.txt")
    path.write_text(website_text(language, order), encoding="utf-8")
    return path


def website_html(language: str) -> str:
    """A country page saved from the browser: head with scripts, header and nav, a score table, the
    indicators in sections, definitions in an aside, a footer."""
    page = PAGE[language]
    expected = gold(language)
    e = escape
    menu = "".join(f'<li><a href="/{n}">{e(item)}</a></li>' for n, item in enumerate(page["menu"]))
    rows = "".join(
        f"<tr><th>{e(a.rsplit(' ', 1)[0])}</th><td>{e(a.rsplit(' ', 1)[1])}</td></tr>"
        for a in page["aggregates"]
    )
    body: list[str] = []
    open_section = False
    for kind, text in _blocks(language, "taxonomy"):
        if kind == "pillar":
            if open_section:
                body.append("</section>")
            name, score = text.rsplit(" ", 1)
            body.append(f'<section class="pillar"><h2>{e(name)} <span class="score">{e(score)}</span></h2>')
            open_section = True
        elif kind == "section":
            body.append(f"<h3>{e(text)}</h3>")
        elif kind == "indicator":
            name, score = text.rsplit(" ", 1)
            body.append(
                f'<div class="indicator"><h4 class="title">{e(name)}\n  <span class="score">{e(score)}</span>'
                f'</h4><button class="info">i</button>'
            )
        else:
            body.append(f"<p>{e(text)}</p></div>")
    if open_section:
        body.append("</section>")
    definitions = "".join(
        f"<dt>{e(indicator_heading(k, language))}</dt><dd>{e(d)}</dd>"
        for k, d in page["definition_of"].items()
    )
    footer = "".join(f"<li>{e(item)}</li>" for item in page["footer"][:-1])
    top = "".join(
        f"<li>{e(indicator_heading(k, language))} <b>{score_text(expected.scores[k], language)}</b></li>"
        for k in ("cocaine_trade", "financial_crimes")
    )
    return f"""<!DOCTYPE html>
<html lang="{language}"><head><meta charset="utf-8">
<title>{e(page["country"])} | {e(page["statement"])}</title>
<style>body {{ font-family: sans-serif; }} .score {{ float: right; }}</style>
<script>window.dataLayer = [{{"event": "page", "text": "Human trafficking 9.99"}}];</script>
</head><body>
<header><a class="logo" href="/">Logo</a><nav><ul>{menu}</ul></nav></header>
<main>
<p class="edition">{e(page["statement"])}</p>
<h1>{e(page["country"])}</h1>
<table class="scores">{rows}</table>
<p class="summary">{e(page["summary"])}</p>
<aside class="top"><h2>{e(page["top_list"])}</h2><ul>{top}</ul></aside>
{"".join(body)}
<aside class="glossary"><h2>{e(page["definitions"])}</h2><dl>{definitions}</dl></aside>
</main>
<footer><ul>{footer}</ul><p>{e(page["footer"][-1])}</p></footer>
<script src="/app.js"></script>
</body></html>
"""


def write_website_html(folder: Path, language: str) -> Path:
    path = folder / f"luxembourg_page_{language}.html"
    path.write_text(website_html(language), encoding="utf-8")
    return path


def write_docx(folder: Path, language: str) -> Path:
    """A Word file: the country and the pillars as Heading 1, sections Heading 2, indicators Heading 3
    with their score, a score table, a running header and footer."""
    import docx

    page = PAGE[language]
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = f"{page['country']} | {page['share']}"
    document.sections[0].footer.paragraphs[0].text = page["footer"][-1]
    document.add_heading(page["country"], level=1)
    document.add_paragraph(page["statement"])
    table = document.add_table(rows=len(page["aggregates"]), cols=2)
    for row, aggregate in zip(table.rows, page["aggregates"], strict=True):
        name, score = aggregate.rsplit(" ", 1)
        row.cells[0].text, row.cells[1].text = name, score
    for kind, text in _blocks(language, "taxonomy"):
        if kind == "pillar":
            document.add_heading(text, level=1)
        elif kind == "section":
            document.add_heading(text, level=2)
        elif kind == "indicator":
            document.add_heading(text, level=3)
        else:
            document.add_paragraph(text)
    path = folder / f"luxembourg_page_{language}.docx"
    document.save(str(path))
    return path


def write_pdf(folder: Path, language: str) -> Path:
    """A PDF with bold, sentence-case headings (pillar, section, indicator with its score) over
    regular body text, as a page printed from the website looks."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    bold = {
        "pillar": ParagraphStyle(
            "pillar", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceBefore=10
        ),
        "section": ParagraphStyle(
            "section", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8
        ),
        "indicator": ParagraphStyle(
            "indicator", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6
        ),
    }
    page = PAGE[language]
    story: list[object] = [
        Paragraph(escape(page["statement"]), bold["section"]),
        Paragraph(escape(page["country"]), bold["pillar"]),
    ]
    for kind, text in _blocks(language, "taxonomy"):
        story.append(Paragraph(escape(text), bold.get(kind, body)))
        if kind == "paragraph":
            story.append(Spacer(1, 6))
    path = folder / f"luxembourg_print_{language}.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)  # type: ignore[arg-type]
    return path
