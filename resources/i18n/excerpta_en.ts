<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>DossierBuilder</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/dossier_builder.py" line="115" />
            <location filename="../../desktop/ui/dossier_builder.py" line="132" />
            <source>%n excerpt(s)</source>
            <translation>
                <numerusform>%n excerpt</numerusform>
                <numerusform>%n excerpts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FacetModel</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/facet_model.py" line="84" />
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
            <location filename="../../desktop/ui/reader.py" line="330" />
            <source>%n paragraph(s)</source>
            <translation>
                <numerusform>%n paragraph</numerusform>
                <numerusform>%n paragraphs</numerusform>
            </translation>
        </message>
    </context>
</TS>
