<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
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
        <location filename="../../desktop/ui/facts_model.py" line="23" />
        <source>Criminal groups</source>
        <translation>Groupes criminels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="24" />
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="25" />
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="26" />
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="27" />
        <source>Commodities</source>
        <translation>Marchandises</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="28" />
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="29" />
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_model.py" line="30" />
        <source>Roles and flows</source>
        <translation>Rôles et flux</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="121" />
        <source>Cancelling after the current file…</source>
        <translation>Annulation après le fichier en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="146" />
        <source>{ok} of {total} files imported; {n} failed, see below.</source>
        <translation>{ok} fichiers sur {total} importés ; {n} en échec, voir ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="156" />
        <source>The import stopped: {message}</source>
        <translation>L’importation s’est arrêtée : {message}</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="31" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="34" />
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message>
        <location filename="../../desktop/ui/outline_model.py" line="136" />
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="92" />
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="93" />
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="106" />
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="121" />
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="132" />
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186" />
        <source>The search index could not be updated: {message}</source>
        <translation>L’index de recherche n’a pas pu être mis à jour : {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191" />
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193" />
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="195" />
        <source>&amp;Export Dossier…</source>
        <translation>&amp;Exporter un dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="197" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="199" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="200" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="202" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="204" />
        <source>&amp;Bookmark Selection…</source>
        <translation>&amp;Marquer la sélection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="209" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="210" />
        <source>Highlight &amp;Facts</source>
        <translation>Surligner les &amp;faits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="218" />
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="224" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="225" />
        <source>&amp;About Excerpta</source>
        <translation>À &amp;propos d’Excerpta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="259" />
        <source>{documents} documents, {paragraphs} paragraphs</source>
        <translation>{documents} documents, {paragraphs} paragraphes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="297" />
        <source>Select some text, or a paragraph, to bookmark it.</source>
        <translation>Sélectionnez du texte, ou un paragraphe, pour le marquer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="341" />
        <source>This bookmark's text is gone from the current version: «{q}»</source>
        <translation>Le texte de ce signet est absent de la version actuelle : «{q}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="393" />
        <source>Reject (not a real {type})</source>
        <translation>Rejeter (pas un vrai {type})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="396" />
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="398" />
        <source>Merge into…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="403" />
        <source>New name for {name}:</source>
        <translation>Nouveau nom pour {name} :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="403" />
        <source>Merge {name} into:</source>
        <translation>Fusionner {name} avec :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="405" />
        <location filename="../../desktop/ui/main_window.py" line="421" />
        <source>Correct an entity</source>
        <translation>Corriger une entité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="488" />
        <source>Import reports</source>
        <translation>Importer des rapports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="493" />
        <source>Import a folder of reports</source>
        <translation>Importer un dossier de rapports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="498" />
        <source>Importing {n} item(s)…</source>
        <translation>Importation de {n} élément(s)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="518" />
        <source>About Excerpta</source>
        <translation>À propos d’Excerpta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="520" />
        <source>&lt;b&gt;Excerpta&lt;/b&gt; {version}&lt;br&gt;An offline evidence browser for country reports on organized crime.&lt;br&gt;Library: {folder}&lt;br&gt;&lt;br&gt;French names are found with spaCy's fr_core_news_sm model, licensed under LGPL-LR. Fonts: DejaVu (Bitstream Vera licence).</source>
        <translation>&lt;b&gt;Excerpta&lt;/b&gt; {version}&lt;br&gt;Un navigateur de preuves hors ligne pour les rapports pays sur la criminalité organisée.&lt;br&gt;Bibliothèque : {folder}&lt;br&gt;&lt;br&gt;Les noms en français sont trouvés avec le modèle fr_core_news_sm de spaCy, sous licence LGPL-LR. Polices : DejaVu (licence Bitstream Vera).</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/ui/reader.py" line="59" />
        <source>Select a document, a section or a paragraph in the library.</source>
        <translation>Choisissez un document, une section ou un paragraphe dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="158" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="159" />
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="160" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="161" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="162" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="163" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="164" />
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader.py" line="165" />
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../desktop/ui/search_pane.py" line="109" />
        <source>Search: cocaïne, "port d’Anvers", country:BE …  (Ctrl+F)</source>
        <translation>Rechercher : cocaïne, "port d’Anvers", country:BE …  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_pane.py" line="175" />
        <source>Search failed: {m}</source>
        <translation>La recherche a échoué : {m}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_pane.py" line="187" />
        <source>{total} paragraphs</source>
        <translation>{total} paragraphes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_pane.py" line="189" />
        <source>did you mean: {s}?</source>
        <translation>vouliez-vous dire : {s} ?</translation>
    </message>
</context>
</TS>