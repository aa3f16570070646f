<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/ui/about.py" line="24" />
        <source>Library:</source>
        <translation>Bibliothèque :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="28" />
        <source>An offline evidence browser for country reports on organized crime.</source>
        <translation>Un navigateur de preuves hors ligne pour les rapports pays sur le crime organisé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="35" />
        <source>French names are found with spaCy's fr_core_news_sm model, licensed under LGPL-LR. Fonts: DejaVu (Bitstream Vera licence).</source>
        <translation>Les noms français sont trouvés avec le modèle fr_core_news_sm de spaCy, sous licence LGPL-LR. Polices : DejaVu (licence Bitstream Vera).</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="47" />
        <source>Bookmark</source>
        <translation>Signet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="52" />
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="54" />
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="55" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="57" />
        <source>tags, separated by commas</source>
        <translation>étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="61" />
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="65" />
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
</context>
<context>
    <name>BookmarksModel</name>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="98" />
        <source>ORPHAN — text gone from the current version
</source>
        <translation>ORPHELIN — texte absent de la version actuelle
</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="151" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="153" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="170" />
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="171" />
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bookmarks.py" line="172" />
        <source>All colours</source>
        <translation>Toutes les couleurs</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="179" />
        <source>Compare an indicator</source>
        <translation>Comparer un indicateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="186" />
        <source>Latest</source>
        <translation>La plus récente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="195" />
        <source>Filter countries…</source>
        <translation>Filtrer les pays…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="213" />
        <source>Indicator:</source>
        <translation>Indicateur :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="215" />
        <source>Edition:</source>
        <translation>Édition :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="234" />
        <source>Tick countries on the left.</source>
        <translation>Cochez des pays à gauche.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="251" />
        <source>Open in the reader</source>
        <translation>Ouvrir dans le lecteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="256" />
        <source>No report for this country in the library.</source>
        <translation>Aucun rapport de ce pays dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>CountryView</name>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="105" />
        <source>Country scores</source>
        <translation>Scores d’un pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="119" />
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="121" />
        <source>Edition:</source>
        <translation>Édition :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="141" />
        <source>No scores for this country and edition.</source>
        <translation>Pas de scores pour ce pays et cette édition.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="143" />
        <source>No scores yet: use Scores ▸ Import Scores… with the Index's workbook or CSV.</source>
        <translation>Pas encore de scores : Scores ▸ Importer des scores… avec le classeur ou le CSV de l’Index.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="149" />
        <source>Criminality</source>
        <translation>Criminalité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_views.py" line="150" />
        <source>Resilience</source>
        <translation>Résilience</translation>
    </message>
</context>
<context>
    <name>DossierBuilder</name>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="85" />
        <location filename="../../desktop/ui/dossier_builder.py" line="95" />
        <location filename="../../desktop/ui/dossier_builder.py" line="173" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="91" />
        <source>Bookmarks shown in the panel</source>
        <translation>Les signets affichés dans le panneau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="93" />
        <source>Results of the search « {q} »</source>
        <translation>Les résultats de la recherche « {q} »</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="99" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="100" />
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="101" />
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="102" />
        <source>Excerpts</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="103" />
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="103" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="106" />
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="108" />
        <location filename="../../desktop/ui/dossier_builder.py" line="125" />
        <source>{n} excerpts</source>
        <translation>{n} extraits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="138" />
        <source>Export the dossier</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_builder.py" line="160" />
        <source>Writing {path}…</source>
        <translation>Écriture de {path}…</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <location filename="../../desktop/ui/facet_model.py" line="15" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facet_model.py" line="16" />
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facet_model.py" line="17" />
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facet_model.py" line="18" />
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facet_model.py" line="19" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="24" />
        <source>Criminal groups</source>
        <translation>Groupes criminels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="25" />
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="26" />
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="27" />
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="28" />
        <source>Commodities</source>
        <translation>Marchandises</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="29" />
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="30" />
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="31" />
        <source>Roles and flows</source>
        <translation>Rôles et flux</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="132" />
        <source>Cancelling after the current file…</source>
        <translation>Annulation après le fichier en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="157" />
        <source>{ok} of {total} files imported; {n} failed, see below.</source>
        <translation>{ok} fichiers sur {total} importés ; {n} en échec, voir ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="167" />
        <source>The import stopped: {message}</source>
        <translation>L’importation s’est arrêtée : {message}</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="32" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="35" />
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message>
        <location filename="../../desktop/ui/outline_model.py" line="151" />
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outline_model.py" line="151" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="111" />
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="112" />
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="125" />
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139" />
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="150" />
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="207" />
        <source>The search index could not be updated: {message}</source>
        <translation>L’index de recherche n’a pas pu être mis à jour : {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="211" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="212" />
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="214" />
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="216" />
        <source>&amp;Export Dossier…</source>
        <translation>&amp;Exporter un dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="218" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="220" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="221" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="223" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="225" />
        <source>&amp;Bookmark Selection…</source>
        <translation>&amp;Marquer la sélection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="230" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="231" />
        <source>Highlight &amp;Facts</source>
        <translation>Surligner les &amp;faits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239" />
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245" />
        <source>S&amp;cores</source>
        <translation>S&amp;cores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="247" />
        <source>&amp;About Excerpta</source>
        <translation>À &amp;propos d’Excerpta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="294" />
        <source>{documents} documents, {paragraphs} paragraphs</source>
        <translation>{documents} documents, {paragraphs} paragraphes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="332" />
        <source>Select some text, or a paragraph, to bookmark it.</source>
        <translation>Sélectionnez du texte, ou un paragraphe, pour le marquer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="376" />
        <source>This bookmark's text is gone from the current version: «{q}»</source>
        <translation>Le texte de ce signet est absent de la version actuelle : «{q}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="455" />
        <source>Reject (not a real {type})</source>
        <translation>Rejeter (pas un vrai {type})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="458" />
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="460" />
        <source>Merge into…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="465" />
        <source>New name for {name}:</source>
        <translation>Nouveau nom pour {name} :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="465" />
        <source>Merge {name} into:</source>
        <translation>Fusionner {name} avec :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="467" />
        <location filename="../../desktop/ui/main_window.py" line="483" />
        <source>Correct an entity</source>
        <translation>Corriger une entité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="546" />
        <source>Import reports</source>
        <translation>Importer des rapports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="551" />
        <source>Import a folder of reports</source>
        <translation>Importer un dossier de rapports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="556" />
        <source>Importing {n} item(s)…</source>
        <translation>Importation de {n} élément(s)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="574" />
        <source>About Excerpta</source>
        <translation>À propos d’Excerpta</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/ui/reader.py" line="61" />
        <source>Select a document, a section or a paragraph in the library.</source>
        <translation>Choisissez un document, une section ou un paragraphe dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="117" />
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="177" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="178" />
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="179" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="180" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="181" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="182" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="183" />
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="184" />
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../desktop/ui/score_chart.py" line="25" />
        <source>Indicator scores chart</source>
        <translation>Graphique des scores par indicateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/score_chart.py" line="72" />
        <source>| = {edition}</source>
        <translation>| = {edition}</translation>
    </message>
</context>
<context>
    <name>ScoresMenu</name>
    <message>
        <location filename="../../desktop/ui/scores_menu.py" line="48" />
        <source>&amp;Import Scores…</source>
        <translation>&amp;Importer des scores…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_menu.py" line="50" />
        <source>&amp;Country Scores…</source>
        <translation>Scores d’un &amp;pays…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_menu.py" line="52" />
        <source>Co&amp;mpare Indicator…</source>
        <translation>Co&amp;mparer un indicateur…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_menu.py" line="60" />
        <source>Import the Index's scores</source>
        <translation>Importer les scores de l’Index</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_menu.py" line="67" />
        <source>Importing scores from {name}…</source>
        <translation>Import des scores de {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scores_menu.py" line="86" />
        <source>Scores not imported</source>
        <translation>Scores non importés</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../desktop/ui/search_pane.py" line="112" />
        <source>Search: cocaïne, "port d’Anvers", country:BE, score:&gt;=7 …  (Ctrl+F)</source>
        <translation>Rechercher : cocaïne, « port d’Anvers », country:BE, score:&gt;=7 …  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_pane.py" line="118" />
        <source>By relevance</source>
        <translation>Par pertinence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_pane.py" line="119" />
        <source>By Index score</source>
        <translation>Par score de l’Index</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_pane.py" line="120" />
        <source>Order of the results; filter by score with score:&gt;=7</source>
        <translation>Ordre des résultats ; filtrer par score avec score:&gt;=7</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_pane.py" line="193" />
        <source>Search failed: {m}</source>
        <translation>La recherche a échoué : {m}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_pane.py" line="205" />
        <source>{total} paragraphs</source>
        <translation>{total} paragraphes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_pane.py" line="207" />
        <source>did you mean: {s}?</source>
        <translation>vouliez-vous dire : {s} ?</translation>
    </message>
</context>
</TS>