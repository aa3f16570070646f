<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DossierBuilder</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/dossier_builder.py" line="115"/>
        <location filename="../../desktop/ui/dossier_builder.py" line="132"/>
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>%n excerpt</numerusform>
            <numerusform>%n excerpts</numerusform>
        </translation>
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
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/entity_page.py" line="125"/>
        <source>%n said to be absent</source>
        <translation>
            <numerusform>%n said to be absent</numerusform>
            <numerusform>%n said to be absent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/facet_model.py" line="93"/>
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/reader.py" line="345"/>
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
</context>
</TS>
