# ruff: noqa: E501  (report paragraphs are one line each, as the reader expects them)
"""Three small reports written for the engine tests (French, English, Spanish; our own words), and a
library holding them with invented scores, two bookmarks and one stored entity."""

from __future__ import annotations

from pathlib import Path

from db.library import Library
from db.services.bookmarks import BookmarkDraft, add_bookmark
from db.services.documents import store_document
from db.services.facts import store_facts
from db.services.scores import store_scores
from desktop.ingest.pipeline import parse_report
from desktop.ingest.scores import read_score_file
from domain.records import ExtractedFact
from tests.score_fixtures import write_invented_scores

# Sections list their indicators' paragraphs in the taxonomy's order.
REPORTS = {
    "belgique_2023_fr.txt": """MARCHÉS CRIMINELS
PERSONNES
Des victimes recrutées en Afrique de l’Ouest sont exploitées dans des bars de Bruxelles, d’après les enquêteurs fédéraux.

Les passeurs conduisent des migrants vers la côte, où des camionnettes les attendent pour la traversée vers l’Angleterre.

L’extorsion et le racket visent surtout des commerces de nuit, et les plaintes restent rares par crainte de représailles.

COMMERCE
Des pistolets réactivés circulent entre Liège et les Pays-Bas ; la douane en a saisi une quarantaine l’an passé.

Des produits de contrefaçon, surtout des parfums, arrivent par conteneurs au port d’Anvers avant d’être revendues sur les marchés.

La contrebande de tabac soumis à accise passe par des entrepôts discrets près de la frontière française.

DROGUES
L’héroïne reste un marché de niche, alimenté par des routes balkaniques.

La cocaïne débarque par tonnes dans le port d’Anvers, cachée parmi des cargaisons de bananes.

Les plantations de cannabis se multiplient dans des hangars loués sous de faux noms.

Des laboratoires clandestins produisent de l’ecstasy destinée à l’exportation.
""",
    "netherlands_2025_en.txt": """CRIMINAL MARKETS
PEOPLE
Recruiters lure young women with fake modelling contracts and then force them into street prostitution.

Smugglers charge migrants heavily for crossings hidden in refrigerated trucks bound for Britain.

Protection money is demanded from cafe owners in some districts of Rotterdam.

TRADE
Firearms reach the country in parcels posted from abroad, often disassembled into parts.

Counterfeit medicines are sold on websites that imitate legitimate pharmacies.

Cigarette smuggling relies on illegal factories hidden in rural barns.

DRUGS
Heroin flows have shrunk, although some shipments still transit through Antwerp and Rotterdam.

Cocaine arrives in the port of Rotterdam concealed in fruit containers, and corrupt dock workers help extract it.

Cannabis is tolerated in coffee shops, yet its wholesale supply remains in criminal hands.

Synthetic drug laboratories dump their chemical waste in forests and fields.
""",
    "francia_2025_es.txt": """MERCADOS CRIMINALES
PERSONAS
Las víctimas de la trata proceden de Europa del Este y trabajan en talleres textiles clandestinos.

Los traficantes cobran miles de euros por cruzar el canal en botes neumáticos.

La extorsión afecta a los comerciantes de algunos barrios de Marsella.

COMERCIO
Las armas de fuego llegan desde los Balcanes escondidas en autobuses de línea.

Los productos falsificados se venden en los mercados de verano de la costa.

El contrabando de tabaco cruza la frontera española en coches particulares.

DROGAS
La heroína circula sobre todo en el norte del país.

La cocaína entra por el puerto de Le Havre y por el aeropuerto de París.

El cannabis llega desde Marruecos a través de España en camiones.

Las drogas sintéticas se compran en línea y se reciben por correo.
""",
}
INDICATORS = [
    "human_trafficking",
    "human_smuggling",
    "extortion_protection_racketeering",
    "arms_trafficking",
    "counterfeit_goods",
    "excisable_goods",
    "heroin_trade",
    "cocaine_trade",
    "cannabis_trade",
    "synthetic_drug_trade",
]
# The country each file is about, and its edition.
COUNTRY = {"belgique_2023_fr.txt": "BE", "netherlands_2025_en.txt": "NL", "francia_2025_es.txt": "FR"}
BE, NL, FR = "BE", "NL", "FR"


def write_reports(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in REPORTS.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def paragraph_ids(library: Library) -> dict[tuple[str, str], int]:
    """(country, indicator) → paragraph id."""
    from sqlalchemy import select

    from db.schema import Document, Paragraph

    with library.session() as session:
        rows = session.execute(
            select(Paragraph.id, Document.country_iso, Paragraph.indicator_key).join(
                Document, Document.id == Paragraph.document_id
            )
        ).all()
    return {(iso or "", key or ""): pid for pid, iso, key in rows}


def build_library(folder: Path, with_marks: bool = True) -> Library:
    library = Library.open(folder / "library")
    for path in write_reports(folder / "reports"):
        store_document(library, parse_report(path))
    scores = write_invented_scores(folder / "scores.csv", editions=(2025,))
    store_scores(library, read_score_file(scores), scores.name, "invented scores")
    if with_marks:
        ids = paragraph_ids(library)
        add_bookmark(library, BookmarkDraft(ids[(NL, "cocaine_trade")], tags=["PortWatch"]))
        add_bookmark(library, BookmarkDraft(ids[(BE, "counterfeit_goods")], tags=["perfume-route"]))
        havre = ids[(FR, "cocaine_trade")]
        text = REPORTS["francia_2025_es.txt"]
        start = text.split("DROGAS\n")[1].split("\n\n")[1].index("Le Havre")
        from sqlalchemy import select

        from db.schema import Paragraph

        with library.session() as session:
            document_id = session.scalar(select(Paragraph.document_id).where(Paragraph.id == havre))
        fact = ExtractedFact(havre, "place", "Le Havre", "Le Havre", start, start + 8)
        store_facts(library, [document_id], [fact])
    return library
