# ruff: noqa: E501  (prose fixtures: their sentences read better unbroken)
"""A long report of another publisher, in French, English and Spanish, built as a PDF with ReportLab.

Its headings are told apart by typography only: a big bold title, bold chapter titles (numbered or not),
bold sub-headings at the body's size (numbered or not), figure and table captions in small italics
between paragraphs, a running header and a page footer. The text is our own, written for this test.
`GOLD` is what the generic profile must find: the section tree (title, level), the captions as notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph
from reportlab.platypus.flowables import Flowable

from desktop.resources import resource

REGULAR, BOLD, ITALIC = "GenericSans", "GenericSans-Bold", "GenericSans-Oblique"


@dataclass(frozen=True)
class GenericReport:
    title: str
    header: str
    # ("chapter" | "sub" | "caption" | "paragraph" | "page", text), in reading order.
    story: list[tuple[str, str]]

    @property
    def tree(self) -> list[tuple[str, int]]:
        return [
            (text, 1 if kind == "chapter" else 2) for kind, text in self.story if kind in ("chapter", "sub")
        ]

    @property
    def captions(self) -> list[str]:
        return [text for kind, text in self.story if kind == "caption"]

    @property
    def paragraphs(self) -> list[str]:
        return [text for kind, text in self.story if kind == "paragraph"]


REPORTS: dict[str, GenericReport] = {
    "en": GenericReport(
        "Ports, Containers and Organised Crime",
        "Regional review of port crime · 2026",
        [
            ("chapter", "1. Introduction"),
            (
                "paragraph",
                "Sea ports move most of the goods that reach a continent, and the criminal groups that "
                "ship drugs, weapons or counterfeit goods rely on the same containers as honest traders. This "
                "review looks at how those groups use the ports and how the authorities answer them.",
            ),
            (
                "paragraph",
                "We asked customs officers, port police and shipping agents the same questions in every "
                "port we visited, so that their answers can be compared from one coast to the other.",
            ),
            ("sub", "1.1 Scope of the review"),
            (
                "paragraph",
                "The review covers twelve container terminals, chosen for the volume they handle and "
                "for the seizures reported there over the last five years.",
            ),
            ("caption", "Figure 1.1 Container traffic by port, 2020–2025"),
            (
                "paragraph",
                "Traffic grew in every terminal but two, and the largest ports handled more than half "
                "of all the containers counted in the region during the period.",
            ),
            ("sub", "1.2 Sources and method"),
            (
                "paragraph",
                "Seizure records came from the customs services of each country. Interviews filled "
                "the gaps where records were missing or could not be shared with us.",
            ),
            ("page", ""),
            ("chapter", "2. Findings by region"),
            (
                "paragraph",
                "The regions differ less in the goods that are smuggled than in the way the groups "
                "reach the terminals, whether through corrupt workers or through front companies.",
            ),
            ("sub", "Northern Europe"),
            (
                "paragraph",
                "In the northern ports, cocaine hidden in fruit containers remains the main concern. "
                "Dock workers are paid to move the containers before any inspection can take place.",
            ),
            ("caption", "Table 2. Seizures reported by customs"),
            (
                "paragraph",
                "Seizures rose sharply after scanners were installed, which suggests that better "
                "detection, rather than more trafficking, explains part of the increase.",
            ),
            ("sub", "Western Mediterranean"),
            (
                "paragraph",
                "Along the western Mediterranean, cannabis resin crosses the strait in fast boats, "
                "while the container terminals see counterfeit medicines and cigarettes.",
            ),
            (
                "paragraph",
                "Port authorities there have started to share their manifests with the police, a step "
                "that officers describe as the most useful change of the decade.",
            ),
            ("page", ""),
            ("chapter", "Conclusions"),
            (
                "paragraph",
                "Ports cannot be closed to crime by controls alone. The groups adapt quickly, and "
                "the weakest link is often a person inside the terminal rather than a gap in the fence.",
            ),
            (
                "paragraph",
                "Sharing data between customs, police and port operators is the measure that every "
                "person we interviewed put first.",
            ),
        ],
    ),
    "fr": GenericReport(
        "Ports, conteneurs et crime organisé",
        "Étude régionale de la criminalité portuaire · 2026",
        [
            ("chapter", "1. Introduction"),
            (
                "paragraph",
                "Les ports maritimes font transiter l’essentiel des marchandises qui entrent sur un "
                "continent, et les groupes criminels qui expédient de la drogue, des armes ou des contrefaçons "
                "utilisent les mêmes conteneurs que les commerçants honnêtes.",
            ),
            (
                "paragraph",
                "Nous avons posé les mêmes questions aux douaniers, aux policiers et aux agents "
                "maritimes de chaque port visité, afin de pouvoir comparer leurs réponses d’une côte à l’autre.",
            ),
            ("sub", "1.1 Champ de l’étude"),
            (
                "paragraph",
                "L’étude porte sur douze terminaux à conteneurs, retenus pour le volume qu’ils traitent "
                "et pour les saisies qui y ont été signalées au cours des cinq dernières années.",
            ),
            ("caption", "Figure 1.1 Trafic de conteneurs par port, 2020–2025"),
            (
                "paragraph",
                "Le trafic a augmenté dans tous les terminaux sauf deux, et les plus grands ports ont "
                "traité plus de la moitié des conteneurs comptés dans la région.",
            ),
            ("sub", "1.2 Sources et méthode"),
            (
                "paragraph",
                "Les relevés de saisies proviennent des douanes de chaque pays. Des entretiens ont "
                "comblé les lacunes lorsque les relevés manquaient ou ne pouvaient pas nous être transmis.",
            ),
            ("page", ""),
            ("chapter", "2. Résultats par région"),
            (
                "paragraph",
                "Les régions se distinguent moins par les marchandises passées en fraude que par la "
                "manière dont les groupes accèdent aux terminaux, par des employés corrompus ou des sociétés "
                "écrans.",
            ),
            ("sub", "Europe du Nord"),
            (
                "paragraph",
                "Dans les ports du nord, la cocaïne cachée dans des conteneurs de fruits reste la "
                "principale préoccupation. Des dockers sont payés pour déplacer les conteneurs avant tout "
                "contrôle.",
            ),
            ("caption", "Tableau 2 : Saisies déclarées par les douanes"),
            (
                "paragraph",
                "Les saisies ont fortement augmenté après l’installation de scanners, ce qui laisse "
                "penser qu’une meilleure détection explique une partie de la hausse.",
            ),
            ("sub", "Méditerranée occidentale"),
            (
                "paragraph",
                "En Méditerranée occidentale, la résine de cannabis traverse le détroit en bateaux "
                "rapides, tandis que les terminaux voient passer des médicaments contrefaits et des cigarettes.",
            ),
            (
                "paragraph",
                "Les autorités portuaires y partagent désormais leurs manifestes avec la police, ce "
                "que les enquêteurs décrivent comme le changement le plus utile de la décennie.",
            ),
            ("page", ""),
            ("chapter", "Conclusions"),
            (
                "paragraph",
                "Les contrôles seuls ne ferment pas les ports au crime. Les groupes s’adaptent vite, "
                "et le maillon faible est souvent une personne à l’intérieur du terminal.",
            ),
            (
                "paragraph",
                "Le partage des données entre douanes, police et exploitants portuaires est la mesure "
                "que toutes les personnes interrogées ont placée en tête.",
            ),
        ],
    ),
    "es": GenericReport(
        "Puertos, contenedores y crimen organizado",
        "Estudio regional de la delincuencia portuaria · 2026",
        [
            ("chapter", "1. Introducción"),
            (
                "paragraph",
                "Los puertos marítimos mueven la mayor parte de las mercancías que llegan a un "
                "continente, y los grupos criminales que envían drogas, armas o falsificaciones usan los mismos "
                "contenedores que los comerciantes honrados.",
            ),
            (
                "paragraph",
                "Hicimos las mismas preguntas a aduaneros, policías portuarios y agentes navieros en "
                "cada puerto visitado, para poder comparar sus respuestas de una costa a otra.",
            ),
            ("sub", "1.1 Alcance del estudio"),
            (
                "paragraph",
                "El estudio abarca doce terminales de contenedores, elegidas por el volumen que "
                "manejan y por las incautaciones registradas en ellas durante los últimos cinco años.",
            ),
            ("caption", "Gráfico 1.1 Tráfico de contenedores por puerto, 2020–2025"),
            (
                "paragraph",
                "El tráfico creció en todas las terminales menos dos, y los mayores puertos manejaron "
                "más de la mitad de los contenedores contados en la región.",
            ),
            ("sub", "1.2 Fuentes y método"),
            (
                "paragraph",
                "Los registros de incautaciones proceden de las aduanas de cada país. Las entrevistas "
                "cubrieron los huecos donde faltaban registros o no se nos podían entregar.",
            ),
            ("page", ""),
            ("chapter", "2. Resultados por región"),
            (
                "paragraph",
                "Las regiones se diferencian menos por las mercancías de contrabando que por la forma "
                "en que los grupos llegan a las terminales, mediante empleados corruptos o empresas pantalla.",
            ),
            ("sub", "Norte de Europa"),
            (
                "paragraph",
                "En los puertos del norte, la cocaína escondida en contenedores de fruta sigue siendo "
                "la principal preocupación. Se paga a estibadores para mover los contenedores antes de cualquier "
                "control.",
            ),
            ("caption", "Cuadro 2. Incautaciones declaradas por las aduanas"),
            (
                "paragraph",
                "Las incautaciones aumentaron mucho tras la instalación de escáneres, lo que sugiere "
                "que una mejor detección explica parte del aumento.",
            ),
            ("sub", "Mediterráneo occidental"),
            (
                "paragraph",
                "En el Mediterráneo occidental, la resina de cannabis cruza el estrecho en lanchas "
                "rápidas, mientras que por las terminales pasan medicamentos falsificados y cigarrillos.",
            ),
            (
                "paragraph",
                "Las autoridades portuarias comparten ahora sus manifiestos con la policía, un paso "
                "que los agentes describen como el cambio más útil de la década.",
            ),
            ("page", ""),
            ("chapter", "Conclusiones"),
            (
                "paragraph",
                "Los controles por sí solos no cierran los puertos al delito. Los grupos se adaptan "
                "rápido, y el eslabón más débil suele ser una persona dentro de la terminal.",
            ),
            (
                "paragraph",
                "Compartir datos entre aduanas, policía y operadores portuarios es la medida que todas "
                "las personas entrevistadas pusieron en primer lugar.",
            ),
        ],
    ),
}


def _register_fonts() -> None:
    for name, file in (
        (REGULAR, "DejaVuSans.ttf"),
        (BOLD, "DejaVuSans-Bold.ttf"),
        (ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))


def write_generic_report(path: Path, report: GenericReport) -> Path:
    _register_fonts()
    width, height = A4

    def decorate(canvas: object, document: BaseDocTemplate) -> None:
        canvas.setFont(REGULAR, 8)  # type: ignore[attr-defined]
        canvas.drawString(60, height - 36, report.header)  # type: ignore[attr-defined]
        canvas.drawCentredString(width / 2, 30, f"Page {document.page}")  # type: ignore[attr-defined]

    document = BaseDocTemplate(str(path), pagesize=A4)
    document.addPageTemplates(
        [PageTemplate(frames=[Frame(60, 60, width - 120, height - 130)], onPage=decorate)]
    )
    styles = {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=22, leading=28, spaceAfter=18),
        "chapter": ParagraphStyle(
            "chapter", fontName=BOLD, fontSize=16, leading=20, spaceBefore=14, spaceAfter=8
        ),
        "sub": ParagraphStyle("sub", fontName=BOLD, fontSize=10, leading=13, spaceBefore=10, spaceAfter=4),
        "caption": ParagraphStyle(
            "caption", fontName=ITALIC, fontSize=8, leading=10, spaceBefore=6, spaceAfter=8
        ),
        # A heading in body type, told apart only by its numbering or capitals and the space around it.
        "plainhead": ParagraphStyle("plainhead", fontName=REGULAR, fontSize=10, leading=13, spaceBefore=10, spaceAfter=8),
        "paragraph": ParagraphStyle("paragraph", fontName=REGULAR, fontSize=10, leading=13, spaceAfter=8),
    }
    story: list[Flowable] = [Paragraph(report.title, styles["title"])]
    for kind, text in report.story:
        story.append(PageBreak() if kind == "page" else Paragraph(text, styles[kind]))
    document.build(story)
    return path
