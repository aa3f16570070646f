<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/ui/about.py" line="24"/>
        <source>Library:</source>
        <translation>Bibliothèque :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="28"/>
        <source>An offline evidence browser for country reports on organized crime.</source>
        <translation>Un navigateur de preuves hors ligne pour les rapports pays sur le crime organisé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="35"/>
        <source>French names are found with spaCy&apos;s fr_core_news_sm model, licensed under LGPL-LR. Places come in part from GeoNames (geonames.org, CC BY 4.0). Fonts: DejaVu (Bitstream Vera licence).</source>
        <translation>Les noms français sont trouvés avec le modèle fr_core_news_sm de spaCy, sous licence LGPL-LR. Les lieux viennent en partie de GeoNames (geonames.org, CC BY 4.0). Polices : DejaVu (licence Bitstream Vera).</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="58"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="60"/>
        <source>Documents, sections and paragraphs; Enter shows one in the reader</source>
        <translation>Documents, sections et paragraphes ; Entrée en affiche un dans le lecteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="67"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="69"/>
        <source>Narrow the search by country, indicator, pillar or edition</source>
        <translation>Affinez la recherche par pays, indicateur, pilier ou édition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="76"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="77"/>
        <source>Groups, places and figures found in the library</source>
        <translation>Groupes, lieux et chiffres trouvés dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="81"/>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="82"/>
        <source>The text of the chosen document, section or paragraph</source>
        <translation>Le texte du document, de la section ou du paragraphe choisi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="86"/>
        <location filename="../../desktop/ui/accessibility.py" line="113"/>
        <source>Library and search</source>
        <translation>Bibliothèque et recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="87"/>
        <location filename="../../desktop/ui/accessibility.py" line="114"/>
        <source>Switch between the library tree and the search</source>
        <translation>Passer de l’arbre de la bibliothèque à la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="96"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="97"/>
        <source>Words, phrases and filters; Ctrl+F</source>
        <translation>Mots, expressions et filtres ; Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="101"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="102"/>
        <source>Enter opens a result in the reader</source>
        <translation>Entrée ouvre un résultat dans le lecteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="106"/>
        <source>Order of the results</source>
        <translation>Ordre des résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="107"/>
        <source>By relevance or by score</source>
        <translation>Par pertinence ou par score</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="78"/>
        <source>Bookmark</source>
        <translation>Signet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="83"/>
        <location filename="../../desktop/ui/bookmarks.py" line="106"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="85"/>
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="87"/>
        <location filename="../../desktop/ui/bookmarks.py" line="107"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="89"/>
        <source>tags, separated by commas</source>
        <translation>étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="93"/>
        <location filename="../../desktop/ui/bookmarks.py" line="108"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="98"/>
        <location filename="../../desktop/ui/bookmarks.py" line="109"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="106"/>
        <source>The words the bookmark keeps</source>
        <translation>Les mots que garde le signet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="107"/>
        <source>Your note on the quote</source>
        <translation>Votre note sur la citation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="108"/>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="109"/>
        <source>The highlight colour of the bookmark</source>
        <translation>La couleur de surlignage du signet</translation>
    </message>
</context>
<context>
    <name>BookmarksModel</name>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="181"/>
        <source>ORPHAN — text gone from the current version
</source>
        <translation>ORPHELIN — texte absent de la version actuelle
</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="234"/>
        <source>Tag filter</source>
        <translation>Filtre par étiquette</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="234"/>
        <source>Shows the bookmarks with this tag</source>
        <translation>Affiche les signets portant cette étiquette</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="235"/>
        <source>Document filter</source>
        <translation>Filtre par document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="235"/>
        <source>Shows the bookmarks in this document</source>
        <translation>Affiche les signets de ce document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="236"/>
        <source>Colour filter</source>
        <translation>Filtre par couleur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="236"/>
        <source>Shows the bookmarks of this colour</source>
        <translation>Affiche les signets de cette couleur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="249"/>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="251"/>
        <source>Enter opens the bookmark in the reader; Delete removes it (Ctrl+Z brings it back)</source>
        <translation>Entrée ouvre le signet dans le lecteur ; Supprimer l’efface (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="254"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="256"/>
        <source>Edits the note, tags and colour of the chosen bookmark</source>
        <translation>Modifie la note, les étiquettes et la couleur du signet choisi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="257"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="259"/>
        <source>Deletes the chosen bookmark; Ctrl+Z undoes it</source>
        <translation>Supprime le signet choisi ; Ctrl+Z l’annule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="287"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="291"/>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="296"/>
        <source>All colours</source>
        <translation>Toutes les couleurs</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="48"/>
        <source>yellow</source>
        <translation>jaune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="49"/>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="50"/>
        <source>blue</source>
        <translation>bleu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="51"/>
        <source>red</source>
        <translation>rouge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="52"/>
        <source>purple</source>
        <translation>violet</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="300"/>
        <source>Compare an indicator</source>
        <translation>Comparer un indicateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="307"/>
        <source>Latest</source>
        <translation>La plus récente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="315"/>
        <source>Filter countries…</source>
        <translation>Filtrer les pays…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="333"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="335"/>
        <source>&amp;Edition:</source>
        <translation>É&amp;dition :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="345"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="345"/>
        <source>The indicator compared across countries</source>
        <translation>L’indicateur comparé d’un pays à l’autre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="346"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="346"/>
        <source>The edition of the Index, or the latest</source>
        <translation>L’édition de l’indice, ou la plus récente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="347"/>
        <source>Filter countries</source>
        <translation>Filtrer les pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="347"/>
        <source>Narrows the list of countries</source>
        <translation>Restreint la liste des pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="348"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="348"/>
        <source>Tick the countries to compare</source>
        <translation>Cochez les pays à comparer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="349"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="349"/>
        <source>Scores and paragraphs side by side</source>
        <translation>Scores et paragraphes côte à côte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="379"/>
        <source>Tick countries on the left.</source>
        <translation>Cochez des pays à gauche.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="416"/>
        <source>Open in the reader</source>
        <translation>Ouvrir dans le lecteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="421"/>
        <source>No report for this country in the library.</source>
        <translation>Aucun rapport de ce pays dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>CountryView</name>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="151"/>
        <source>Country scores</source>
        <translation>Scores d’un pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="168"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="170"/>
        <source>&amp;Edition:</source>
        <translation>É&amp;dition :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="181"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="182"/>
        <source>The country whose scores are shown</source>
        <translation>Le pays dont les scores sont affichés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="183"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="184"/>
        <source>The edition of the Index the scores come from</source>
        <translation>L’édition de l’indice dont viennent les scores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="225"/>
        <source>No scores for this country and edition.</source>
        <translation>Pas de scores pour ce pays et cette édition.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="227"/>
        <source>No scores yet: use Scores ▸ Import Scores… with the Index&apos;s workbook or CSV.</source>
        <translation>Pas encore de scores : Scores ▸ Importer des scores… avec le classeur ou le CSV de l’Index.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="233"/>
        <source>Criminality</source>
        <translation>Criminalité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="234"/>
        <source>Resilience</source>
        <translation>Résilience</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="271"/>
        <source>▲ worse, ▼ better</source>
        <translation>▲ aggravation, ▼ amélioration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="271"/>
        <source>▲ better, ▼ worse</source>
        <translation>▲ amélioration, ▼ aggravation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="272"/>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="274"/>
        <source>{pillars}: {meaning}</source>
        <translation>{pillars} : {meaning}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="275"/>
        <source>Change since the previous edition</source>
        <translation>Évolution depuis l’édition précédente</translation>
    </message>
</context>
<context>
    <name>DossierBuilder</name>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="86"/>
        <location filename="../../desktop/ui/dossier_builder.py" line="96"/>
        <location filename="../../desktop/ui/dossier_builder.py" line="186"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="92"/>
        <source>Bookmarks shown in the panel</source>
        <translation>Les signets affichés dans le panneau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="94"/>
        <source>Results of the search « {q} »</source>
        <translation>Les résultats de la recherche « {q} »</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="100"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="101"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="102"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="103"/>
        <source>Excerpts</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="106"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="106"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="106"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="109"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="110"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="110"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="113"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dossier_builder.py" line="115"/>
        <location filename="../../desktop/ui/dossier_builder.py" line="132"/>
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>%n extrait</numerusform>
            <numerusform>%n extraits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="145"/>
        <source>Export the dossier</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="173"/>
        <source>Writing {path}…</source>
        <translation>Écriture de {path}…</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/entity_page.py" line="120"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/entity_page.py" line="122"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n rapport</numerusform>
            <numerusform>%n rapports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/entity_page.py" line="125"/>
        <source>%n said to be absent</source>
        <translation>
            <numerusform>%n dite absente</numerusform>
            <numerusform>%n dites absentes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_page.py" line="128"/>
        <source>Met with: </source>
        <translation>Cité avec : </translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <location filename="../../desktop/ui/facet_model.py" line="16"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facet_model.py" line="17"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facet_model.py" line="18"/>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facet_model.py" line="19"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facet_model.py" line="20"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facet_model.py" line="23"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facet_model.py" line="24"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facet_model.py" line="25"/>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/facet_model.py" line="93"/>
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraphe</numerusform>
            <numerusform>%n paragraphes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="29"/>
        <source>Criminal groups</source>
        <translation>Groupes criminels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="30"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="31"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="32"/>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="33"/>
        <source>Commodities</source>
        <translation>Marchandises</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="34"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="35"/>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="36"/>
        <source>Roles and flows</source>
        <translation>Rôles et flux</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="102"/>
        <source> — said to be absent</source>
        <translation> — dit absent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="131"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="15"/>
        <source>This library is empty</source>
        <translation>Cette bibliothèque est vide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="18"/>
        <source>text, PDF, HTML or Word files, or a whole folder (Ctrl+Shift+I).</source>
        <translation>fichiers texte, PDF, HTML ou Word, ou tout un dossier (Ctrl+Maj+I).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="20"/>
        <source>Or drop files or folders on this window.</source>
        <translation>Ou déposez des fichiers ou des dossiers sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="22"/>
        <source>to try searching, bookmarking and exporting.</source>
        <translation>pour essayer la recherche, les signets et l’export.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="121"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="139"/>
        <source>Cancelling after the current file…</source>
        <translation>Annulation après le fichier en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="162"/>
        <source>{ok} of {total} files imported; {n} failed, see below.</source>
        <translation>{ok} fichiers sur {total} importés ; {n} en échec, voir ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="176"/>
        <source>Extracting facts…</source>
        <translation>Extraction des faits…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="190"/>
        <source>Facts not extracted</source>
        <translation>Faits non extraits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="195"/>
        <source>The import stopped</source>
        <translation>L’importation s’est arrêtée</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="39"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="41"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="47"/>
        <source>Files imported</source>
        <translation>Fichiers importés</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="68"/>
        <source>en</source>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message>
        <location filename="../../desktop/ui/outline_model.py" line="149"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outline_model.py" line="149"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162"/>
        <location filename="../../desktop/ui/main_window.py" line="355"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="173"/>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="232"/>
        <source>The search index could not be updated: {message}</source>
        <translation>L’index de recherche n’a pas pu être mis à jour : {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="236"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="237"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239"/>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="241"/>
        <source>&amp;Export Dossier…</source>
        <translation>&amp;Exporter un dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="243"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="248"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="250"/>
        <source>&amp;Bookmark Selection…</source>
        <translation>&amp;Marquer la sélection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="252"/>
        <source>Show Source &amp;Page</source>
        <translation>Afficher la &amp;page source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="257"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258"/>
        <source>Highlight &amp;Facts</source>
        <translation>Surligner les &amp;faits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="264"/>
        <source>Facts of the &amp;Whole Library</source>
        <translation>Faits de toute la &amp;bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="271"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="278"/>
        <source>Sea&amp;rches</source>
        <translation>&amp;Recherches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="280"/>
        <source>S&amp;cores</source>
        <translation>S&amp;cores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="282"/>
        <source>&amp;About Excerpta</source>
        <translation>À &amp;propos d’Excerpta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="329"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="329"/>
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraphe</numerusform>
            <numerusform>%n paragraphes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="355"/>
        <source>Facts (this report)</source>
        <translation>Faits (ce rapport)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="357"/>
        <source>Facts of {title}</source>
        <translation>Faits de {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="473"/>
        <source>Select some text, or a paragraph, to bookmark it.</source>
        <translation>Sélectionnez du texte, ou un paragraphe, pour le marquer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="518"/>
        <source>This bookmark&apos;s text is gone from the current version: «{q}»</source>
        <translation>Le texte de ce signet est absent de la version actuelle : «{q}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="579"/>
        <source>The library has no paragraph on this indicator for {iso}.</source>
        <translation>La bibliothèque n’a aucun paragraphe sur cet indicateur pour {iso}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="642"/>
        <source>Show Entity Page</source>
        <translation>Afficher la page de l’entité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="645"/>
        <source>Reject (not a real {type})</source>
        <translation>Rejeter (pas un vrai {type})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="648"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="649"/>
        <source>Merge into…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="671"/>
        <source>New name for {name}:</source>
        <translation>Nouveau nom pour {name} :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="671"/>
        <source>Merge {name} into:</source>
        <translation>Fusionner {name} avec :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="673"/>
        <location filename="../../desktop/ui/main_window.py" line="682"/>
        <source>Correct an entity</source>
        <translation>Corriger une entité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="758"/>
        <source>Import reports</source>
        <translation>Importer des rapports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="763"/>
        <source>Import a folder of reports</source>
        <translation>Importer un dossier de rapports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="768"/>
        <source>Importing {n} item(s)…</source>
        <translation>Importation de {n} élément(s)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="782"/>
        <source>About Excerpta</source>
        <translation>À propos d’Excerpta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>Opening the library…</source>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
</context>
<context>
    <name>MentionsModel</name>
    <message>
        <location filename="../../desktop/ui/entity_page.py" line="67"/>
        <source> — said to be absent</source>
        <translation> — dit absent</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/ui/reader.py" line="105"/>
        <source>Select a document, a section or a paragraph in the library.</source>
        <translation>Choisissez un document, une section ou un paragraphe dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="106"/>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="108"/>
        <source>The text of the chosen document, section or paragraph; select words to bookmark them</source>
        <translation>Le texte du document, de la section ou du paragraphe choisi ; sélectionnez des mots pour les mettre en signet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="170"/>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="170"/>
        <source>read by OCR from a scanned page</source>
        <translation>lu par OCR sur une page numérisée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="227"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="305"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="306"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="307"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="331"/>
        <source>Pillar averages, {edition}</source>
        <translation>Moyennes des piliers, {edition}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="337"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reader.py" line="345"/>
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraphe</numerusform>
            <numerusform>%n paragraphes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="354"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="354"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="354"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="308"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="311"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="309"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="310"/>
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
</context>
<context>
    <name>ReadingTools</name>
    <message>
        <location filename="../../desktop/ui/reading_tools.py" line="35"/>
        <source>Open a paragraph first: its source page is shown.</source>
        <translation>Ouvrez d’abord un paragraphe : sa page source s’affiche.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_tools.py" line="44"/>
        <source>No source page: {name} was not a PDF, or was imported before sources were kept.</source>
        <translation>Pas de page source : {name} n’était pas un PDF, ou a été importé avant que les sources soient conservées.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_tools.py" line="70"/>
        <source>Show Entity Page: {name}</source>
        <translation>Afficher la page de l’entité : {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_tools.py" line="82"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
</context>
<context>
    <name>RemoveBookmarkCommand</name>
    <message>
        <location filename="../../desktop/ui/bookmark_commands.py" line="59"/>
        <source>The bookmark «{quote}»{note} cannot be restored: its document «{document}» is no longer in the library.</source>
        <translation>Le signet «{quote}»{note} ne peut pas être rétabli : son document «{document}» n’est plus dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../desktop/ui/score_chart.py" line="48"/>
        <source>Indicator scores chart</source>
        <translation>Graphique des scores par indicateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/score_chart.py" line="50"/>
        <source>Click a bar, or choose it with the arrow keys and press Enter, to read its paragraph.</source>
        <translation>Cliquez sur une barre, ou choisissez-la avec les flèches puis Entrée, pour lire son paragraphe.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/score_chart.py" line="184"/>
        <source>| = {edition}</source>
        <translation>| = {edition}</translation>
    </message>
</context>
<context>
    <name>ScorePhrases</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="94"/>
        <source>{change} since {edition}</source>
        <translation>{change} depuis {edition}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="95"/>
        <source>no change since {edition}</source>
        <translation>inchangé depuis {edition}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="96"/>
        <source>Index score {edition}: {score} / 10</source>
        <translation>Score de l’indice {edition} : {score} / 10</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="97"/>
        <source>{edition} edition</source>
        <translation>édition {edition}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="99"/>
        <source>.</source>
        <translation>,</translation>
    </message>
</context>
<context>
    <name>ScoresMenu</name>
    <message>
        <location filename="../../desktop/ui/scores_menu.py" line="43"/>
        <source>&amp;Import Scores…</source>
        <translation>&amp;Importer des scores…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_menu.py" line="45"/>
        <source>&amp;Country Scores…</source>
        <translation>Scores d’un &amp;pays…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_menu.py" line="47"/>
        <source>Co&amp;mpare Indicator…</source>
        <translation>Co&amp;mparer un indicateur…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_menu.py" line="55"/>
        <source>Import the Index&apos;s scores</source>
        <translation>Importer les scores de l’Index</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_menu.py" line="62"/>
        <source>Importing scores from {name}…</source>
        <translation>Import des scores de {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_menu.py" line="74"/>
        <source>Scores not imported</source>
        <translation>Scores non importés</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../desktop/ui/search_pane.py" line="136"/>
        <source>Search: cocaïne, &quot;port d’Anvers&quot;, country:BE, score:&gt;=7 …  (Ctrl+F)</source>
        <translation>Rechercher : cocaïne, « port d’Anvers », country:BE, score:&gt;=7 …  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_pane.py" line="142"/>
        <source>By relevance</source>
        <translation>Par pertinence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_pane.py" line="143"/>
        <source>By Index score</source>
        <translation>Par score de l’Index</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_pane.py" line="144"/>
        <source>Order of the results; filter by score with score:&gt;=7</source>
        <translation>Ordre des résultats ; filtrer par score avec score:&gt;=7</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_pane.py" line="242"/>
        <source>Search failed: {m}</source>
        <translation>La recherche a échoué : {m}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_pane.py" line="255"/>
        <source>{total} paragraphs</source>
        <translation>{total} paragraphes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_pane.py" line="257"/>
        <source>did you mean: {s}?</source>
        <translation>vouliez-vous dire : {s} ?</translation>
    </message>
</context>
<context>
    <name>SearchesMenu</name>
    <message>
        <location filename="../../desktop/ui/searches_menu.py" line="25"/>
        <source>&amp;Save Current Search…</source>
        <translation>&amp;Enregistrer la recherche…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/searches_menu.py" line="36"/>
        <source>No saved searches yet</source>
        <translation>Aucune recherche enregistrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/searches_menu.py" line="51"/>
        <source>Type a search first; then it can be saved.</source>
        <translation>Tapez d’abord une recherche ; elle pourra ensuite être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/searches_menu.py" line="54"/>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/searches_menu.py" line="54"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
</context>
<context>
    <name>SourcePageDialog</name>
    <message>
        <location filename="../../desktop/ui/source_page.py" line="27"/>
        <source>Source page</source>
        <translation>Page source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/source_page.py" line="36"/>
        <source>Source page of the paragraph</source>
        <translation>Page source du paragraphe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/source_page.py" line="55"/>
        <source>{title}, page {page}</source>
        <translation>{title}, page {page}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="110"/>
        <source>Opening {folder}…</source>
        <translation>Ouverture de {folder}…</translation>
    </message>
</context>
<context>
    <name>StatusProgress</name>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="80"/>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="81"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="82"/>
        <source>Cancel the import</source>
        <translation>Annuler l’importation</translation>
    </message>
</context>
<context>
    <name>WriterLane</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="148"/>
        <source>Excerpta</source>
        <translation>Excerpta</translation>
    </message>
</context>
</TS>
