# ruff: noqa: E501  (prose fixtures: their sentences read better unbroken)
"""Scanned country summaries: the sample's text drawn as page images with Pillow, put in a PDF with no text layer.

French is the bundled sample itself (its physical lines, blank lines kept as gaps). English and Spanish
are our own short retellings of it, one paragraph per indicator in the taxonomy's order, under the
upper-case pillar and section headings the PDF summaries print. Each page has a running header and a
page number, which the reader must drop as it does for PDFs with text. Pages are laid out as a word
processor would, with orphan control: a paragraph never starts on the last two lines of a page.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from desktop.resources import SAMPLE_DIR, resource

DPI = 200
_PAGE = (int(8.27 * DPI), int(11.69 * DPI))  # A4
_MARGIN = int(0.9 * DPI)

# (heading, [paragraphs]); a heading of None continues the previous pillar without a section.
EN_SECTIONS: list[tuple[str, list[str]]] = [
    ("CRIMINAL MARKETS", []),
    (
        "PEOPLE",
        [
            "Luxembourg is a destination for trafficked people, mostly exploited for sex and for work in hotels, "
            "building sites and cleaning firms; victims come from Eastern Europe, Nigeria and Brazil.",
            "Smugglers move migrants through the country towards France, Belgium and the United Kingdom, using "
            "forged papers and delivery vans to cross the open Schengen borders.",
            "Extortion and protection rackets are rare; a few online extortion attempts against small firms were "
            "reported in 2024 without any proven link to organised groups.",
        ],
    ),
    (
        "TRADE",
        [
            "Arms trafficking is limited, although convertible firearms bought online pass through on their way "
            "to the Netherlands and Belgium, and seizures stay small.",
            "Counterfeit clothes, medicines and car parts arrive from China and Türkiye by air freight through "
            "the airport at Findel.",
            "Cheap cigarettes and fuel feed a cross-border trade in excise goods towards France and Germany, "
            "estimated at about two million packs a year.",
        ],
    ),
    (
        "ENVIRONMENT",
        [
            "Flora crimes are marginal, but trading companies based in the country deal in tropical timber of "
            "doubtful origin that never physically crosses its territory.",
            "Fauna crimes are poorly documented; ivory and exotic birds from West Africa have occasionally been "
            "seized at the airport.",
            "Crimes involving non-renewable resources mainly concern gold and diamonds traded by shell companies "
            "that hide where illegally mined ore comes from.",
        ],
    ),
    (
        "DRUGS",
        [
            "The heroin trade is small and stable, supplied from the Netherlands and Belgium, with fewer than "
            "twenty opioid deaths a year.",
            "Cocaine is the largest criminal market; it lands in Antwerp and Rotterdam from South America and "
            "reaches the country by road, where Dutch and Albanian networks control resale.",
            "Cannabis resin comes from Morocco through Spain and herbal cannabis from the Netherlands; allowing "
            "home growing in 2023 did not end the illicit market.",
            "Ecstasy and amphetamines made in Dutch and Belgian laboratories are sold at festivals, and sales "
            "through encrypted messaging and parcels are growing.",
        ],
    ),
    (
        "CYBER-DEPENDENT CRIMES",
        [
            "Cyber-dependent crime is rising fast, with ransomware against town councils and financial firms "
            "and phishing campaigns that imitate local banks.",
        ],
    ),
    (
        "FINANCIAL CRIMES",
        [
            "Financial crime is the main risk because of the size of the financial centre; investment fraud, "
            "chief executive fraud and identity theft hit cross-border workers.",
        ],
    ),
    (
        "CRIMINAL ACTORS",
        [
            "No mafia-style group is established, though members of outlaw motorcycle gangs visit and affiliates "
            "of an Italian clan have invested in property and restaurants.",
            "Criminal networks are small and tied to those of neighbouring countries; they deal drugs, burgle "
            "homes and commit fraud, sometimes recruiting vulnerable young people.",
            "State-embedded actors play a very small role; no systemic corruption has been shown, only a few "
            "local cases of influence peddling.",
            "Foreign actors matter most: Dutch, Belgian, Albanian and Nigerian networks use the country as a "
            "logistic or financial base, notably to launder cocaine profits.",
            "Private sector actors such as trust firms, company service providers and estate agents sometimes "
            "help launder money by setting up opaque structures.",
        ],
    ),
    ("RESILIENCE", []),
    (
        "LEADERSHIP AND GOVERNANCE",
        [
            "Political leadership is stable and the fight against organised crime is part of the coalition "
            "agreement; a national anti-laundering strategy was adopted in 2024.",
            "Government transparency is good; the register of beneficial owners closed to the public in 2022 "
            "remains open to the authorities and to regulated professions.",
            "International cooperation is close through Europol, Eurojust and Interpol, and requests for mutual "
            "legal assistance are handled within reasonable delays.",
            "National policies and laws are complete: membership of a criminal organisation is an offence, and a "
            "2023 law made confiscation of criminal assets easier.",
        ],
    ),
    (
        "CRIMINAL JUSTICE AND SECURITY",
        [
            "The judiciary is independent and effective but lacks specialised judges; the main prison is "
            "overcrowded and a new one opened in 2022.",
            "Law enforcement, made up of the police and the customs service, is well equipped but short of staff "
            "for financial investigations.",
            "Territorial integrity is secure, although open internal borders and dense road traffic make it easy "
            "to move illicit goods.",
        ],
    ),
    (
        "ECONOMIC AND FINANCIAL ENVIRONMENT",
        [
            "Anti-money laundering has clearly improved; the financial intelligence unit receives some sixty "
            "thousand suspicious transaction reports a year.",
            "Economic regulatory capacity is high; the financial supervisor oversees banks and funds, while "
            "crypto-asset providers are barely supervised.",
        ],
    ),
    (
        "CIVIL SOCIETY AND SOCIAL PROTECTION",
        [
            "Victim and witness support is provided by approved associations, and a witness protection scheme "
            "has existed since 2019.",
            "Prevention relies on awareness campaigns in schools and on a national drugs plan that is being "
            "evaluated.",
            "Non-state actors, including the media and non-governmental organisations, are free and active, and "
            "investigative journalists have exposed laundering cases.",
        ],
    ),
]

ES_SECTIONS: list[tuple[str, list[str]]] = [
    ("MERCADOS CRIMINALES", []),
    (
        "PERSONAS",
        [
            "Luxemburgo es un destino de la trata de personas, sobre todo con fines de explotación sexual y "
            "laboral en hoteles, obras y empresas de limpieza; las víctimas vienen de Europa del Este, Nigeria "
            "y Brasil.",
            "Los traficantes de migrantes hacen pasar personas por el país hacia Francia, Bélgica y el Reino "
            "Unido, con documentos falsos y furgonetas de reparto.",
            "La extorsión y el cobro de protección son raros; en 2024 se denunciaron algunos intentos de "
            "extorsión en línea contra pequeñas empresas.",
        ],
    ),
    (
        "COMERCIO",
        [
            "El tráfico de armas es limitado, aunque armas convertibles compradas en línea transitan hacia los "
            "Países Bajos y Bélgica.",
            "Ropa, medicamentos y piezas de coche falsificados llegan de China y Türkiye por carga aérea a "
            "través del aeropuerto de Findel.",
            "El tabaco y el carburante baratos alimentan un contrabando de productos sujetos a impuestos "
            "especiales hacia Francia y Alemania.",
        ],
    ),
    (
        "MEDIO AMBIENTE",
        [
            "Los delitos contra la flora son marginales, pero empresas del país negocian madera tropical de "
            "origen dudoso que nunca pasa por su territorio.",
            "Los delitos contra la fauna están poco documentados; se han incautado marfil y aves exóticas de "
            "África occidental en el aeropuerto.",
            "Los delitos relacionados con recursos no renovables afectan al comercio de oro y diamantes por "
            "sociedades pantalla.",
        ],
    ),
    (
        "DROGAS",
        [
            "El comercio de heroína es pequeño y estable, abastecido desde los Países Bajos y Bélgica, con "
            "menos de veinte muertes al año.",
            "La cocaína es el mayor mercado criminal; llega a Amberes y Róterdam desde Sudamérica y entra por "
            "carretera, donde redes neerlandesas y albanesas controlan la reventa.",
            "La resina de cannabis llega de Marruecos por España y la hierba de los Países Bajos; el cultivo "
            "doméstico legal desde 2023 no acabó con el mercado ilícito.",
            "El éxtasis y las anfetaminas de laboratorios neerlandeses y belgas se venden en festivales, y "
            "crecen las ventas por mensajería cifrada.",
        ],
    ),
    (
        "DELITOS CIBERDEPENDIENTES",
        [
            "Los delitos ciberdependientes crecen con rapidez, con ataques de secuestro de datos contra "
            "ayuntamientos y empresas financieras.",
        ],
    ),
    (
        "DELITOS FINANCIEROS",
        [
            "Los delitos financieros son el principal riesgo por el tamaño de la plaza financiera; el fraude de "
            "inversión y la suplantación de identidad afectan a los trabajadores fronterizos.",
        ],
    ),
    (
        "ACTORES CRIMINALES",
        [
            "No hay grupos de tipo mafioso establecidos, aunque miembros de bandas de moteros visitan el país y "
            "afiliados de un clan italiano invierten en inmuebles.",
            "Las redes criminales son pequeñas y están ligadas a las de los países vecinos; venden drogas, "
            "roban viviendas y cometen fraudes.",
            "Los actores integrados en el Estado tienen un papel muy limitado; no se ha probado una corrupción "
            "sistémica.",
            "Los actores extranjeros son los más importantes: redes neerlandesas, belgas, albanesas y nigerianas "
            "usan el país como base logística o financiera.",
            "Los actores del sector privado, como fiduciarias y agentes inmobiliarios, a veces ayudan a blanquear "
            "dinero con estructuras opacas.",
        ],
    ),
    ("RESILIENCIA", []),
    (
        "LIDERAZGO Y GOBERNANZA",
        [
            "El liderazgo político es estable y la lucha contra el crimen organizado figura en el acuerdo de "
            "coalición; en 2024 se adoptó una estrategia contra el blanqueo.",
            "La transparencia del gobierno es buena; el registro de titulares reales, cerrado al público en "
            "2022, sigue abierto a las autoridades.",
            "La cooperación internacional es estrecha a través de Europol, Eurojust e Interpol, y las solicitudes "
            "de asistencia judicial se atienden a tiempo.",
            "Las políticas y leyes nacionales son completas; una ley de 2023 facilitó el decomiso de bienes de "
            "origen ilícito.",
        ],
    ),
    (
        "JUSTICIA PENAL Y SEGURIDAD",
        [
            "El sistema judicial es independiente y eficaz, pero le faltan jueces especializados; la prisión "
            "principal está saturada.",
            "Las fuerzas del orden, policía y aduanas, tienen buenos medios pero poco personal para las "
            "investigaciones financieras.",
            "La integridad territorial está asegurada, aunque las fronteras interiores abiertas facilitan el paso "
            "de mercancías ilícitas.",
        ],
    ),
    (
        "ENTORNO ECONÓMICO Y FINANCIERO",
        [
            "La lucha contra el blanqueo de capitales ha mejorado; la unidad de inteligencia financiera recibe "
            "unas sesenta mil declaraciones sospechosas al año.",
            "La capacidad de regulación económica es alta, aunque los proveedores de criptoactivos apenas están "
            "supervisados.",
        ],
    ),
    (
        "SOCIEDAD CIVIL Y PROTECCIÓN SOCIAL",
        [
            "La asistencia a víctimas y testigos la prestan asociaciones autorizadas, y existe un programa de "
            "protección de testigos desde 2019.",
            "La prevención se basa en campañas en las escuelas y en un plan nacional sobre drogas que se está "
            "evaluando.",
            "Los actores no estatales, como los medios y las organizaciones no gubernamentales, son libres y "
            "activos.",
        ],
    ),
]

HEADERS = {
    "fr": "Résumé pays · Luxembourg · 2025",
    "en": "Country summary · Luxembourg · 2025",
    "es": "Resumen de país · Luxemburgo · 2025",
}


def _lines_from_sections(sections: list[tuple[str, list[str]]]) -> list[str]:
    """Physical lines, '' for a blank line: headings alone, paragraphs wrapped at about 62 characters."""
    lines: list[str] = []
    for heading, paragraphs in sections:
        lines.append(heading)
        for paragraph in paragraphs:
            lines.extend(textwrap.wrap(paragraph, 62))
            lines.append("")
    return lines


def report_lines(language: str) -> list[str]:
    if language == "fr":
        return [
            line.strip() for line in (SAMPLE_DIR / "luxembourg_2025_fr.txt").read_text("utf-8").splitlines()
        ]
    return _lines_from_sections(EN_SECTIONS if language == "en" else ES_SECTIONS)


def render_pages(lines: list[str], header: str, dpi: int = DPI) -> list[Image.Image]:
    """Draws the lines black on white, page after page, like a clean 200 dpi office scan."""
    scale = dpi / DPI
    size = (int(_PAGE[0] * scale), int(_PAGE[1] * scale))
    margin = int(_MARGIN * scale)
    font = ImageFont.truetype(str(resource("fonts", "DejaVuSans.ttf")), int(11 * dpi / 72))
    bold = ImageFont.truetype(str(resource("fonts", "DejaVuSans-Bold.ttf")), int(11 * dpi / 72))
    small = ImageFont.truetype(str(resource("fonts", "DejaVuSans.ttf")), int(8 * dpi / 72))
    leading = int(15 * dpi / 72)
    pages: list[Image.Image] = []
    page: Image.Image | None = None
    draw: ImageDraw.ImageDraw | None = None
    y = 0

    def new_page() -> None:
        nonlocal page, draw, y
        page = Image.new("L", size, 255)
        draw = ImageDraw.Draw(page)
        draw.text((margin, margin // 2), header, font=small, fill=0)
        draw.text((size[0] // 2, size[1] - margin // 2), str(len(pages) + 1), font=small, fill=0)
        pages.append(page)
        y = margin

    new_page()
    for line in lines:
        if y > size[1] - margin - leading:
            new_page()
        if not line:
            y += leading // 2
            # Orphan control, as word processors do: no paragraph starts on a page's last two lines.
            if y > size[1] - margin - 3 * leading:
                new_page()
            continue
        assert draw is not None
        upper = line.isupper()
        draw.text((margin, y), line, font=bold if upper else font, fill=0)
        y += leading
    return pages


def write_scanned_pdf(path: Path, language: str, dpi: int = DPI) -> Path:
    """A PDF made only of page images (no text layer), as a scanner would give."""
    pages = render_pages(report_lines(language), HEADERS[language], dpi)
    pages[0].save(path, "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:])
    return path
