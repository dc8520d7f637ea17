<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LinkItem</name>
    <message numerus="yes">
        <location filename="../widgets/canvas/linkitem.cpp" line="+92"/>
        <source>%n evidence item(s), %1 contradicting</source>
        <translation>
            <numerusform>%n evidence item, %1 contradicting</numerusform>
            <numerusform>%n evidence items, %1 contradicting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::ChangeListPanel</name>
    <message numerus="yes">
        <location filename="../widgets/versioning/changelistpanel.cpp" line="+40"/>
        <source>%n change(s) since %1</source>
        <translation>
            <numerusform>%n change since %1</numerusform>
            <numerusform>%n changes since %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/terminalprogress.h" line="+27"/>
        <source>… %n s</source>
        <translation>
            <numerusform>… %n s</numerusform>
            <numerusform>… %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/mergecommand.cpp" line="+65"/>
        <source>%1: %n conflict(s) to resolve in Faultline</source>
        <translation>
            <numerusform>%1: %n conflict to resolve in Faultline</numerusform>
            <numerusform>%1: %n conflicts to resolve in Faultline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::Command</name>
    <message numerus="yes">
        <location filename="../model/commands/importinterpretationscommand.cpp" line="+43"/>
        <source>Import %n interpretation(s)</source>
        <translation>
            <numerusform>Import %n interpretation</numerusform>
            <numerusform>Import %n interpretations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/movefactorscommand.cpp" line="+29"/>
        <source>Move %n factors</source>
        <translation>
            <numerusform>Move %n factor</numerusform>
            <numerusform>Move %n factors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::CompareView</name>
    <message numerus="yes">
        <location filename="../widgets/compare/compareview.cpp" line="+255"/>
        <source>Comparing %n readings</source>
        <translation>
            <numerusform>Comparing %n reading</numerusform>
            <numerusform>Comparing %n readings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Comparing %n readings of “%1”</source>
        <translation>
            <numerusform>Comparing %n reading of “%1”</numerusform>
            <numerusform>Comparing %n readings of “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+164"/>
        <source>%n factor(s)</source>
        <translation>
            <numerusform>%n factor</numerusform>
            <numerusform>%n factors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n only here</source>
        <translation>
            <numerusform>%n only here</numerusform>
            <numerusform>%n only here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::Confirmation</name>
    <message numerus="yes">
        <location filename="../widgets/panels/confirmation.cpp" line="+16"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::ConflictsPanel</name>
    <message numerus="yes">
        <location filename="../widgets/versioning/conflictspanel.cpp" line="+111"/>
        <source>%n merge conflict(s) to resolve. The file keeps them until each is resolved.</source>
        <translation>
            <numerusform>%n merge conflict to resolve. The file keeps it until it is resolved.</numerusform>
            <numerusform>%n merge conflicts to resolve. The file keeps them until each is resolved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::CruxDescriber</name>
    <message numerus="yes">
        <location filename="../model/compare/cruxdescriber.cpp" line="+176"/>
        <source>with %n link(s) only it draws</source>
        <translation>
            <numerusform>with %n link only it draws</numerusform>
            <numerusform>with %n links only it draws</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>implicating %n failure point(s)</source>
        <translation>
            <numerusform>implicating %n failure point</numerusform>
            <numerusform>implicating %n failure points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::CruxListWidget</name>
    <message numerus="yes">
        <location filename="../widgets/compare/cruxlistwidget.cpp" line="+63"/>
        <source>%n evidence</source>
        <translation>
            <numerusform>%n evidence</numerusform>
            <numerusform>%n evidence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::CruxReport</name>
    <message numerus="yes">
        <location filename="../model/compare/cruxreport.cpp" line="+125"/>
        <source>Comparing %n interpretation(s): %1</source>
        <translation>
            <numerusform>Comparing %n interpretation: %1</numerusform>
            <numerusform>Comparing %n interpretations: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n evidence</source>
        <translation>
            <numerusform>%n evidence</numerusform>
            <numerusform>%n evidence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::CruxSlide</name>
    <message numerus="yes">
        <location filename="../widgets/discussion/cruxslide.cpp" line="+101"/>
        <source>%n evidence</source>
        <translation>
            <numerusform>%n evidence item</numerusform>
            <numerusform>%n evidence items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::DiagramSlide</name>
    <message numerus="yes">
        <location filename="../widgets/discussion/diagramslide.cpp" line="+159"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::DiscussionSummary</name>
    <message numerus="yes">
        <location filename="../model/compare/discussionsummary.cpp" line="+114"/>
        <source>%n evidence</source>
        <translation>
            <numerusform>%n evidence</numerusform>
            <numerusform>%n evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+274"/>
        <source>Cruxes (%n)</source>
        <translation>
            <numerusform>Crux (%n)</numerusform>
            <numerusform>Cruxes (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::DocumentController</name>
    <message numerus="yes">
        <location filename="../app/controllers/documentcontroller.cpp" line="+139"/>
        <source>“%1” could not be opened. The document was not changed.

%n problem(s) found:</source>
        <translation>
            <numerusform>“%1” could not be opened. The document was not changed.

%n problem found:</numerusform>
            <numerusform>“%1” could not be opened. The document was not changed.

%n problems found:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::ExampleDelegate</name>
    <message numerus="yes">
        <location filename="../widgets/gallery/exampledelegate.cpp" line="+103"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n reading</numerusform>
            <numerusform>%n readings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::ExampleGalleryDialog</name>
    <message numerus="yes">
        <location filename="../widgets/gallery/examplegallerydialog.cpp" line="+84"/>
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n example</numerusform>
            <numerusform>%n examples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::ExportController</name>
    <message numerus="yes">
        <location filename="../app/controllers/exportcontroller.cpp" line="+86"/>
        <source>Exported %n file(s)</source>
        <translation>
            <numerusform>Exported %n file</numerusform>
            <numerusform>Exported %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::FactorListWidget</name>
    <message numerus="yes">
        <location filename="../widgets/panels/factorlistwidget.cpp" line="+222"/>
        <source>Used in %n interpretation(s)</source>
        <translation>
            <numerusform>Used in %n interpretation</numerusform>
            <numerusform>Used in %n interpretations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::ImportController</name>
    <message numerus="yes">
        <location filename="../app/controllers/importcontroller.cpp" line="+111"/>
        <source>Imported “%1”: %n factor(s), </source>
        <translation>
            <numerusform>Imported “%1”: %n factor, </numerusform>
            <numerusform>Imported “%1”: %n factors, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s).</source>
        <translation>
            <numerusform>%n link.</numerusform>
            <numerusform>%n links.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Imported %n interpretation(s) </source>
        <translation>
            <numerusform>Imported %n interpretation </numerusform>
            <numerusform>Imported %n interpretations </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>with %n new factor(s) from “%1”.</source>
        <translation>
            <numerusform>with %n new factor from “%1”.</numerusform>
            <numerusform>with %n new factors from “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::InspectorWidget</name>
    <message numerus="yes">
        <location filename="../widgets/panels/inspectorwidget.cpp" line="+165"/>
        <source>%n factor(s) and </source>
        <translation>
            <numerusform>%n factor and </numerusform>
            <numerusform>%n factors and </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s) selected</source>
        <translation>
            <numerusform>%n link selected</numerusform>
            <numerusform>%n links selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::InterpretationTabs</name>
    <message numerus="yes">
        <location filename="../widgets/common/interpretationtabs.cpp" line="+382"/>
        <source>%n factor(s) placed (the factors stay in the incident)</source>
        <translation>
            <numerusform>%n factor placed (the factors stay in the incident)</numerusform>
            <numerusform>%n factors placed (the factors stay in the incident)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s) with their evidence</source>
        <translation>
            <numerusform>%n link with their evidence</numerusform>
            <numerusform>%n links with their evidence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::LayoutController</name>
    <message numerus="yes">
        <location filename="../app/controllers/layoutcontroller.cpp" line="+142"/>
        <source>Laying out %n factor(s)…</source>
        <translation>
            <numerusform>Laying out %n factor…</numerusform>
            <numerusform>Laying out %n factors…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Laid out %n factor(s).</source>
        <translation>
            <numerusform>Laid out %n factor.</numerusform>
            <numerusform>Laid out %n factors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>Laying out “%1” (%n factor(s))…</source>
        <translation>
            <numerusform>Laying out “%1” (%n factor)…</numerusform>
            <numerusform>Laying out “%1” (%n factors)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::MergeConfirmDialog</name>
    <message numerus="yes">
        <location filename="../widgets/import/mergeconfirmdialog.cpp" line="+94"/>
        <source>%n factor(s) matched by id, </source>
        <translation>
            <numerusform>%n factor matched by id, </numerusform>
            <numerusform>%n factors matched by id, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n by kind and label, </source>
        <translation>
            <numerusform>%n by kind and label, </numerusform>
            <numerusform>%n by kind and label, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n new.</source>
        <translation>
            <numerusform>%n new.</numerusform>
            <numerusform>%n new.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::PresentationWindow</name>
    <message numerus="yes">
        <location filename="../widgets/discussion/presentationwindow.cpp" line="+205"/>
        <source>%n reading(s):</source>
        <translation>
            <numerusform>%n reading:</numerusform>
            <numerusform>%n readings:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::SourcesWidget</name>
    <message numerus="yes">
        <location filename="../widgets/panels/sourceswidget.cpp" line="+249"/>
        <source>“%1” is cited by %n evidence item(s). Remove it and clear these citations?</source>
        <translation>
            <numerusform>“%1” is cited by %n evidence item. Remove it and clear these citations?</numerusform>
            <numerusform>“%1” is cited by %n evidence items. Remove it and clear these citations?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::VersionController</name>
    <message numerus="yes">
        <location filename="../app/controllers/versioncontroller.cpp" line="+57"/>
        <source>This file has %n merge conflict(s): resolve them in the Conflicts panel.</source>
        <translation>
            <numerusform>This file has %n merge conflict: resolve it in the Conflicts panel.</numerusform>
            <numerusform>This file has %n merge conflicts: resolve them in the Conflicts panel.</numerusform>
        </translation>
    </message>
</context>
</TS>
