<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CanvasController</name>
    <message>
        <location filename="../widgets/canvas/canvascontroller.cpp" line="+65"/>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rename &quot;%1&quot;</source>
        <translation>„%1“ umbenennen</translation>
    </message>
</context>
<context>
    <name>FactorItem</name>
    <message>
        <location filename="../widgets/canvas/factoritem.cpp" line="+124"/>
        <source>Root cause in this interpretation</source>
        <translation>Grundursache in dieser Interpretation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failure modes: %1</source>
        <translation>Fehlermodi: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no label)</source>
        <translation>(ohne Bezeichnung)</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
</context>
<context>
    <name>GapOverlayItem</name>
    <message>
        <location filename="../widgets/lens/gapoverlayitem.cpp" line="+22"/>
        <source>(not described)</source>
        <translation>(nicht beschrieben)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Actual: %1
Ideal: %2</source>
        <translation>Ist: %1
Soll: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>ACTUAL</source>
        <translation>IST</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IDEAL</source>
        <translation>SOLL</translation>
    </message>
</context>
<context>
    <name>InterventionMarkItem</name>
    <message>
        <location filename="../widgets/lens/interventionmarkitem.cpp" line="+25"/>
        <source>Intervened</source>
        <translation>Eingegriffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What-if: this factor is fixed. Press I again to undo the intervention.</source>
        <translation>Was-wäre-wenn: Dieser Faktor gilt als behoben. Drücken Sie erneut I, um den Eingriff zurückzunehmen.</translation>
    </message>
</context>
<context>
    <name>LensStyler</name>
    <message>
        <location filename="../widgets/lens/lensstyler.cpp" line="+164"/>
        <source>Lever</source>
        <translation>Hebel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
</context>
<context>
    <name>LensSummary</name>
    <message>
        <location filename="../widgets/lens/lenssummary.cpp" line="+49"/>
        <source>all %1%2 paths cut</source>
        <translation>alle %1%2 Pfade unterbrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its only path remains</source>
        <translation>sein einziger Pfad bleibt bestehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2%3 paths remain</source>
        <translation>%1 von %2%3 Pfaden bleiben bestehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Root cause lens: no factor is marked as a root cause in this reading.</source>
        <translation>Perspektive Grundursache: In dieser Lesart ist kein Faktor als Grundursache markiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 path</source>
        <translation>1 Pfad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 paths</source>
        <translation>%1 Pfade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause lens: %1 — %2 to %3 of %4 behaviours</source>
        <translation>Perspektive Grundursache: %1 — %2 zu %3 von %4 Verhaltensweisen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Levers lens: lever notes on %1 of %2 factors. Select a factor and press I to see what fixing it would cut.</source>
        <translation>Perspektive Hebel: Hebelnotizen an %1 von %2 Faktoren. Wählen Sie einen Faktor und drücken Sie I, um zu sehen, was seine Behebung unterbrechen würde.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 paths to %3 remain</source>
        <translation>%1 von %2 Pfaden zu %3 bleiben bestehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all paths to %1 cut</source>
        <translation>alle Pfade zu %1 unterbrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixing %1: </source>
        <translation>Behebung von %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no path to a behaviour passes it.</source>
        <translation>kein Pfad zu einem Verhalten führt hindurch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — the failure is fixed.</source>
        <translation> — der Fehler ist behoben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gaps lens: 1 factor with a gap between actual and ideal.</source>
        <translation>Perspektive Lücken: 1 Faktor mit einer Lücke zwischen Ist und Soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps lens: %1 factors with a gap between actual and ideal.</source>
        <translation>Perspektive Lücken: %1 Faktoren mit einer Lücke zwischen Ist und Soll.</translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <location filename="../widgets/canvas/linkitem.cpp" line="+88"/>
        <source>strength %1</source>
        <translation>Stärke %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No evidence yet</source>
        <translation>Noch keine Belege</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence item(s), %1 contradicting</source>
        <translation>
            <numerusform>%n Beleg, %1 widersprechend</numerusform>
            <numerusform>%n Belege, %1 widersprechend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnlyHereMarker</name>
    <message>
        <location filename="../widgets/compare/onlyheremarker.cpp" line="+34"/>
        <location line="+32"/>
        <source>only here</source>
        <translation>nur hier</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Only this reading has it</source>
        <translation>Nur diese Lesart enthält dies</translation>
    </message>
</context>
<context>
    <name>faultline::AtomicWrite</name>
    <message>
        <location filename="../model/format/atomicwrite.cpp" line="+59"/>
        <source>%1: not a regular file (a folder, device or pipe); nothing was written</source>
        <translation>%1: keine normale Datei (ein Ordner, Gerät oder eine Pipe); nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>only %1 of %2 bytes written</source>
        <translation>nur %1 von %2 Bytes geschrieben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot save: %2</source>
        <translation>%1: kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>faultline::CanvasAccessible</name>
    <message>
        <location filename="../widgets/canvas/canvasaccessible.cpp" line="+47"/>
        <source>%1 factor: %2</source>
        <translation>Faktor (%1): %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Link: %1 %2 %3</source>
        <translation>Verknüpfung: %1 %2 %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Diagram of “%1”</source>
        <translation>Diagramm von „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 selected</source>
        <translation>%1, %2 ausgewählt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Links in: %1, links out: %2.</source>
        <translation>Eingehende Verknüpfungen: %1, ausgehende Verknüpfungen: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tab moves to the next factor, arrow keys move it, Enter edits its label, Ctrl+L starts a link, F6 moves to the next pane.</source>
        <translation>Tab springt zum nächsten Faktor, die Pfeiltasten verschieben ihn, Eingabe bearbeitet seine Bezeichnung, Strg+L beginnt eine Verknüpfung, F6 wechselt in den nächsten Fensterbereich.</translation>
    </message>
</context>
<context>
    <name>faultline::CanvasLegend</name>
    <message>
        <location filename="../widgets/canvas/canvaslegend.cpp" line="+100"/>
        <source>evidence items (amber 0: none yet)</source>
        <translation>Belege (gelbe 0: noch keine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failure points tagged</source>
        <translation>markierte Fehlerquellen</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide what the line styles and marks mean</source>
        <translation>Zeigen oder ausblenden, was Linienarten und Markierungen bedeuten</translation>
    </message>
</context>
<context>
    <name>faultline::CanvasTheme</name>
    <message>
        <location filename="../widgets/export/canvastheme.cpp" line="+34"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print (greyscale)</source>
        <translation>Druck (Graustufen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>faultline::CanvasView</name>
    <message>
        <location filename="../widgets/canvas/canvasview.cpp" line="+195"/>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
</context>
<context>
    <name>faultline::ChangeListPanel</name>
    <message>
        <location filename="../widgets/versioning/changelistpanel.cpp" line="+39"/>
        <source>Compare with a file or an earlier version (File menu).</source>
        <translation>Mit einer Datei oder einer früheren Version vergleichen (Menü Datei).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) since %1</source>
        <translation>
            <numerusform>%n Änderung seit %1</numerusform>
            <numerusform>%n Änderungen seit %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::Checklist</name>
    <message>
        <location filename="../model/checklist.cpp" line="+88"/>
        <source>Reward misspecified</source>
        <translation>Belohnung fehlspezifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reward function scores something other than what the designers intended, so maximising it does not produce the intended behaviour.</source>
        <translation>Die Belohnungsfunktion bewertet etwas anderes, als die Entwickler beabsichtigt haben, daher führt ihre Maximierung nicht zum beabsichtigten Verhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken game mechanics</source>
        <translation>Fehlerhafte Spielmechanik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The game or task rules contain an unintended way to earn reward, such as respawning targets or an exploitable scoring bug (the problem statement lists this point under the reward function; it is filed under environment here because the rules belong to the game).</source>
        <translation>Die Spiel- oder Aufgabenregeln enthalten einen unbeabsichtigten Weg zur Belohnung, etwa wieder erscheinende Ziele oder einen ausnutzbaren Fehler in der Punktewertung (die Problemstellung führt diesen Punkt unter der Belohnungsfunktion; hier steht er unter Umgebung, weil die Regeln zum Spiel gehören).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lacks diverse training environments</source>
        <translation>Zu wenig vielfältige Trainingsumgebungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training environments vary too little, so features that happen to co-occur with the goal in training can be learned in its place.</source>
        <translation>Die Trainingsumgebungen variieren zu wenig, sodass Merkmale, die im Training zufällig mit dem Ziel zusammen auftreten, an seiner Stelle gelernt werden können.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken physics</source>
        <translation>Fehlerhafte Physik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The simulated physics allows movements or forces that would be impossible in the world the task models.</source>
        <translation>Die simulierte Physik erlaubt Bewegungen oder Kräfte, die in der von der Aufgabe modellierten Welt unmöglich wären.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting environmental cues for reward</source>
        <translation>Widersprüchliche Hinweise der Umgebung auf die Belohnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than one feature of the environment predicts reward in training, and they come apart at test time.</source>
        <translation>Im Training sagen mehrere Merkmale der Umgebung die Belohnung vorher, und im Test fallen sie auseinander.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inappropriate inductive bias</source>
        <translation>Unpassender induktiver Bias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The learning algorithm or architecture prefers a simple proxy feature over the intended goal when both fit the training data.</source>
        <translation>Der Lernalgorithmus oder die Architektur bevorzugt ein einfaches Stellvertretermerkmal gegenüber dem beabsichtigten Ziel, wenn beide zu den Trainingsdaten passen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward shaping not potential-based</source>
        <translation>Reward Shaping nicht potenzialbasiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate shaping rewards are not a difference of potentials, so they change which policy is optimal and can be farmed.</source>
        <translation>Zwischenbelohnungen des Reward Shaping sind keine Potenzialdifferenz, daher verändern sie, welche Strategie optimal ist, und lassen sich abgreifen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome specified too loosely</source>
        <translation>Ergebnis zu locker spezifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reward checks a measurable outcome that a shortcut can achieve without the intended process.</source>
        <translation>Die Belohnung prüft ein messbares Ergebnis, das sich über eine Abkürzung ohne den beabsichtigten Prozess erreichen lässt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned reward model or evaluator fooled</source>
        <translation>Gelerntes Belohnungsmodell oder Bewerter getäuscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A learned reward model or human evaluator rewards what looks right from its vantage point, and the agent exploits the gap.</source>
        <translation>Ein gelerntes Belohnungsmodell oder ein menschlicher Bewerter belohnt, was aus seiner Sicht richtig aussieht, und der Agent nutzt die Lücke aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward-function tampering</source>
        <translation>Manipulation der Belohnungsfunktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent changes the reward function itself, such as its code or parameters, instead of doing the task.</source>
        <translation>Der Agent ändert die Belohnungsfunktion selbst, etwa ihren Code oder ihre Parameter, statt die Aufgabe zu erledigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward-input tampering</source>
        <translation>Manipulation der Belohnungseingaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent corrupts the inputs the reward function reads, such as its observations, while the reward function itself stays intact.</source>
        <translation>Der Agent verfälscht die Eingaben, die die Belohnungsfunktion liest, etwa ihre Beobachtungen, während die Belohnungsfunktion selbst unverändert bleibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulator or emulator bug</source>
        <translation>Fehler im Simulator oder Emulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bug in the simulator, emulator or game code gives reward or movement that the real task would not allow.</source>
        <translation>Ein Fehler im Simulator, Emulator oder Spielcode ermöglicht Belohnung oder Bewegung, die die echte Aufgabe nicht zulassen würde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spurious correlation in the training distribution</source>
        <translation>Scheinkorrelation in der Trainingsverteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A feature that is correlated with the goal only in the training distribution is learned as the goal.</source>
        <translation>Ein Merkmal, das nur in der Trainingsverteilung mit dem Ziel korreliert, wird als Ziel gelernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution shift between training and test</source>
        <translation>Verteilungsverschiebung zwischen Training und Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test situation differs from training in a way the agent was never exposed to.</source>
        <translation>Die Testsituation unterscheidet sich vom Training auf eine Weise, der der Agent nie ausgesetzt war.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon or episode-length shift</source>
        <translation>Verschiebung von Horizont oder Episodenlänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent is deployed over a longer horizon or without resets, unlike in training.</source>
        <translation>Der Agent wird anders als im Training über einen längeren Horizont oder ohne Zurücksetzen eingesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities generalise, goal does not</source>
        <translation>Fähigkeiten generalisieren, das Ziel nicht (Zielfehlgeneralisierung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent keeps its skills out of distribution but pursues a goal other than the intended one, even under a correct specification.</source>
        <translation>Der Agent behält seine Fähigkeiten außerhalb der Verteilung, verfolgt aber selbst bei korrekter Spezifikation ein anderes als das beabsichtigte Ziel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premature exploitation or too little exploration</source>
        <translation>Verfrühte Ausnutzung oder zu wenig Exploration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The learner settles on the first rewarding strategy it finds and stops exploring alternatives.</source>
        <translation>Der Lernende legt sich auf die erste lohnende Strategie fest, die er findet, und erkundet keine Alternativen mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model exploitation in model-based RL</source>
        <translation>Ausnutzung von Modellfehlern im modellbasierten RL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent plans against errors of its learned world model rather than the real dynamics.</source>
        <translation>Der Agent plant gegen die Fehler seines gelernten Weltmodells statt gegen die echte Dynamik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stuck in a local optimum</source>
        <translation>In einem lokalen Optimum gefangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The optimiser converges to a poor strategy that small changes cannot improve.</source>
        <translation>Der Optimierer konvergiert zu einer schlechten Strategie, die sich durch kleine Änderungen nicht verbessern lässt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong optimisation finds unintended solutions</source>
        <translation>Starke Optimierung findet unbeabsichtigte Lösungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Powerful search (self-play, evolution strategies) explores far enough to find loopholes a designer did not foresee.</source>
        <translation>Leistungsfähige Suche (Self-Play, Evolutionsstrategien) erkundet weit genug, um Schlupflöcher zu finden, die die Entwickler nicht vorhergesehen haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative side effects</source>
        <translation>Negative Nebenwirkungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The objective says nothing about parts of the environment the designers care about, so the agent disturbs them.</source>
        <translation>Das Ziel sagt nichts über Teile der Umgebung, die den Entwicklern wichtig sind, daher stört der Agent sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward hacking</source>
        <translation>Reward Hacking (Ausnutzen der Belohnung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent finds a way to obtain high reward that defeats the designers&apos; intent.</source>
        <translation>Der Agent findet einen Weg zu hoher Belohnung, der die Absicht der Entwickler unterläuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversight too sparse or too costly</source>
        <translation>Aufsicht zu selten oder zu teuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The intended behaviour can only be checked rarely or expensively, so training relies on a weaker proxy.</source>
        <translation>Das beabsichtigte Verhalten lässt sich nur selten oder mit hohem Aufwand prüfen, daher stützt sich das Training auf einen schwächeren Stellvertreter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsafe exploration</source>
        <translation>Unsichere Exploration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exploratory actions can cause damage that cannot be undone.</source>
        <translation>Explorative Aktionen können Schäden verursachen, die sich nicht rückgängig machen lassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intent left implicit</source>
        <translation>Absicht nur implizit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The designers&apos; goal was never written down beyond the reward, so nothing rules out unwanted solutions.</source>
        <translation>Das Ziel der Entwickler wurde nie über die Belohnung hinaus festgehalten, daher schließt nichts unerwünschte Lösungen aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learns too slowly for its own impact</source>
        <translation>Lernt zu langsam für die eigenen Auswirkungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In online learning without resets, the learner changes its policy more slowly than its actions change the environment, so it does damage before learning catches up.</source>
        <translation>Beim Online-Lernen ohne Zurücksetzen ändert der Lernende seine Strategie langsamer, als seine Aktionen die Umgebung verändern, und richtet so Schaden an, bevor das Lernen aufholt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut to the measured outcome within reach</source>
        <translation>Abkürzung zum gemessenen Ergebnis in Reichweite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The environment lets the agent produce the measured outcome by a cheaper action than the intended one, such as flipping an object instead of moving it.</source>
        <translation>Die Umgebung lässt den Agenten das gemessene Ergebnis mit einer billigeren als der beabsichtigten Aktion erreichen, etwa indem er ein Objekt umdreht, statt es zu bewegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluator&apos;s view cannot tell success from its appearance</source>
        <translation>Sicht des Bewerters kann Erfolg nicht vom bloßen Anschein unterscheiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evaluator sees the task through a view, such as a single camera without depth cues, in which looking successful and being successful look alike.</source>
        <translation>Der Bewerter sieht die Aufgabe durch eine Ansicht, etwa eine einzelne Kamera ohne Tiefeninformation, in der erfolgreich Aussehen und erfolgreich Sein gleich aussehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure of abstraction</source>
        <translation>Versagen der Abstraktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The task is specified on wrong assumptions about the simulator or the world, and the agent exploits where reality departs from them.</source>
        <translation>Die Aufgabe beruht auf falschen Annahmen über den Simulator oder die Welt, und der Agent nutzt aus, wo die Wirklichkeit davon abweicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-induced distribution shift</source>
        <translation>Selbst verursachte Verteilungsverschiebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s own behaviour changes the distribution of its inputs, for example as its skill grows, so it meets situations it did not train on.</source>
        <translation>Das eigene Verhalten des Agenten verändert die Verteilung seiner Eingaben, etwa wenn seine Fähigkeiten wachsen, sodass er auf Situationen trifft, für die er nicht trainiert wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward-model over-optimisation</source>
        <translation>Überoptimierung des Belohnungsmodells</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A learned reward model is an imperfect proxy, and optimising it too hard lowers the true performance.</source>
        <translation>Ein gelerntes Belohnungsmodell ist ein unvollkommener Stellvertreter, und es zu stark zu optimieren senkt die tatsächliche Leistung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluator manipulation</source>
        <translation>Manipulation der Bewertenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent acts on what the evaluator perceives, tricking or misleading it, instead of on the task the evaluator checks.</source>
        <translation>Der Agent wirkt auf das ein, was die Bewertenden wahrnehmen, indem er sie täuscht oder in die Irre führt, statt auf die Aufgabe, die sie prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned optimisation or deceptive alignment</source>
        <translation>Gelernte Optimierung oder täuschende Ausrichtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trained model is itself an optimiser whose objective may differ from the training objective and may only appear aligned while it is trained (an open question of the problem statement).</source>
        <translation>Das trainierte Modell ist selbst ein Optimierer, dessen Ziel vom Trainingsziel abweichen kann und das womöglich nur während des Trainings ausgerichtet wirkt (eine offene Frage der Problemstellung).</translation>
    </message>
</context>
<context>
    <name>faultline::ChecklistPanel</name>
    <message>
        <location filename="../widgets/panels/checklistpanel.cpp" line="+36"/>
        <source>Implicated</source>
        <translation>Zutreffend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ruled out</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not considered</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Rule Out…</source>
        <translation>Ausschließen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consider Again</source>
        <translation>Wieder prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Failure point</source>
        <translation>Fehlerquelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tagged on / reason</source>
        <translation>Markiert an / Begründung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why this failure point does not apply to this reading</source>
        <translation>Begründen, warum diese Fehlerquelle für diese Lesart nicht zutrifft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the ruled-out mark</source>
        <translation>Die Ausschluss-Markierung entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New failure point for the selected area…</source>
        <translation>Neue Fehlerquelle für den ausgewählten Bereich…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds a failure point to this document&apos;s checklist, in the area of the selected row</source>
        <translation>Fügt der Checkliste dieses Dokuments eine Fehlerquelle im Bereich der ausgewählten Zeile hinzu</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No interpretation</source>
        <translation>Keine Interpretation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 of %2 considered</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Area ruled out · %1 of %2</source>
        <translation>Bereich ausgeschlossen · %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area ruled out: %1</source>
        <translation>Bereich ausgeschlossen: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tagged on a factor of this reading; click to select it</source>
        <translation>An einem Faktor dieser Lesart markiert; zum Auswählen klicken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 failure points considered in “%3”</source>
        <translation>%1 von %2 Fehlerquellen in „%3“ geprüft</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Rule out failure point</source>
        <translation>Fehlerquelle ausschließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consider failure point again</source>
        <translation>Fehlerquelle wieder prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule out area</source>
        <translation>Bereich ausschließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consider area again</source>
        <translation>Bereich wieder prüfen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add checklist entry</source>
        <translation>Checklisteneintrag hinzufügen</translation>
    </message>
</context>
<context>
    <name>faultline::Cli</name>
    <message>
        <location filename="../app/cli/checklistcommand.cpp" line="+13"/>
        <source>usage: faultline checklist FILE [--interpretation ID|NAME] [--format md|csv] [-o OUT]</source>
        <translation>Aufruf: faultline checklist FILE [--interpretation ID|NAME] [--format md|csv] [-o OUT]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  prints the failure-mode checklist with each entry&apos;s status for one interpretation (default: the first; format: md)</source>
        <translation>  gibt die Fehlermodus-Checkliste mit dem Status jedes Eintrags für eine Interpretation aus (Standard: die erste; Format: md)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>option %1 needs a value</source>
        <translation>Option %1 braucht einen Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one FILE only, got %1 and %2</source>
        <translation>nur eine Datei (FILE), erhalten: %1 und %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown format &quot;%1&quot; (use md or csv)</source>
        <translation>unbekanntes Format „%1“ (md oder csv verwenden)</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../app/cli/convertcommand.cpp" line="+74"/>
        <source>wrote %1 (interpretation &quot;%2&quot;)</source>
        <translation>%1 geschrieben (Interpretation „%2“)</translation>
    </message>
    <message>
        <location filename="../app/cli/subcommand.cpp" line="+20"/>
        <source>validate FILE...        check files, print errors with their JSON path</source>
        <translation>validate FILE...        Dateien prüfen, Fehler mit ihrem JSON-Pfad ausgeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>convert IN OUT [--interpretation ID|NAME]   .faultline/.dot/.gv to .faultline/.dot/.gv/.graphml/.mmd</source>
        <translation>convert IN OUT [--interpretation ID|NAME]   .faultline/.dot/.gv nach .faultline/.dot/.gv/.graphml/.mmd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cruxes FILE [--interpretations A,B,...] [--matrix] [--json]   where readings disagree</source>
        <translation>cruxes FILE [--interpretations A,B,...] [--matrix] [--json]   wo Lesarten voneinander abweichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export FILE [--interpretation ID|NAME]... [--all] [--compare A,B[,C]] --format png|svg|pdf -o OUT   diagrams for slides and papers (see export --help)</source>
        <translation>export FILE [--interpretation ID|NAME]... [--all] [--compare A,B[,C]] --format png|svg|pdf -o OUT   Diagramme für Folien und Artikel (siehe export --help)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checklist FILE [--interpretation ID|NAME] [--format md|csv] [-o OUT]   checklist status table</source>
        <translation>checklist FILE [--interpretation ID|NAME] [--format md|csv] [-o OUT]   Statustabelle der Checkliste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>summary FILE [--interpretations A,B,...] -o OUT.md|OUT.pdf   discussion session summary</source>
        <translation>summary FILE [--interpretations A,B,...] -o OUT.md|OUT.pdf   Zusammenfassung einer Diskussionsrunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diff OLD NEW [--json] [--ignore-layout]   changes between two versions, matched by id</source>
        <translation>diff ALT NEU [--json] [--ignore-layout]   Änderungen zwischen zwei Versionen, nach ID zugeordnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outline FILE            one line per element (git diff textconv)</source>
        <translation>outline DATEI           eine Zeile je Element (textconv für git diff)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merge BASE OURS THEIRS -o OUT   three-way merge (git merge driver); exit 1 with conflicts</source>
        <translation>merge BASIS UNSERE IHRE -o AUS   Drei-Wege-Zusammenführung (Merge-Treiber für git); Exit-Code 1 bei Konflikten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>git-setup [--global]    set up git&apos;s diff and merge drivers for .faultline files</source>
        <translation>git-setup [--global]    richtet die Diff- und Merge-Treiber von git für .faultline-Dateien ein</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+23"/>
        <source>usage: faultline [FILE]                 open the editor</source>
        <translation>Aufruf: faultline [FILE]                den Editor öffnen</translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="-61"/>
        <source>usage: faultline convert IN OUT [--interpretation ID|NAME]</source>
        <translation>Aufruf: faultline convert IN OUT [--interpretation ID|NAME]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  formats by extension: .faultline, .dot/.gv (read and write), .graphml, .mmd (write)</source>
        <translation>  Formate nach Dateiendung: .faultline, .dot/.gv (lesen und schreiben), .graphml, .mmd (schreiben)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>faultline convert: unknown option %1</source>
        <translation>faultline convert: unbekannte Option %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>faultline convert: converting %1 (laying out)</source>
        <translation>faultline convert: %1 wird umgewandelt (Layout wird berechnet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>faultline convert: warning: %1</source>
        <translation>faultline convert: Warnung: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>faultline convert: %1</source>
        <translation>faultline convert: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/interpretationarguments.cpp" line="+25"/>
        <source>--interpretations needs a comma-separated list of interpretation ids or names</source>
        <translation>--interpretations erwartet eine kommagetrennte Liste von Interpretations-IDs oder -Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs an interpretation id or name</source>
        <translation>%1 braucht die ID oder den Namen einer Interpretation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--interpretations given twice</source>
        <translation>--interpretations doppelt angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/commandprologue.cpp" line="+85"/>
        <location filename="../app/cli/exportcommand.cpp" line="+74"/>
        <location filename="../app/cli/versionarguments.cpp" line="+21"/>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/cruxescommand.cpp" line="+13"/>
        <source>usage: faultline cruxes FILE [--interpretation ID|NAME]... [--interpretations ID,ID,...] [--matrix] [--json]</source>
        <translation>Aufruf: faultline cruxes DATEI [--interpretation ID|NAME]... [--interpretations ID,ID,...] [--matrix] [--json]</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unexpected argument &quot;%1&quot; (only one FILE can be compared)</source>
        <translation>unerwartetes Argument „%1“ (nur eine Datei (FILE) kann verglichen werden)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/exportcommand.cpp" line="+105"/>
        <location filename="../app/cli/summarycommand.cpp" line="+61"/>
        <source>missing FILE</source>
        <translation>FILE fehlt</translation>
    </message>
    <message>
        <location filename="../app/cli/interpretationarguments.cpp" line="+13"/>
        <source>name at least two interpretations, found &quot;%1&quot;</source>
        <translation>mindestens zwei Interpretationen angeben, gefunden: „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>interpretation name &quot;%1&quot; is ambiguous (ids %2); use an id</source>
        <translation>Interpretationsname „%1“ ist mehrdeutig (IDs %2); verwenden Sie eine ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown interpretation &quot;%1&quot; (the file has: %2)</source>
        <translation>unbekannte Interpretation „%1“ (die Datei enthält: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interpretation &quot;%1&quot; is named twice</source>
        <translation>Interpretation „%1“ ist doppelt genannt</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="-161"/>
        <source>usage: faultline export FILE [--interpretation ID|NAME]... [--all] [--compare A,B[,C]]
         --format png|svg|pdf [--dpi N | --size WxH] [--page slide|a4|a4-portrait|fit]
         [--theme light|dark|print|contrast] [--transparent] [--no-legend] [--legend right|bottom]
         [--no-title] [--title TEXT] [--references] [--lens plain|root-cause|levers|gaps]
         [--margin N] [--cruxes] [--annotations] -o OUT</source>
        <translation>Aufruf: faultline export FILE [--interpretation ID|NAME]... [--all] [--compare A,B[,C]]
          --format png|svg|pdf [--dpi N | --size WxH] [--page slide|a4|a4-portrait|fit]
          [--theme light|dark|print|contrast] [--transparent] [--no-legend] [--legend right|bottom]
          [--no-title] [--title TEXT] [--references] [--lens plain|root-cause|levers|gaps]
          [--margin N] [--cruxes] [--annotations] -o OUT</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--compare given twice</source>
        <translation>--compare doppelt angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--compare needs two or three interpretations separated by commas, found &quot;%1&quot;</source>
        <translation>--compare braucht zwei oder drei durch Kommas getrennte Interpretationen, gefunden „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown format &quot;%1&quot; (use png, svg or pdf)</source>
        <translation>unbekanntes Format „%1“ (png, svg oder pdf verwenden)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--dpi needs a number from 24 to 2400, found &quot;%1&quot;</source>
        <translation>--dpi braucht eine Zahl von 24 bis 2400, gefunden „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--size needs WIDTHxHEIGHT in pixels (16 to 16384 each), e.g. 1920x1080; found &quot;%1&quot;</source>
        <translation>--size braucht BREITExHÖHE in Pixeln (jeweils 16 bis 16384), z. B. 1920x1080; gefunden „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown page &quot;%1&quot; (use slide, a4, a4-portrait or fit)</source>
        <translation>unbekannte Seite „%1“ (slide, a4, a4-portrait oder fit verwenden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown theme &quot;%1&quot; (use light, dark, print or contrast)</source>
        <translation>unbekanntes Design „%1“ (light, dark, print oder contrast verwenden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown lens &quot;%1&quot; (use plain, root-cause, levers or gaps)</source>
        <translation>unbekannte Perspektive „%1“ (plain, root-cause, levers oder gaps verwenden)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown legend position &quot;%1&quot; (use right or bottom)</source>
        <translation>unbekannte Legendenposition „%1“ (right oder bottom verwenden)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--margin needs a number from 0 to 400, found &quot;%1&quot;</source>
        <translation>--margin braucht eine Zahl von 0 bis 400, gefunden „%1“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unexpected argument &quot;%1&quot; (only one FILE can be exported)</source>
        <translation>unerwartetes Argument „%1“ (nur eine Datei (FILE) kann exportiert werden)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/mergecommand.cpp" line="+34"/>
        <source>missing -o OUT</source>
        <translation>-o OUT fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing --format png|svg|pdf</source>
        <translation>--format png|svg|pdf fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choose one of --interpretation, --all and --compare</source>
        <translation>wählen Sie eine der Optionen --interpretation, --all und --compare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cruxes applies to --compare only</source>
        <translation>--cruxes gilt nur mit --compare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose one of --dpi and --size</source>
        <translation>wählen Sie entweder --dpi oder --size</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--dpi, --size and --transparent apply to PNG only</source>
        <translation>--dpi, --size und --transparent gelten nur für PNG</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 has no interpretation to export</source>
        <translation>%1 enthält keine Interpretation zum Exportieren</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="+13"/>
        <source>usage: faultline validate FILE...</source>
        <translation>Aufruf: faultline validate FILE...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unresolved merge conflict: %1</source>
        <translation>ungelöster Merge-Konflikt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/summarycommand.cpp" line="-46"/>
        <source>usage: faultline summary FILE [--interpretations A,B,...] -o OUT.md|OUT.pdf
  Without --interpretations the summary covers the comparison the discussion
  recorded most about, or the first two interpretations when nothing is recorded.</source>
        <translation>Aufruf: faultline summary FILE [--interpretations A,B,...] -o OUT.md|OUT.pdf
  Ohne --interpretations behandelt die Zusammenfassung den Vergleich, zu dem die
  Diskussion am meisten erfasst hat, oder die ersten beiden Interpretationen,
  wenn nichts erfasst ist.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 needs a file name ending in .md or .pdf</source>
        <translation>%1 braucht einen Dateinamen mit der Endung .md oder .pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-o given twice</source>
        <translation>-o doppelt angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected argument &quot;%1&quot; (only one FILE)</source>
        <translation>unerwartetes Argument „%1“ (nur eine Datei (FILE))</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing -o OUT.md or -o OUT.pdf</source>
        <translation>-o OUT.md oder -o OUT.pdf fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot tell the output format from &quot;%1&quot;: use a name ending in .md or .pdf</source>
        <translation>das Ausgabeformat lässt sich aus „%1“ nicht erkennen: verwenden Sie einen Namen mit der Endung .md oder .pdf</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/terminalprogress.h" line="+27"/>
        <source>… %n s</source>
        <translation>
            <numerusform>… %n s</numerusform>
            <numerusform>… %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="+14"/>
        <source>usage: faultline diff OLD NEW [--json] [--ignore-layout]</source>
        <translation>Aufruf: faultline diff ALT NEU [--json] [--ignore-layout]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit 0 when equal, 1 when different, 2 on an error</source>
        <translation>Exit-Code 0 bei Gleichheit, 1 bei Unterschieden, 2 bei einem Fehler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected two files, OLD and NEW</source>
        <translation>zwei Dateien erwartet, ALT und NEU</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>usage: faultline outline FILE</source>
        <translation>Aufruf: faultline outline DATEI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected one FILE</source>
        <translation>eine DATEI erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/mergecommand.cpp" line="-10"/>
        <source>usage: faultline merge BASE OURS THEIRS -o OUT</source>
        <translation>Aufruf: faultline merge BASIS UNSERE IHRE -o AUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit 0 when merged cleanly, 1 when OUT holds conflicts, 2 on an error</source>
        <translation>Exit-Code 0 bei konfliktfreier Zusammenführung, 1 wenn AUS Konflikte enthält, 2 bei einem Fehler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected three files, BASE OURS THEIRS</source>
        <translation>drei Dateien erwartet, BASIS UNSERE IHRE</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: moved on both sides, ours kept</source>
        <translation>%1: auf beiden Seiten verschoben, unsere Position behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n conflict(s) to resolve in Faultline</source>
        <translation>
            <numerusform>%1: %n Konflikt in Faultline zu lösen</numerusform>
            <numerusform>%1: %n Konflikte in Faultline zu lösen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>usage: faultline git-setup [--global]</source>
        <translation>Aufruf: faultline git-setup [--global]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not in a git repository (use --global for every repository): %1</source>
        <translation>nicht in einem git-Repository (--global gilt für alle Repositorys): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/versionarguments.cpp" line="-5"/>
        <source>-o needs a file name</source>
        <translation>-o braucht einen Dateinamen</translation>
    </message>
</context>
<context>
    <name>faultline::Command</name>
    <message>
        <location filename="../model/editing/documenteditor.cpp" line="+489"/>
        <source>Add kinds and failure modes</source>
        <translation>Arten und Fehlermodi hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/commands/addfactorcommand.cpp" line="+16"/>
        <source>Add factor &quot;%1&quot;</source>
        <translation>Faktor „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/commands/applylayoutcommand.cpp" line="+14"/>
        <source>Automatic layout</source>
        <translation>Automatische Anordnung</translation>
    </message>
    <message>
        <location filename="../model/commands/evidencepresencecommand.cpp" line="+28"/>
        <source>Add evidence</source>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete evidence</source>
        <translation>Beleg löschen</translation>
    </message>
    <message>
        <location filename="../model/commands/importinterpretationscommand.cpp" line="+41"/>
        <source>Import interpretation &quot;%1&quot;</source>
        <translation>Interpretation „%1“ importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %n interpretation(s)</source>
        <translation>
            <numerusform>%n Interpretation importieren</numerusform>
            <numerusform>%n Interpretationen importieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/commands/interpretationpresencecommand.cpp" line="+28"/>
        <source>Add interpretation &quot;%1&quot;</source>
        <translation>Interpretation „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete interpretation &quot;%1&quot;</source>
        <translation>Interpretation „%1“ löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../model/commands/linkpresencecommand.cpp" line="+31"/>
        <source>Link %1</source>
        <translation>%1 verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete link %1</source>
        <translation>Verknüpfung %1 löschen</translation>
    </message>
    <message>
        <location filename="../model/commands/movefactorscommand.cpp" line="+28"/>
        <source>Move factor</source>
        <translation>Faktor verschieben</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n factors</source>
        <translation>
            <numerusform>%n Faktor verschieben</numerusform>
            <numerusform>%n Faktoren verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/commands/moveinterpretationcommand.cpp" line="+9"/>
        <source>Reorder interpretations</source>
        <translation>Interpretationen umsortieren</translation>
    </message>
    <message>
        <location filename="../model/commands/placefactorcommand.cpp" line="+30"/>
        <source>Remove &quot;%1&quot; from interpretation</source>
        <translation>„%1“ aus der Interpretation entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &quot;%1&quot; to interpretation</source>
        <translation>„%1“ zur Interpretation hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/commands/removefactorcommand.cpp" line="+28"/>
        <source>Delete factor &quot;%1&quot;</source>
        <translation>Faktor „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../model/commands/sourcepresencecommand.cpp" line="+30"/>
        <source>Add source &quot;%1&quot;</source>
        <translation>Quelle „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete source &quot;%1&quot;</source>
        <translation>Quelle „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../model/versioning/resolveconflictcommand.cpp" line="+12"/>
        <source>Resolve merge conflict</source>
        <translation>Merge-Konflikt lösen</translation>
    </message>
</context>
<context>
    <name>faultline::CompareController</name>
    <message>
        <location filename="../app/controllers/comparecontroller.cpp" line="+45"/>
        <source>Common layout failed: %1</source>
        <translation>Gemeinsame Anordnung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Comparing needs at least two interpretations: add or duplicate one first.</source>
        <translation>Ein Vergleich braucht mindestens zwei Interpretationen: Fügen Sie zuerst eine hinzu oder duplizieren Sie eine.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>summary</source>
        <translation>zusammenfassung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>-summary</source>
        <translation>-zusammenfassung</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Save Discussion Summary</source>
        <translation>Zusammenfassung der Diskussion speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md);;PDF (*.pdf)</source>
        <translation>Markdown (*.md);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Summary saved to %1</source>
        <translation>Zusammenfassung unter %1 gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the summary to %1:
%2</source>
        <translation>Die Zusammenfassung konnte nicht unter %1 gespeichert werden:
%2</translation>
    </message>
</context>
<context>
    <name>faultline::CompareSlide</name>
    <message>
        <location filename="../widgets/discussion/compareslide.cpp" line="+62"/>
        <source>The readings side by side</source>
        <translation>Die Lesarten nebeneinander</translation>
    </message>
</context>
<context>
    <name>faultline::CompareView</name>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="+269"/>
        <source>Show differences</source>
        <translation>Unterschiede zeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back to Editing</source>
        <translation>Zurück zur Bearbeitung</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Draw what other readings have as dashed ghosts and tag what only one reading has</source>
        <translation>Was andere Lesarten enthalten, gestrichelt andeuten und markieren, was nur eine Lesart enthält</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Common Layout</source>
        <translation>Gemeinsame Anordnung</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Lay out all compared readings together, so every factor has one place that suits every column (the readings are not changed)</source>
        <translation>Alle verglichenen Lesarten gemeinsam anordnen, sodass jeder Faktor einen Platz hat, der zu jeder Spalte passt (die Lesarten werden nicht verändert)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Cruxes: %1</source>
        <translation>Kernstreitpunkte: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom every column so the whole diagram fits</source>
        <translation>Jede Spalte so zoomen, dass das ganze Diagramm hineinpasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return to the editor (Esc)</source>
        <translation>Zurück zum Editor (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F8 / Shift+F8: next / previous</source>
        <translation>F8 / Umschalt+F8: nächster / vorheriger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root causes</source>
        <translation>Grundursachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist coverage</source>
        <translation>Abdeckung der Checkliste</translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>Comparing %n readings</source>
        <translation>
            <numerusform>Vergleich von %n Lesart</numerusform>
            <numerusform>Vergleich von %n Lesarten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Comparing %n readings of “%1”</source>
        <translation>
            <numerusform>Vergleich von %n Lesart zu „%1“</numerusform>
            <numerusform>Vergleich von %n Lesarten zu „%1“</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n factor(s)</source>
        <translation>
            <numerusform>%n Faktor</numerusform>
            <numerusform>%n Faktoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung</numerusform>
            <numerusform>%n Verknüpfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n only here</source>
        <translation>
            <numerusform>%n nur hier</numerusform>
            <numerusform>%n nur hier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n fehlt</numerusform>
            <numerusform>%n fehlen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Laying Out…</source>
        <translation>Wird angeordnet…</translation>
    </message>
</context>
<context>
    <name>faultline::Confirmation</name>
    <message numerus="yes">
        <location filename="../widgets/panels/confirmation.cpp" line="+16"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::ConflictsPanel</name>
    <message>
        <location filename="../widgets/versioning/conflictspanel.cpp" line="+100"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Base: %2
Ours: %3
Theirs: %4</source>
        <translation>%1
Basis: %2
Unsere: %3
Ihre: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No merge conflicts.</source>
        <translation>Keine Merge-Konflikte.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n merge conflict(s) to resolve. The file keeps them until each is resolved.</source>
        <translation>
            <numerusform>%n Merge-Konflikt zu lösen. Die Datei behält ihn, bis er gelöst ist.</numerusform>
            <numerusform>%n Merge-Konflikte zu lösen. Die Datei behält sie, bis jeder gelöst ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take Ours</source>
        <translation>Unsere nehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Theirs</source>
        <translation>Ihre nehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
</context>
<context>
    <name>faultline::Convert</name>
    <message>
        <location filename="../model/interchange/interchangeconverter.cpp" line="+37"/>
        <source>%1: Faultline can write this format but not read it; convert from .faultline or .dot</source>
        <translation>%1: Faultline kann dieses Format schreiben, aber nicht lesen; konvertieren Sie aus .faultline oder .dot</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Automatic layout failed: %1</source>
        <translation>Automatische Anordnung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the incident has no interpretation to export</source>
        <translation>der Vorfall enthält keine Interpretation zum Exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>several interpretations are named &quot;%1&quot;; give its id</source>
        <translation>mehrere Interpretationen heißen „%1“; geben Sie die ID an</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no interpretation &quot;%1&quot; (ids: %2)</source>
        <translation>keine Interpretation „%1“ (IDs: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: unknown file type (use .faultline, .dot, .gv, .graphml or .mmd)</source>
        <translation>%1: unbekannter Dateityp (.faultline, .dot, .gv, .graphml oder .mmd verwenden)</translation>
    </message>
</context>
<context>
    <name>faultline::CoverageWidget</name>
    <message>
        <location filename="../widgets/compare/coveragewidget.cpp" line="+23"/>
        <source>implicated</source>
        <translation>zutreffend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ruled out</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not considered</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Checklist coverage</source>
        <translation>Abdeckung der Checkliste</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Failure point</source>
        <translation>Fehlerquelle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Considered</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● implicated   ✕ ruled out   – not considered</source>
        <translation>● zutreffend   ✕ ausgeschlossen   – nicht geprüft</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 implicated, %2 ruled out, %3 not considered</source>
        <translation>%1 zutreffend, %2 ausgeschlossen, %3 nicht geprüft</translation>
    </message>
</context>
<context>
    <name>faultline::Crux</name>
    <message>
        <location filename="../model/compare/crux.cpp" line="+18"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failure point</source>
        <translation>Fehlerquelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
</context>
<context>
    <name>faultline::CruxDescriber</name>
    <message>
        <location filename="../model/compare/cruxdescriber.cpp" line="+19"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Is the %1 area to blame?</source>
        <translation>Liegt es am Bereich %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is %1 part of this failure?</source>
        <translation>Gehört %1 zu diesem Fehlschlag?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is %1 a root cause?</source>
        <translation>Ist %1 eine Grundursache?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does %1 play a part?</source>
        <translation>Spielt %1 eine Rolle?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which lever fits %1?</source>
        <translation>Welcher Hebel passt zu %1?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which way do %1 and %2 act?</source>
        <translation>In welche Richtung wirken %1 und %2?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does %1 hold?</source>
        <translation>Gilt %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How does %1 act on %2?</source>
        <translation>Wie wirkt %1 auf %2?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How strong is %1?</source>
        <translation>Wie stark ist %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does %1 support %2?</source>
        <translation>Stützt %1 %2?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far to trust %1 on %2?</source>
        <translation>Wie weit ist %1 bei %2 zu trauen?</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+156"/>
        <location line="+4"/>
        <source>does not use it</source>
        <translation>verwendet ihn nicht</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+155"/>
        <source>root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>uses it, not as a root cause</source>
        <translation>verwendet ihn, nicht als Grundursache</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+151"/>
        <source>uses it</source>
        <translation>verwendet ihn</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>rules out the %1 area</source>
        <translation>schließt den Bereich %1 aus</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>with %n link(s) only it draws</source>
        <translation>
            <numerusform>mit %n Verbindung, die nur sie zieht</numerusform>
            <numerusform>mit %n Verbindungen, die nur sie zieht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>implicating %n failure point(s)</source>
        <translation>
            <numerusform>belastet %n Fehlerpunkt</numerusform>
            <numerusform>belastet %n Fehlerpunkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lever: %1</source>
        <translation>Hebel: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <source>does not use %1</source>
        <translation>verwendet %1 nicht</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+23"/>
        <source>no such link</source>
        <translation>keine solche Verbindung</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1, strength %2</source>
        <translation>%1, Stärke %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>both ways: %1</source>
        <translation>in beide Richtungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+163"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>does not use</source>
        <translation>verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <location line="+2"/>
        <source>does not cite it</source>
        <translation>zitiert sie nicht</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>confidence %1</source>
        <translation>Vertrauen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cites it: %1</source>
        <translation>zitiert sie: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>link %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failure point %1</source>
        <translation>Fehlerpunkt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1 area</source>
        <translation>den Bereich %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rules it out</source>
        <translation>schließt ihn aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rules it out: %1</source>
        <translation>schließt ihn aus: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>blames it</source>
        <translation>macht ihn verantwortlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>implicates it</source>
        <translation>belastet ihn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no verdict</source>
        <translation>kein Urteil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not consider it</source>
        <translation>zieht ihn nicht in Betracht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a root cause</source>
        <translation>keine Grundursache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no lever note</source>
        <translation>keine Hebelnotiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>both ways</source>
        <translation>in beide Richtungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>no link</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>does not use both factors</source>
        <translation>verwendet nicht beide Faktoren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>supports</source>
        <translation>stützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contradicts</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supports and contradicts</source>
        <translation>stützt und widerspricht</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used: %1</source>
        <translation>Verwendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root cause: %1</source>
        <translation>Grundursache: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lever: %1</source>
        <translation>Hebel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure point: %1</source>
        <translation>Fehlerpunkt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction: %1</source>
        <translation>Richtung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation: %1</source>
        <translation>Beziehung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: %1</source>
        <translation>Stärke: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources cited: %1</source>
        <translation>Zitierte Quellen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stance: %1</source>
        <translation>Haltung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence: %1</source>
        <translation>Vertrauen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comes with: %1</source>
        <translation>Bringt mit: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Failure point %1: ruled out by %2; not considered by %3</source>
        <translation>Fehlerpunkt %1: ausgeschlossen von %2; nicht betrachtet von %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area %1: ruled out by %2; not considered by %3</source>
        <translation>Bereich %1: ausgeschlossen von %2; nicht betrachtet von %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lever at %1: noted by %2; not by %3</source>
        <translation>Hebel bei %1: notiert von %2; nicht von %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2: cited by %3; not by %4</source>
        <translation>%1 zu %2: zitiert von %3; nicht von %4</translation>
    </message>
</context>
<context>
    <name>faultline::CruxListWidget</name>
    <message>
        <location filename="../widgets/compare/cruxlistwidget.cpp" line="+149"/>
        <source>Cruxes</source>
        <translation>Kernstreitpunkte</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n evidence</source>
        <translation>
            <numerusform>%n Beleg</numerusform>
            <numerusform>%n Belege</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Resolved: %1</source>
        <translation>Geklärt: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No cruxes: these readings agree on every factor, link and verdict.</source>
        <translation>Keine Kernstreitpunkte: Diese Lesarten stimmen bei jedem Faktor, jeder Verknüpfung und jedem Urteil überein.</translation>
    </message>
</context>
<context>
    <name>faultline::CruxReport</name>
    <message>
        <location filename="../model/compare/cruxreport.cpp" line="+61"/>
        <location line="+83"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Root-cause matrix:</source>
        <translation>Grundursachen-Matrix:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checklist coverage:</source>
        <translation>Abdeckung der Checkliste:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>implicates: %1</source>
        <translation>sieht als zutreffend: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rules out: %1</source>
        <translation>schließt aus: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 of %3 considered</source>
        <translation>%1: %2 von %3 geprüft</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Comparing %n interpretation(s): %1</source>
        <translation>
            <numerusform>Vergleich von %n Interpretation: %1</numerusform>
            <numerusform>Vergleich von %n Interpretationen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreement: %1 of %2 factors used by all; %3 of %4 links in all (%5 with the same relation and strength)</source>
        <translation>Übereinstimmung: %1 von %2 Faktoren werden von allen verwendet; %3 von %4 Verknüpfungen in allen (%5 mit gleicher Relation und Stärke)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cruxes (%1):</source>
        <translation>Kernstreitpunkte (%1):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no evidence</source>
        <translation>keine Belege</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence</source>
        <translation>
            <numerusform>%n Beleg</numerusform>
            <numerusform>%n Belege</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Considered by some readings only, not cruxes (%1):</source>
        <translation>Nur von einigen Lesarten betrachtet, keine Kernstreitpunkte (%1):</translation>
    </message>
</context>
<context>
    <name>faultline::CruxResolution</name>
    <message>
        <location filename="../model/discussion.cpp" line="+38"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both partly right</source>
        <translation>Beide teilweise richtig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs evidence</source>
        <translation>Braucht Belege</translation>
    </message>
</context>
<context>
    <name>faultline::CruxSlide</name>
    <message numerus="yes">
        <location filename="../widgets/discussion/cruxslide.cpp" line="+101"/>
        <source>%n evidence</source>
        <translation>
            <numerusform>%n Beleg</numerusform>
            <numerusform>%n Belege</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Crux %1 of %2 · %3</source>
        <translation>Kernstreitpunkt %1 von %2 · %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resolution: %1</source>
        <translation>Klärung: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>faultline::CustomKindDialog</name>
    <message>
        <location filename="../widgets/panels/customkinddialog.cpp" line="+26"/>
        <source>Hexagon</source>
        <translation>Sechseck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rounded rectangle</source>
        <translation>Abgerundetes Rechteck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadium</source>
        <translation>Stadion (Langrund)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parallelogram</source>
        <translation>Parallelogramm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trapezoid</source>
        <translation>Trapez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Octagon</source>
        <translation>Achteck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>New Custom Kind</source>
        <translation>Neue eigene Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Mechanistic interpreter</source>
        <translation>z. B. Mechanistischer Interpret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shape:</source>
        <translation>F&amp;orm:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kind Colour</source>
        <translation>Farbe der Art</translation>
    </message>
</context>
<context>
    <name>faultline::Diagnostics</name>
    <message>
        <location filename="../model/analysis/diagnostics.cpp" line="+60"/>
        <source>No causal path leads to the behaviour “%1” from any reward, environment or algorithm factor.</source>
        <translation>Kein kausaler Pfad führt von einem Belohnungs-, Umgebungs- oder Algorithmusfaktor zum Verhalten „%1“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The root cause “%1” has no causal path to any observed behaviour.</source>
        <translation>Die Grundursache „%1“ hat keinen kausalen Pfad zu einem beobachteten Verhalten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>These factors form a loop: %1.</source>
        <translation>Diese Faktoren bilden eine Schleife: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The link from “%1” to “%2” has no evidence.</source>
        <translation>Die Verknüpfung von „%1“ zu „%2“ hat keine Belege.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence “%1” on the link from “%2” to “%3” cites no source.</source>
        <translation>Der Beleg „%1“ an der Verknüpfung von „%2“ zu „%3“ nennt keine Quelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence “%1” on the link from “%2” to “%3” cites “%4”, which is not a source of the incident.</source>
        <translation>Der Beleg „%1“ an der Verknüpfung von „%2“ zu „%3“ zitiert „%4“, das keine Quelle des Vorfalls ist.</translation>
    </message>
</context>
<context>
    <name>faultline::DiagnosticsPanel</name>
    <message>
        <location filename="../widgets/panels/diagnosticspanel.cpp" line="+26"/>
        <source>Unexplained behaviour</source>
        <translation>Unerklärtes Verhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root cause without effect</source>
        <translation>Grundursache ohne Wirkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link without evidence</source>
        <translation>Verknüpfung ohne Belege</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence without source</source>
        <translation>Beleg ohne Quelle</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Show markers on the canvas</source>
        <translation>Markierungen auf der Zeichenfläche zeigen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No weak points found in this reading&apos;s argument.</source>
        <translation>Keine Schwachstellen in der Argumentation dieser Lesart gefunden.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No interpretation</source>
        <translation>Keine Interpretation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings: %1, notes: %2 — click one to select its elements</source>
        <translation>Warnungen: %1, Hinweise: %2 — klicken Sie auf einen Eintrag, um seine Elemente auszuwählen</translation>
    </message>
</context>
<context>
    <name>faultline::DiagramSlide</name>
    <message>
        <location filename="../widgets/discussion/diagramslide.cpp" line="+70"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>1 of 3: the root causes  ·  R: another way to reveal</source>
        <translation>1 von 3: die Grundursachen  ·  R: anders aufdecken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 of 3: the paths  ·  R: another way to reveal</source>
        <translation>2 von 3: die Wirkungswege  ·  R: anders aufdecken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 of 3: the behaviour  ·  R: another way to reveal</source>
        <translation>3 von 3: das Verhalten  ·  R: anders aufdecken</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung</numerusform>
            <numerusform>%n Verknüpfungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>link %1 of %2  ·  R: another way to reveal</source>
        <translation>Verbindung %1 von %2  ·  R: anders aufdecken</translation>
    </message>
</context>
<context>
    <name>faultline::DiscussionPanel</name>
    <message>
        <location filename="../widgets/discussion/discussionpanel.cpp" line="+167"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../widgets/discussion/presentationwindow.cpp" line="+93"/>
        <source>Save Summary…</source>
        <translation>Zusammenfassung speichern…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Name of a participant</source>
        <translation>Name eines Teilnehmers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the group said about this crux</source>
        <translation>Was die Gruppe zu diesem Kernstreitpunkt gesagt hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer a crux</source>
        <translation>Kein Kernstreitpunkt mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the discussion, but the readings no longer differ there after later edits</source>
        <translation>In der Diskussion erfasst, aber nach späteren Änderungen unterscheiden sich die Lesarten dort nicht mehr</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../widgets/discussion/presentationwindow.cpp" line="+1"/>
        <source>Write the session summary (Markdown or PDF) to send to the participants</source>
        <translation>Die Zusammenfassung der Sitzung (Markdown oder PDF) schreiben, um sie an die Teilnehmer zu senden</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Where people stand</source>
        <translation>Wer wo steht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Klärung:</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Edit crux note</source>
        <translation>Notiz zum Kernstreitpunkt bearbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set crux resolution</source>
        <translation>Klärung des Kernstreitpunkts festlegen</translation>
    </message>
    <message>
        <location line="+215"/>
        <location line="+29"/>
        <source>Note of %1</source>
        <translation>Notiz von %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Participant (edit to rename)</source>
        <translation>Teilnehmer (zum Umbenennen bearbeiten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position of %1</source>
        <translation>Position von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not recorded —</source>
        <translation>— nicht erfasst —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agrees with %1</source>
        <translation>stimmt %1 zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both partly right</source>
        <translation>beide teilweise richtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither reading</source>
        <translation>keine der Lesarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s own note</source>
        <translation>eigene Notiz von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and their positions</source>
        <translation>%1 und die zugehörigen Positionen entfernen</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Record position of %1</source>
        <translation>Position von %1 erfassen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Resolved as %1</source>
        <translation>Geklärt zugunsten von %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select a crux to record where the participants stand.</source>
        <translation>Wählen Sie einen Kernstreitpunkt, um die Positionen der Teilnehmer zu erfassen.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Add participant %1</source>
        <translation>Teilnehmer %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename participant %1</source>
        <translation>Teilnehmer %1 umbenennen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove participant %1</source>
        <translation>Teilnehmer %1 entfernen</translation>
    </message>
</context>
<context>
    <name>faultline::DiscussionSummary</name>
    <message>
        <location filename="../model/compare/discussionsummary.cpp" line="+113"/>
        <source>no evidence</source>
        <translation>keine Belege</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence</source>
        <translation>
            <numerusform>%n Beleg</numerusform>
            <numerusform>%n Belege</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolution</source>
        <translation>Klärung</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>uncited</source>
        <translation>ohne Quellenangabe</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Resolved as %1</source>
        <translation>Geklärt zugunsten von %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+47"/>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+47"/>
        <source>both partly</source>
        <translation>beide teilweise</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+47"/>
        <source>neither</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>reading %1</source>
        <translation>Lesart %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>both %1</source>
        <translation>beide %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neither %1</source>
        <translation>keine %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>agrees with %1</source>
        <translation>stimmt %1 zu</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Untitled incident</source>
        <translation>Unbenannter Vorfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discussion summary</source>
        <translation>Zusammenfassung der Diskussion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No participants recorded.</source>
        <translation>Keine Teilnehmer erfasst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Readings</source>
        <translation>Lesarten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stance</source>
        <translation>Standpunkt</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Cruxes (%n)</source>
        <translation>
            <numerusform>Kernstreitpunkte (%n)</numerusform>
            <numerusform>Kernstreitpunkte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These readings agree on every factor, link and verdict.</source>
        <translation>Diese Lesarten stimmen bei jedem Faktor, jeder Verknüpfung und jedem Urteil überein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cruxes settled or set aside: %1 of %2; still open: %3.</source>
        <translation>Geklärte oder zurückgestellte Kernstreitpunkte: %1 von %2; noch offen: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../widgets/discussion/presentationwindow.cpp" line="+165"/>
        <source>No longer a crux</source>
        <translation>Kein Kernstreitpunkt mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded in the discussion, but the readings no longer differ here:</source>
        <translation>In der Diskussion erfasst, aber die Lesarten unterscheiden sich hier nicht mehr:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>References</source>
        <translation>Literatur</translation>
    </message>
</context>
<context>
    <name>faultline::DocumentController</name>
    <message>
        <location filename="../app/controllers/documentcontroller.cpp" line="+24"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Faultline incidents (*.faultline);;All files (*)</source>
        <translation>Faultline-Vorfälle (*.faultline);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Incident</source>
        <translation>Vorfall öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Incident</source>
        <translation>Vorfall speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Untitled incident</source>
        <translation>Unbenannter Vorfall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading 1</source>
        <translation>Lesart 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The file “%1” does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1” could not be opened. The document was not changed.

%n problem(s) found:</source>
        <translation>
            <numerusform>„%1“ konnte nicht geöffnet werden. Das Dokument wurde nicht verändert.

%n Problem gefunden:</numerusform>
            <numerusform>„%1“ konnte nicht geöffnet werden. Das Dokument wurde nicht verändert.

%n Probleme gefunden:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could Not Open File</source>
        <translation>Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could Not Open Example</source>
        <translation>Beispiel konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The example “%1” could not be opened.</source>
        <translation>Das Beispiel „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>incident</source>
        <translation>vorfall</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could Not Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident could not be saved to “%1”:
%2

Your changes are still open here; try another location.</source>
        <translation>Der Vorfall konnte nicht unter „%1“ gespeichert werden:
%2

Ihre Änderungen sind hier weiterhin geöffnet; versuchen Sie einen anderen Speicherort.</translation>
    </message>
</context>
<context>
    <name>faultline::DotImporter</name>
    <message>
        <location filename="../model/interchange/dotimporter.cpp" line="+40"/>
        <source>%1: text shortened to %2 characters</source>
        <translation>%1: Text auf %2 Zeichen gekürzt</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is binary data, not a Graphviz text file</source>
        <translation>dies sind Binärdaten, keine Graphviz-Textdatei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>braces are nested more than %1 deep</source>
        <translation>geschweifte Klammern sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a Graphviz graph</source>
        <translation>kein Graphviz-Graph</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the graph has no nodes</source>
        <translation>der Graph hat keine Knoten</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+126"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>The file holds %1 graphs: only the first was imported</source>
        <translation>Die Datei enthält %1 Graphen: nur der erste wurde importiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The graph is undirected: each link points from the first node written to the second</source>
        <translation>Der Graph ist ungerichtet: Jede Verknüpfung zeigt vom zuerst geschriebenen Knoten zum zweiten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Left out the link from &quot;%1&quot; to itself</source>
        <translation>Die Verknüpfung von „%1“ auf sich selbst wurde ausgelassen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the graph could not be mapped to an incident: %1</source>
        <translation>der Graph konnte keinem Vorfall zugeordnet werden: %1</translation>
    </message>
</context>
<context>
    <name>faultline::EvidenceDialog</name>
    <message>
        <location filename="../widgets/panels/evidencedialog.cpp" line="+129"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page, section, figure or timestamp, e.g. “Sec. 4, Fig. 3”</source>
        <translation>Seite, Abschnitt, Abbildung oder Zeitstempel, z. B. „Abschn. 4, Abb. 3“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short verbatim quote (optional)</source>
        <translation>Kurzes wörtliches Zitat (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your note (optional)</source>
        <translation>Ihre Notiz (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stance:</source>
        <translation>&amp;Haltung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Locator:</source>
        <translation>&amp;Fundstelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quote:</source>
        <translation>&amp;Zitat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confidence:</source>
        <translation>&amp;Konfidenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Add Evidence</source>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Evidence</source>
        <translation>Beleg bearbeiten</translation>
    </message>
</context>
<context>
    <name>faultline::EvidenceKind</name>
    <message>
        <location filename="../model/enums.cpp" line="+30"/>
        <source>experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ablation</source>
        <translation>Ablation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>author claim</source>
        <translation>Behauptung der Autoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>speculation</source>
        <translation>Spekulation</translation>
    </message>
</context>
<context>
    <name>faultline::ExampleDelegate</name>
    <message numerus="yes">
        <location filename="../widgets/gallery/exampledelegate.cpp" line="+103"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n Lesart</numerusform>
            <numerusform>%n Lesarten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::ExampleGalleryDialog</name>
    <message>
        <location filename="../widgets/gallery/examplegallerydialog.cpp" line="+64"/>
        <source>New from Example</source>
        <translation>Neu aus Beispiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published failures of learning agents, each with competing readings and cited evidence. The example opens as a new, untitled incident.</source>
        <translation>Veröffentlichte Fehlschläge lernender Agenten, jeweils mit konkurrierenden Lesarten und zitierten Belegen. Das Beispiel öffnet sich als neuer, unbenannter Vorfall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search titles, tags, readings, authors…</source>
        <translation>Titel, Schlagwörter, Lesarten, Autoren durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search examples</source>
        <translation>Beispiele durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Example</source>
        <translation>Beispiel ö&amp;ffnen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 examples</source>
        <translation>%1 von %2 Beispielen</translation>
    </message>
</context>
<context>
    <name>faultline::ExportComposer</name>
    <message>
        <location filename="../widgets/export/exportcomposer.cpp" line="+106"/>
        <source>CRUXES</source>
        <translation>STREITPUNKTE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REFERENCES</source>
        <translation>LITERATUR</translation>
    </message>
</context>
<context>
    <name>faultline::ExportController</name>
    <message>
        <location filename="../app/controllers/exportcontroller.cpp" line="+64"/>
        <source>There is no interpretation to export.</source>
        <translation>Es gibt keine Interpretation zum Exportieren.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n file(s)</source>
        <translation>
            <numerusform>%n Datei exportiert</numerusform>
            <numerusform>%n Dateien exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Copied the diagram as an image</source>
        <translation>Das Diagramm wurde als Bild kopiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied the selection as an image</source>
        <translation>Die Auswahl wurde als Bild kopiert</translation>
    </message>
</context>
<context>
    <name>faultline::ExportDialog</name>
    <message>
        <location filename="../widgets/export/exportdialog.cpp" line="+52"/>
        <location line="+256"/>
        <location line="+145"/>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="-386"/>
        <source>Current interpretation</source>
        <translation>Aktuelle Interpretation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All interpretations</source>
        <translation>Alle Interpretationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare side by side</source>
        <translation>Nebeneinander vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Interpretation:</source>
        <translation>&amp;Interpretation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompare (2–3):</source>
        <translation>&amp;Vergleichen (2–3):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG (vector)</source>
        <translation>SVG (Vektor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (vector)</source>
        <translation>PDF (Vektor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>16:9 slide</source>
        <translation>16:9-Folie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 quer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 portrait</source>
        <translation>A4 hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to content</source>
        <translation>An Inhalt anpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By resolution</source>
        <translation>Nach Auflösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed pixel size</source>
        <translation>Feste Pixelgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+54"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>PNG &amp;size:</source>
        <translation>PNG-&amp;Größe:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Numbered &amp;crux list (compare)</source>
        <translation>Nummerierte Kern&amp;streitpunktliste (Vergleich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editing m&amp;arks (links without evidence)</source>
        <translation>Bearbeitungsm&amp;arkierungen (Verbindungen ohne Beleg)</translation>
    </message>
    <message>
        <location line="+281"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levers</source>
        <translation>Hebel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lens:</source>
        <translation>&amp;Perspektive:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le&amp;gend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>beside the diagram</source>
        <translation>neben dem Diagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below the diagram</source>
        <translation>unter dem Diagramm</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Numbered &amp;references of the cited sources</source>
        <translation>&amp;Nummerierte Literaturangaben der zitierten Quellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Margins:</source>
        <translation>&amp;Ränder:</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Nothing is selected.</source>
        <translation>Nichts ist ausgewählt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page 1 of %1</source>
        <translation>Seite 1 von %1</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Transparent bac&amp;kground</source>
        <translation>Transparenter &amp;Hintergrund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One P&amp;DF with a page per interpretation</source>
        <translation>&amp;Ein PDF mit einer Seite pro Interpretation</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Browse…</source>
        <translation>Durchsu&amp;chen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File &amp;name:</source>
        <translation>Dateina&amp;me:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+24"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>faultline::ExportJob</name>
    <message>
        <location filename="../widgets/export/exportjob.cpp" line="+105"/>
        <source>the incident has no interpretation to export</source>
        <translation>der Vorfall enthält keine Interpretation zum Exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown interpretation &quot;%1&quot;</source>
        <translation>unbekannte Interpretation „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no interpretation chosen</source>
        <translation>keine Interpretation gewählt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nothing is selected</source>
        <translation>nichts ist ausgewählt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>compare needs two or three interpretations, got %1</source>
        <translation>Vergleich braucht zwei oder drei Interpretationen, erhalten: %1</translation>
    </message>
</context>
<context>
    <name>faultline::ExportWriter</name>
    <message>
        <location filename="../widgets/export/exportwriter.cpp" line="+128"/>
        <source>cannot create the PDF</source>
        <translation>das PDF kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>cannot encode %1</source>
        <translation>%1 kann nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>faultline::FactorInspector</name>
    <message>
        <location filename="../widgets/panels/factorinspector.cpp" line="+183"/>
        <source>What this factor is, in plain words</source>
        <translation>Was dieser Faktor ist, in einfachen Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In This Interpretation</source>
        <translation>In dieser Interpretation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pinned (automatic layout keeps it in place)</source>
        <translation>Fixiert (die automatische Anordnung lässt ihn an seinem Platz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Levers lens: what change to this factor would fix the failure?</source>
        <translation>Perspektive Hebel: Welche Änderung an diesem Faktor würde den Fehler beheben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is</source>
        <translation>Wie es ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it should be</source>
        <translation>Wie es sein sollte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short label shown on the diagram</source>
        <translation>Kurze Bezeichnung, die im Diagramm erscheint</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Root-cause lens: this interpretation says the failure started here</source>
        <translation>Perspektive Grundursache: Laut dieser Interpretation hat der Fehler hier begonnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure modes:</source>
        <translation>Fehlermodi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;ver:</source>
        <translation>&amp;Hebel:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Gap: Actual vs Ideal</source>
        <translation>Lücke: Ist und Soll</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Actual:</source>
        <translation>&amp;Ist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ideal:</source>
        <translation>&amp;Soll:</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Change kind of “%1”</source>
        <translation>Art von „%1“ ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename factor</source>
        <translation>Faktor umbenennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit actual state</source>
        <translation>Ist-Zustand bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit ideal state</source>
        <translation>Soll-Zustand bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit lever note</source>
        <translation>Hebelnotiz bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag failure modes</source>
        <translation>Fehlermodi zuordnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark root cause</source>
        <translation>Als Grundursache markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark root cause</source>
        <translation>Markierung als Grundursache entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pin factor</source>
        <translation>Faktor fixieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpin factor</source>
        <translation>Fixierung des Faktors lösen</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 · id %2 · used in %3 of %4 interpretations</source>
        <translation>%1 · ID %2 · verwendet in %3 von %4 Interpretationen</translation>
    </message>
</context>
<context>
    <name>faultline::FactorListWidget</name>
    <message>
        <location filename="../widgets/panels/factorlistwidget.cpp" line="+112"/>
        <location line="+1"/>
        <source>Filter factors</source>
        <translation>Faktoren filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used in</source>
        <translation>Verwendet in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the selected factor in the current interpretation too (double-click does the same)</source>
        <translation>Den ausgewählten Faktor auch in der aktuellen Interpretation verwenden (Doppelklick bewirkt dasselbe)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Incident factors</source>
        <translation>Faktoren des Vorfalls</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add to Diagram</source>
        <translation>Ins Diagramm</translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>Used in %n interpretation(s)</source>
        <translation>
            <numerusform>Verwendet in %n Interpretation</numerusform>
            <numerusform>Verwendet in %n Interpretationen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Used in this interpretation.</source>
        <translation>In dieser Interpretation verwendet.</translation>
    </message>
</context>
<context>
    <name>faultline::FailureModeList</name>
    <message>
        <location filename="../widgets/panels/failuremodelist.cpp" line="+40"/>
        <source>Show all areas</source>
        <translation>Alle Bereiche zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list failure modes of other areas (e.g. tag a reward factor with an environment problem)</source>
        <translation>Auch Fehlermodi anderer Bereiche auflisten (z. B. um einem Belohnungsfaktor ein Umgebungsproblem zuzuordnen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure modes</source>
        <translation>Fehlermodi</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No checklist entries for this kind</source>
        <translation>Keine Checklisteneinträge für diese Art</translation>
    </message>
</context>
<context>
    <name>faultline::FindBar</name>
    <message>
        <location filename="../widgets/common/findbar.cpp" line="+63"/>
        <source>Find a factor by its label</source>
        <translation>Einen Faktor anhand seiner Bezeichnung finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No factor matches</source>
        <translation>Kein Faktor passt</translation>
    </message>
</context>
<context>
    <name>faultline::GapListPanel</name>
    <message>
        <location filename="../widgets/panels/gaplistpanel.cpp" line="+72"/>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ideal</source>
        <translation>Soll</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No factor of this reading describes an actual or ideal state. Add them in the factor inspector.</source>
        <translation>Kein Faktor dieser Lesart beschreibt einen Ist- oder Soll-Zustand. Ergänzen Sie sie im Faktor-Inspektor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 factor with a gap between actual and ideal</source>
        <translation>1 Faktor mit einer Lücke zwischen Ist und Soll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 factors with a gap between actual and ideal</source>
        <translation>%1 Faktoren mit einer Lücke zwischen Ist und Soll</translation>
    </message>
</context>
<context>
    <name>faultline::HelpController</name>
    <message>
        <location filename="../app/controllers/helpcontroller.cpp" line="+85"/>
        <source>&lt;h3&gt;Faultline %1&lt;/h3&gt;&lt;p&gt;Root-cause diagrams of AI failures: draw each reading of an incident as a causal graph over shared factors, back links with evidence, and compare the readings.&lt;/p&gt;&lt;p&gt;Built on:&lt;/p&gt;&lt;table cellspacing=&quot;4&quot;&gt;%2&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Faultline %1&lt;/h3&gt;&lt;p&gt;Grundursachen-Diagramme für Fehlschläge von KI: Zeichnen Sie jede Lesart eines Vorfalls als Kausalgraph über gemeinsame Faktoren, stützen Sie Verknüpfungen mit Belegen und vergleichen Sie die Lesarten.&lt;/p&gt;&lt;p&gt;Aufgebaut auf:&lt;/p&gt;&lt;table cellspacing=&quot;4&quot;&gt;%2&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Faultline</source>
        <translation>Über Faultline</translation>
    </message>
</context>
<context>
    <name>faultline::ImportController</name>
    <message>
        <location filename="../app/controllers/importcontroller.cpp" line="+83"/>
        <source>Import DOT as Interpretation</source>
        <translation>DOT als Interpretation importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graphviz files (*.dot *.gv);;All files (*)</source>
        <translation>Graphviz-Dateien (*.dot *.gv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could Not Import DOT</source>
        <translation>DOT konnte nicht importiert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import DOT “%1”</source>
        <translation>DOT „%1“ importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported “%1”: %n factor(s), </source>
        <translation>
            <numerusform>„%1“ importiert: %n Faktor, </numerusform>
            <numerusform>„%1“ importiert: %n Faktoren, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s).</source>
        <translation>
            <numerusform>%n Verknüpfung.</numerusform>
            <numerusform>%n Verknüpfungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import Interpretations</source>
        <translation>Interpretationen importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faultline incidents (*.faultline);;All files (*)</source>
        <translation>Faultline-Vorfälle (*.faultline);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could Not Import Interpretations</source>
        <translation>Interpretationen konnten nicht importiert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a Faultline document that can be read; nothing was imported.</source>
        <translation>„%1“ ist kein lesbares Faultline-Dokument; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” has no interpretations to import.</source>
        <translation>„%1“ enthält keine Interpretationen zum Importieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %n interpretation(s) </source>
        <translation>
            <numerusform>%n Interpretation importiert </numerusform>
            <numerusform>%n Interpretationen importiert </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>with %n new factor(s) from “%1”.</source>
        <translation>
            <numerusform>mit %n neuen Faktor aus „%1“.</numerusform>
            <numerusform>mit %n neuen Faktoren aus „%1“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::InspectorWidget</name>
    <message>
        <location filename="../widgets/panels/inspectorwidget.cpp" line="+70"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>%n factor(s) and </source>
        <translation>
            <numerusform>%n Faktor und </numerusform>
            <numerusform>%n Faktoren und </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s) selected</source>
        <translation>
            <numerusform>%n Verknüpfung ausgewählt</numerusform>
            <numerusform>%n Verknüpfungen ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::InterpretationPickerDialog</name>
    <message>
        <location filename="../widgets/compare/interpretationpickerdialog.cpp" line="+53"/>
        <source>Compare Interpretations</source>
        <translation>Interpretationen vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the readings to put side by side (2 to 4):</source>
        <translation>Wählen Sie die Lesarten, die nebeneinander gezeigt werden sollen (2 bis 4):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tick at least two.</source>
        <translation>Kreuzen Sie mindestens zwei an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most four fit side by side.</source>
        <translation>Höchstens vier passen nebeneinander.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 readings selected.</source>
        <translation>%1 Lesarten ausgewählt.</translation>
    </message>
</context>
<context>
    <name>faultline::InterpretationTabs</name>
    <message>
        <location filename="../widgets/common/interpretationtabs.cpp" line="+92"/>
        <source>New interpretation: another reading of the same incident</source>
        <translation>Neue Interpretation: eine weitere Lesart desselben Vorfalls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New interpretation</source>
        <translation>Neue Interpretation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpretations</source>
        <translation>Interpretationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This incident has no interpretation yet.
An interpretation is one reading of the incident: which factors matter and how they link.</source>
        <translation>Dieser Vorfall hat noch keine Interpretation.
Eine Interpretation ist eine Lesart des Vorfalls: welche Faktoren zählen und wie sie verknüpft sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an Interpretation</source>
        <translation>Interpretation hinzufügen</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reorder interpretations</source>
        <translation>Interpretationen umsortieren</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Interpretation %1</source>
        <translation>Interpretation %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Rename interpretation to “%1”</source>
        <translation>Interpretation in „%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete the interpretation “%1”?</source>
        <translation>Die Interpretation „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n factor(s) placed (the factors stay in the incident)</source>
        <translation>
            <numerusform>%n platzierter Faktor (der Faktor bleibt im Vorfall)</numerusform>
            <numerusform>%n platzierte Faktoren (die Faktoren bleiben im Vorfall)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s) with their evidence</source>
        <translation>
            <numerusform>%n Verknüpfung mit ihren Belegen</numerusform>
            <numerusform>%n Verknüpfungen mit ihren Belegen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Interpretation</source>
        <translation>Interpretation löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New Interpretation</source>
        <translation>&amp;Neue Interpretation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>faultline::InterventionMenuFilter</name>
    <message>
        <location filename="../widgets/lens/interventionmenufilter.cpp" line="+38"/>
        <source>Remove Intervention</source>
        <translation>Eingriff entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Intervene Here</source>
        <translation>Hier eingreifen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A what-if of the levers lens: it never changes the document</source>
        <translation>Ein Was-wäre-wenn der Perspektive Hebel: Es ändert nie das Dokument</translation>
    </message>
</context>
<context>
    <name>faultline::Kind</name>
    <message>
        <location filename="../model/kindstyle.cpp" line="+22"/>
        <source>Reward</source>
        <translation>Belohnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed behaviour</source>
        <translation>Beobachtetes Verhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Verteilungsverschiebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversight</source>
        <translation>Aufsicht</translation>
    </message>
</context>
<context>
    <name>faultline::LanguageController</name>
    <message>
        <location filename="../app/controllers/languagecontroller.cpp" line="+166"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System Language (%1)</source>
        <translation>&amp;Systemsprache (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of menus and panels; the choice is kept for the next start</source>
        <translation>Die Sprache der Menüs und Bedienfelder; die Wahl bleibt für den nächsten Start erhalten</translation>
    </message>
</context>
<context>
    <name>faultline::LayoutController</name>
    <message>
        <location filename="../app/controllers/layoutcontroller.cpp" line="+127"/>
        <source>Layout restarted.</source>
        <translation>Anordnung neu gestartet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to lay out: every factor is pinned or the diagram is empty.</source>
        <translation>Nichts anzuordnen: Jeder Faktor ist fixiert oder das Diagramm ist leer.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Laying out %n factor(s)…</source>
        <translation>
            <numerusform>%n Faktor wird angeordnet…</numerusform>
            <numerusform>%n Faktoren werden angeordnet…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+54"/>
        <source>Layout cancelled; nothing was moved.</source>
        <translation>Anordnung abgebrochen; es wurde nichts verschoben.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Layout cancelled because the diagram changed; nothing was moved.</source>
        <translation>Anordnung abgebrochen, weil sich das Diagramm geändert hat; es wurde nichts verschoben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The layout finished for an interpretation that was closed; it was dropped.</source>
        <translation>Die Anordnung wurde für eine inzwischen geschlossene Interpretation fertig; sie wurde verworfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The diagram is already laid out.</source>
        <translation>Das Diagramm ist bereits angeordnet.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Lay out</source>
        <translation>Anordnen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Laid out %n factor(s).</source>
        <translation>
            <numerusform>%n Faktor angeordnet.</numerusform>
            <numerusform>%n Faktoren angeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Layout failed: %1 Nothing was moved.</source>
        <translation>Anordnung fehlgeschlagen: %1 Es wurde nichts verschoben.</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Laying out “%1” (%n factor(s))…</source>
        <translation>
            <numerusform>„%1“ wird angeordnet (%n Faktor)…</numerusform>
            <numerusform>„%1“ wird angeordnet (%n Faktoren)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pin in place</source>
        <translation>Fixieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpin</source>
        <translation>Fixierung lösen</translation>
    </message>
</context>
<context>
    <name>faultline::LayoutEngine</name>
    <message>
        <location filename="../model/layout/layoutengine.cpp" line="+164"/>
        <source>Factor &quot;%1&quot; appears twice in the layout</source>
        <translation>Faktor „%1“ kommt in der Anordnung doppelt vor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The graph is too large for a layered layout in reasonable time: the force-directed sfdp engine was used, so causes are not always drawn above their effects.</source>
        <translation>Der Graph ist zu groß für eine geschichtete Anordnung in vertretbarer Zeit: Die kräftebasierte sfdp-Engine wurde verwendet, daher stehen Ursachen nicht immer über ihren Wirkungen.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Links were not routed: %1</source>
        <translation>Verknüpfungen wurden nicht geführt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links were not routed: too many factors to route around fixed ones</source>
        <translation>Verknüpfungen wurden nicht geführt: zu viele Faktoren, um sie um fixierte herumzuführen</translation>
    </message>
</context>
<context>
    <name>faultline::LayoutProgressOverlay</name>
    <message>
        <location filename="../widgets/layout/layoutprogressoverlay.cpp" line="+18"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop the layout; nothing is moved (Esc)</source>
        <translation>Anordnung anhalten; es wird nichts verschoben (Esc)</translation>
    </message>
</context>
<context>
    <name>faultline::LayoutRunner</name>
    <message>
        <location filename="../model/layout/layoutrunner.cpp" line="+67"/>
        <source>Could not start the layout worker: %1</source>
        <translation>Der Anordnungsprozess konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The layout worker stopped unexpectedly; nothing was changed.</source>
        <translation>Der Anordnungsprozess wurde unerwartet beendet; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The layout worker failed: %1</source>
        <translation>Der Anordnungsprozess ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The layout worker gave an unreadable answer: %1</source>
        <translation>Der Anordnungsprozess lieferte eine unlesbare Antwort: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The graph is large: the faster sfdp engine was used instead of dot.</source>
        <translation>Der Graph ist groß: Statt dot wurde die schnellere sfdp-Engine verwendet.</translation>
    </message>
</context>
<context>
    <name>faultline::LegendEntries</name>
    <message>
        <location filename="../widgets/export/legendentries.cpp" line="+69"/>
        <source>root cause in this reading</source>
        <translation>Grundursache in dieser Lesart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tagged failure points</source>
        <translation>markierte Fehlerpunkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence items on the link</source>
        <translation>Belege an der Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>factor not in this reading</source>
        <translation>Faktor fehlt in dieser Lesart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link not in this reading</source>
        <translation>Verbindung fehlt in dieser Lesart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>factor only in this reading</source>
        <translation>Faktor nur in dieser Lesart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link only in this reading</source>
        <translation>Verbindung nur in dieser Lesart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crux number</source>
        <translation>Nummer des Kernstreitpunkts</translation>
    </message>
</context>
<context>
    <name>faultline::LensController</name>
    <message>
        <location filename="../app/controllers/lenscontroller.cpp" line="+114"/>
        <source>Plain</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levers</source>
        <translation>Hebel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+26"/>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Intervene on Selected Factors</source>
        <translation>An ausgewählten Faktoren &amp;eingreifen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Levers what-if: treat the selected factors as fixed and see which paths to the behaviour remain (press again to undo; never changes the document)</source>
        <translation>Hebel – was wäre, wenn: Die ausgewählten Faktoren als behoben betrachten und sehen, welche Pfade zum Verhalten bestehen bleiben (erneut drücken zum Zurücknehmen; ändert nie das Dokument)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Interventions</source>
        <translation>Eingriffe &amp;zurücknehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Select a factor first, then press I to intervene on it.</source>
        <translation>Wählen Sie zuerst einen Faktor und drücken Sie dann I, um an ihm einzugreifen.</translation>
    </message>
</context>
<context>
    <name>faultline::LensSwitch</name>
    <message>
        <location filename="../widgets/common/lensswitch.cpp" line="+46"/>
        <source>Lens:</source>
        <translation>Perspektive:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lens</source>
        <translation>Perspektive</translation>
    </message>
</context>
<context>
    <name>faultline::LinkInspector</name>
    <message>
        <location filename="../widgets/panels/linkinspector.cpp" line="+196"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>How strong this causal claim is, from 1 (weak) to 5 (decisive)</source>
        <translation>Wie stark diese kausale Behauptung ist, von 1 (schwach) bis 5 (entscheidend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional text shown on the arrow</source>
        <translation>Optionaler Text am Pfeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Strength:</source>
        <translation>&amp;Stärke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Change relation to “%1”</source>
        <translation>Relation in „%1“ ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change link strength</source>
        <translation>Stärke der Verknüpfung ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit link label</source>
        <translation>Beschriftung der Verknüpfung bearbeiten</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>confidence %1%</source>
        <translation>Konfidenz %1 %</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Edit evidence</source>
        <translation>Beleg bearbeiten</translation>
    </message>
</context>
<context>
    <name>faultline::LoadErrorDialog</name>
    <message>
        <location filename="../widgets/common/loaderrordialog.cpp" line="+38"/>
        <source>&amp;Copy Errors</source>
        <translation>Fehler &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>faultline::MainWindow</name>
    <message>
        <location filename="../app/window/mainwindow.cpp" line="+325"/>
        <location line="+201"/>
        <source>&lt;Opened&gt;</source>
        <translation>&lt;Geöffnet&gt;</translation>
    </message>
    <message>
        <location line="-200"/>
        <location line="+201"/>
        <source>Undo history</source>
        <translation>Verlauf der Änderungen</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>Factor Palette</source>
        <translation>Faktorpalette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident Factors</source>
        <translation>Faktoren des Vorfalls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../app/window/windowmenus.cpp" line="+75"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open E&amp;xample</source>
        <translation>Beispie&amp;l öffnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Factor</source>
        <translation>&amp;Faktor hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I&amp;nterpretation</source>
        <translation>&amp;Interpretation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Arrange</source>
        <translation>An&amp;ordnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Lens</source>
        <translation>&amp;Perspektive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bedienfelder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No Examples</source>
        <translation>Keine Beispiele</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+60"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/window/mainwindow.cpp" line="+180"/>
        <source>Click on the canvas to place a factor of kind “%1”. Esc cancels.</source>
        <translation>Klicken Sie auf die Zeichenfläche, um einen Faktor der Art „%1“ zu platzieren. Esc bricht ab.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1[*] — Faultline</source>
        <translation>%1[*] — Faultline</translation>
    </message>
</context>
<context>
    <name>faultline::Merge</name>
    <message>
        <location filename="../model/compare/interpretationmerge.cpp" line="+312"/>
        <source>The file is about “%1”, this document about “%2”.</source>
        <translation>Die Datei behandelt „%1“, dieses Dokument „%2“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has no interpretations to import.</source>
        <translation>Die Datei enthält keine Interpretationen zum Importieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of the file&apos;s factors matches a factor of this document; all will be added.</source>
        <translation>Keiner der Faktoren der Datei passt zu einem Faktor dieses Dokuments; alle werden hinzugefügt.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>faultline::MergeConfirmDialog</name>
    <message>
        <location filename="../widgets/import/mergeconfirmdialog.cpp" line="+23"/>
        <source>Import Interpretations</source>
        <translation>Interpretationen importieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their factor</source>
        <translation>Ihr Faktor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our factor</source>
        <translation>Unser Faktor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Factors (untick a label match to import that factor as a new one):</source>
        <translation>Faktoren (entfernen Sie den Haken bei einer Übereinstimmung der Bezeichnung, um den Faktor als neuen zu importieren):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpretations to add:</source>
        <translation>Hinzuzufügende Interpretationen:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>same id (details differ; ours kept)</source>
        <translation>gleiche ID (Details weichen ab; unsere behalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same id</source>
        <translation>gleiche ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>same kind and label</source>
        <translation>gleiche Art und Bezeichnung</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+41"/>
        <source>(new factor)</source>
        <translation>(neuer Faktor)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n factor(s) matched by id, </source>
        <translation>
            <numerusform>%n Faktor über die ID zugeordnet, </numerusform>
            <numerusform>%n Faktoren über die ID zugeordnet, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n by kind and label, </source>
        <translation>
            <numerusform>%n über Art und Bezeichnung, </numerusform>
            <numerusform>%n über Art und Bezeichnung, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n new.</source>
        <translation>
            <numerusform>%n neu.</numerusform>
            <numerusform>%n neu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (renamed from “%2”: the name is taken)</source>
        <translation>%1 (umbenannt von „%2“: der Name ist vergeben)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>label match turned down: imported as new</source>
        <translation>Übereinstimmung der Bezeichnung abgelehnt: als neu importiert</translation>
    </message>
</context>
<context>
    <name>faultline::NewReadingChoice</name>
    <message>
        <location filename="../widgets/common/newreadingchoice.cpp" line="+16"/>
        <source>New Interpretation</source>
        <translation>Neue Interpretation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How should the new interpretation start?</source>
        <translation>Womit soll die neue Interpretation beginnen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy of “%1” keeps its factors, links and evidence, so you change only where you disagree.</source>
        <translation>Eine Kopie von „%1“ übernimmt deren Faktoren, Verknüpfungen und Belege, sodass Sie nur ändern, wo Sie widersprechen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy of Current Reading</source>
        <translation>&amp;Kopie der aktuellen Lesart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Empty</source>
        <translation>&amp;Leer</translation>
    </message>
</context>
<context>
    <name>faultline::OverviewInspector</name>
    <message>
        <location filename="../widgets/panels/overviewinspector.cpp" line="+160"/>
        <source>Interpretation</source>
        <translation>Interpretation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This reading of the incident in a few sentences</source>
        <translation>Diese Lesart des Vorfalls in wenigen Sätzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, in plain words</source>
        <translation>Was geschehen ist, in einfachen Worten</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Person or school of thought</source>
        <translation>Person oder Denkschule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The position in one line, e.g. mostly the environment&apos;s fault</source>
        <translation>Der Standpunkt in einer Zeile, z. B. vor allem ein Fehler der Umgebung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comma-separated, e.g. reward-misspecification, simulator-bug</source>
        <translation>Durch Kommas getrennt, z. B. reward-misspecification, simulator-bug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;ance:</source>
        <translation>&amp;Standpunkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>Zusa&amp;mmenfassung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Select a factor or a link on the canvas to inspect it.</source>
        <translation>Wählen Sie einen Faktor oder eine Verknüpfung auf der Zeichenfläche aus, um sie zu untersuchen.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Rename interpretation</source>
        <translation>Interpretation umbenennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit interpretation author</source>
        <translation>Autor der Interpretation bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit interpretation stance</source>
        <translation>Standpunkt der Interpretation bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit interpretation summary</source>
        <translation>Zusammenfassung der Interpretation bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit incident title</source>
        <translation>Titel des Vorfalls bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit incident summary</source>
        <translation>Zusammenfassung des Vorfalls bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit incident tags</source>
        <translation>Schlagwörter des Vorfalls bearbeiten</translation>
    </message>
</context>
<context>
    <name>faultline::PaletteWidget</name>
    <message>
        <location filename="../widgets/panels/palettewidget.cpp" line="+79"/>
        <source>New Custom Kind…</source>
        <translation>Neue eigene Art…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Click a kind, then click on the canvas to place a factor.
Drag a kind onto the canvas, or double-click to add one at the centre.</source>
        <translation>Klicken Sie auf eine Art und dann auf die Zeichenfläche, um einen Faktor zu platzieren.
Ziehen Sie eine Art auf die Zeichenfläche oder doppelklicken Sie, um einen Faktor in der Mitte hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factor kinds</source>
        <translation>Faktorarten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter adds a factor of the current kind at the centre of the canvas</source>
        <translation>Eingabe fügt einen Faktor der aktuellen Art in der Mitte der Zeichenfläche hinzu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Define a kind of factor beyond the built-in ones</source>
        <translation>Eine Faktorart über die eingebauten hinaus festlegen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add a factor of kind “%1”</source>
        <translation>Einen Faktor der Art „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a factor of the custom kind “%1”</source>
        <translation>Einen Faktor der eigenen Art „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Add kind “%1”</source>
        <translation>Art „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>faultline::PanelStrip</name>
    <message>
        <location filename="../widgets/common/panelstrip.cpp" line="+54"/>
        <source>Show the %1 panel</source>
        <translation>Bereich „%1“ zeigen</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Expand the lower panels</source>
        <translation>Untere Bereiche aufklappen</translation>
    </message>
</context>
<context>
    <name>faultline::PresentationWindow</name>
    <message>
        <location filename="../widgets/discussion/presentationwindow.cpp" line="-169"/>
        <source>Faultline — Presentation</source>
        <translation>Faultline — Präsentation</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>• %1 (by %2)</source>
        <translation>• %1 (von %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reading(s):</source>
        <translation>
            <numerusform>%n Lesart:</numerusform>
            <numerusform>%n Lesarten:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participants: %1</source>
        <translation>Teilnehmer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: → Space or Page Down  ·  Back: ←  ·  Leave the presentation: Esc</source>
        <translation>Weiter: → Leertaste oder Bild ab  ·  Zurück: ←  ·  Präsentation verlassen: Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R: reveal the readings in stages, link by link or all at once</source>
        <translation>R: Lesarten in Stufen, Verbindung für Verbindung oder alles auf einmal aufdecken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thank you</source>
        <translation>Vielen Dank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc returns to the editor.</source>
        <translation>Esc kehrt zum Editor zurück.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Still open:</source>
        <translation>Noch offen:</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Where we stand</source>
        <translation>Wo wir stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cruxes settled: %1 of %2 · open: %3</source>
        <translation>Geklärte Kernstreitpunkte: %1 von %2 · offen: %3</translation>
    </message>
</context>
<context>
    <name>faultline::QuickGuideDialog</name>
    <message>
        <location filename="../widgets/help/quickguidedialog.cpp" line="+50"/>
        <source>Faultline Quick Guide</source>
        <translation>Faultline-Kurzanleitung</translation>
    </message>
</context>
<context>
    <name>faultline::Reader</name>
    <message>
        <location filename="../model/format/limitedjsonparser.cpp" line="+37"/>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>more than %1 values</source>
        <translation>mehr als %1 Werte</translation>
    </message>
    <message>
        <location filename="../model/format/faultlinereader.cpp" line="+57"/>
        <source>file too complex: %1</source>
        <translation>Datei zu komplex: %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>line %1, column %2: not valid JSON: %3</source>
        <translation>Zeile %1, Spalte %2: kein gültiges JSON: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a NUL byte at offset %1 (nothing may follow the document)</source>
        <translation>ein NUL-Byte bei Offset %1 (nach dem Dokument darf nichts folgen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the key appears twice in one object</source>
        <translation>%1: der Schlüssel steht zweimal in einem Objekt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>a conflicts section needs version 3</source>
        <translation>ein Abschnitt conflicts erfordert Version 3</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>unknown stance &quot;%1&quot; (expected reading, both-partly or neither)</source>
        <translation>unbekannte Haltung „%1“ (erwartet: reading, both-partly oder neither)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown resolution &quot;%1&quot; (expected open, resolved, both-partly or needs-evidence)</source>
        <translation>unbekannte Klärung „%1“ (erwartet open, resolved, both-partly oder needs-evidence)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown relation &quot;%1&quot; (expected causes, enables, prevents or amplifies)</source>
        <translation>unbekannte Relation „%1“ (erwartet causes, enables, prevents oder amplifies)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a point [x, y] within ±1000000</source>
        <translation>erwartet einen Punkt [x, y] innerhalb von ±1000000</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a route needs 1 + 3k points, found %1</source>
        <translation>ein Linienverlauf braucht 1 + 3k Punkte, gefunden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown evidence kind &quot;%1&quot;</source>
        <translation>unbekannte Belegart „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown stance &quot;%1&quot; (expected supports or contradicts)</source>
        <translation>unbekannte Haltung „%1“ (erwartet supports oder contradicts)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a Faultline file: the top level is %1, not an object</source>
        <translation>keine Faultline-Datei: die oberste Ebene ist %1, kein Objekt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>format: not a Faultline file (expected &quot;format&quot;: &quot;faultline&quot;)</source>
        <translation>format: keine Faultline-Datei (erwartet &quot;format&quot;: &quot;faultline&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version: missing or not a whole number</source>
        <translation>version: fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>version: unsupported version %1 (this build reads versions 1 to %2)</source>
        <translation>version: nicht unterstützte Version %1 (dieser Build liest die Versionen 1 bis %2)</translation>
    </message>
    <message>
        <location filename="../model/format/boundedread.cpp" line="+26"/>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a regular file (a folder, device or pipe)</source>
        <translation>keine normale Datei (ein Ordner, Gerät oder eine Pipe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../model/format/faultlinereader.cpp" line="+32"/>
        <source>file too large: %1 bytes (limit %2)</source>
        <translation>Datei zu groß: %1 Bytes (Grenze %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>file too large: more than %1 bytes</source>
        <translation>Datei zu groß: mehr als %1 Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read: %1</source>
        <translation>kann nicht lesen: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+9"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../model/format/incidentvalidator.cpp" line="+54"/>
        <source>invalid id &quot;%1&quot; (use 1 to 64 letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;:&apos;)</source>
        <translation>ungültige ID „%1“ (1 bis 64 Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;:&apos; verwenden)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate id &quot;%1&quot; (first used at %2)</source>
        <translation>doppelte ID „%1“ (zuerst verwendet bei %2)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>a participant needs a name</source>
        <translation>ein Teilnehmer braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>participant &quot;%1&quot; is listed twice</source>
        <translation>Teilnehmer „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a crux record names at least two interpretations</source>
        <translation>ein Kernstreitpunkt-Eintrag nennt mindestens zwei Interpretationen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown interpretation &quot;%1&quot;</source>
        <translation>unbekannte Interpretation „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interpretation &quot;%1&quot; is named twice</source>
        <translation>Interpretation „%1“ ist doppelt genannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this crux is recorded twice for the same comparison</source>
        <translation>dieser Kernstreitpunkt ist für denselben Vergleich doppelt erfasst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not among the participants</source>
        <translation>„%1“ gehört nicht zu den Teilnehmern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has two positions on this crux</source>
        <translation>„%1“ hat zwei Positionen zu diesem Kernstreitpunkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not one of the compared interpretations</source>
        <translation>„%1“ ist keine der verglichenen Interpretationen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a resolved crux names one of the compared interpretations</source>
        <translation>ein geklärter Kernstreitpunkt nennt eine der verglichenen Interpretationen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only a resolved crux names the reading it was resolved as</source>
        <translation>nur ein geklärter Kernstreitpunkt nennt die Lesart, zu deren Gunsten er geklärt wurde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unbekannte Art „%1“</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&quot;%1&quot; is a built-in kind</source>
        <translation>„%1“ ist eine eingebaute Art</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a colour like &quot;#aa5500&quot;, found &quot;%1&quot;</source>
        <translation>erwartet eine Farbe wie „#aa5500“, gefunden „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown shape &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannte Form „%1“ (erwartet eine von %2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+79"/>
        <source>unknown failure mode &quot;%1&quot;</source>
        <translation>unbekannter Fehlermodus „%1“</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+17"/>
        <source>unknown factor &quot;%1&quot;</source>
        <translation>unbekannter Faktor „%1“</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>factor &quot;%1&quot; is placed twice in this interpretation</source>
        <translation>Faktor „%1“ ist in dieser Interpretation doppelt platziert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>factor &quot;%1&quot; is not placed in this interpretation</source>
        <translation>Faktor „%1“ ist in dieser Interpretation nicht platziert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a link cannot point from a factor to itself</source>
        <translation>eine Verknüpfung kann nicht von einem Faktor auf ihn selbst zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown source &quot;%1&quot;</source>
        <translation>unbekannte Quelle „%1“</translation>
    </message>
    <message>
        <location filename="../model/format/jsonfieldreader.cpp" line="+35"/>
        <location line="+183"/>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unsupported value</source>
        <translation>ein nicht unterstützter Wert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing required field</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+32"/>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>text too long: %1 bytes (limit %2)</source>
        <translation>Text zu lang: %1 Bytes (Grenze %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expected true or false, found %1</source>
        <translation>true oder false erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>expected a number, found %1</source>
        <translation>Zahl erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, gefunden: %1</translation>
    </message>
</context>
<context>
    <name>faultline::ReasonDialog</name>
    <message>
        <location filename="../widgets/panels/reasondialog.cpp" line="+22"/>
        <source>Rule Out</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why does “%1” not apply to this reading?</source>
        <translation>Warum trifft „%1“ auf diese Lesart nicht zu?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. the arena was checked frame by frame</source>
        <translation>z. B. die Arena wurde Bild für Bild geprüft</translation>
    </message>
</context>
<context>
    <name>faultline::RecentFiles</name>
    <message>
        <location filename="../app/window/recentfiles.cpp" line="+104"/>
        <source>No Recent Files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>faultline::Recovery</name>
    <message>
        <location filename="../model/recovery/recoverystore.cpp" line="+50"/>
        <source>%1: cannot create folder</source>
        <translation>%1: Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>faultline::RecoveryController</name>
    <message>
        <location filename="../app/controllers/recoverycontroller.cpp" line="+57"/>
        <location line="+185"/>
        <source>Could not write the recovery copy: %1</source>
        <translation>Die Wiederherstellungskopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The recovered copy could not be read: %1</source>
        <translation>Die wiederhergestellte Kopie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recovered unsaved changes. Save to keep them.</source>
        <translation>Ungespeicherte Änderungen wiederhergestellt. Speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” could not be reloaded; your version is unchanged: %2</source>
        <translation>„%1“ konnte nicht neu geladen werden; Ihre Version ist unverändert: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsaved changes to “%1” from %2 were not closed properly.</source>
        <translation>Ungespeicherte Änderungen an „%1“ vom %2 wurden nicht ordnungsgemäß geschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file “%1” changed on disk.</source>
        <translation>Die Datei „%1“ wurde auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my version</source>
        <translation>Meine Version behalten</translation>
    </message>
</context>
<context>
    <name>faultline::Relation</name>
    <message>
        <location filename="../model/enums.cpp" line="-23"/>
        <source>causes</source>
        <translation>verursacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enables</source>
        <translation>ermöglicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prevents</source>
        <translation>verhindert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amplifies</source>
        <translation>verstärkt</translation>
    </message>
</context>
<context>
    <name>faultline::RootCauseMatrix</name>
    <message>
        <location filename="../model/compare/rootcausematrix.cpp" line="+31"/>
        <source>implicated</source>
        <translation>zutreffend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ruled out</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>involved</source>
        <translation>beteiligt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not considered</source>
        <translation>nicht geprüft</translation>
    </message>
</context>
<context>
    <name>faultline::RootCauseMatrixWidget</name>
    <message>
        <location filename="../widgets/compare/rootcausematrixwidget.cpp" line="+123"/>
        <source>Root-cause matrix</source>
        <translation>Grundursachen-Matrix</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Root causes: %1</source>
        <translation>Grundursachen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also uses: %1</source>
        <translation>Verwendet außerdem: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ruled out</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruled out: %1</source>
        <translation>Ausgeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>faultline::ShortcutsDialog</name>
    <message>
        <location filename="../widgets/help/shortcutsdialog.cpp" line="+79"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by command or key…</source>
        <translation>Nach Befehl oder Taste filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>On the canvas</source>
        <translation>Auf der Zeichenfläche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the next / previous factor</source>
        <translation>Nächsten / vorherigen Faktor auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selection (Shift: further)</source>
        <translation>Auswahl verschieben (Umschalt: weiter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected factor&apos;s label</source>
        <translation>Bezeichnung des ausgewählten Faktors bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter, F2</source>
        <translation>Eingabe, F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While linking: choose the target</source>
        <translation>Beim Verknüpfen: Ziel wählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab, arrow keys</source>
        <translation>Tab, Pfeiltasten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While linking: create the link</source>
        <translation>Beim Verknüpfen: Verknüpfung anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel linking, placing or editing</source>
        <translation>Verknüpfen, Platzieren oder Bearbeiten abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space+drag, middle mouse button</source>
        <translation>Leertaste+Ziehen, mittlere Maustaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+mouse wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
</context>
<context>
    <name>faultline::SourceDialog</name>
    <message>
        <location filename="../widgets/panels/sourcedialog.cpp" line="+67"/>
        <source>e.g. Baker, Kanitscheider, Markov, …</source>
        <translation>z. B. Baker, Kanitscheider, Markov, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only http and https addresses and DOIs can be opened from Faultline.</source>
        <translation>Aus Faultline lassen sich nur http- und https-Adressen sowie DOIs öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authors:</source>
        <translation>&amp;Autoren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Erschienen in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;DOI:</source>
        <translation>&amp;DOI:</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Add Source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
</context>
<context>
    <name>faultline::SourcesWidget</name>
    <message>
        <location filename="../widgets/panels/sourceswidget.cpp" line="+109"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Venue</source>
        <translation>Erschienen in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources of the incident</source>
        <translation>Quellen des Vorfalls</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a source…</source>
        <translation>Quelle hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected source…</source>
        <translation>Gewählte Quelle bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected source</source>
        <translation>Gewählte Quelle entfernen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only http and https addresses and DOIs can be opened: %1</source>
        <translation>Nur http- und https-Adressen sowie DOIs lassen sich öffnen: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Edit source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>“%1” is cited by %n evidence item(s). Remove it and clear these citations?</source>
        <translation>
            <numerusform>„%1“ wird von %n Beleg zitiert. Entfernen und diese Zitierung löschen?</numerusform>
            <numerusform>„%1“ wird von %n Belegen zitiert. Entfernen und diese Zitierungen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Source</source>
        <translation>Quelle entfernen</translation>
    </message>
</context>
<context>
    <name>faultline::Stance</name>
    <message>
        <location filename="../model/enums.cpp" line="+97"/>
        <source>supports</source>
        <translation>stützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contradicts</source>
        <translation>widerspricht</translation>
    </message>
</context>
<context>
    <name>faultline::StartPage</name>
    <message>
        <location filename="../widgets/gallery/startpage.cpp" line="+108"/>
        <source>&amp;New Incident</source>
        <translation>&amp;Neuer Vorfall</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Faultline</source>
        <translation>Faultline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw why an agent failed as causes across reward, environment and algorithm; keep every reading; compare them.</source>
        <translation>Zeichnen Sie, warum ein Agent versagt hat, als Ursachen aus Belohnung, Umgebung und Algorithmus; bewahren Sie jede Lesart; vergleichen Sie sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse &amp;Examples…</source>
        <translation>&amp;Beispiele durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Example</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected example as an untitled copy (or double-click it, or press Enter)</source>
        <translation>Das ausgewählte Beispiel als unbenannte Kopie öffnen (oder doppelklicken oder Eingabe drücken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Recent Files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from a Published Example</source>
        <translation>Mit einem veröffentlichten Beispiel beginnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
</context>
<context>
    <name>faultline::SummaryWriter</name>
    <message>
        <location filename="../widgets/discussion/summarywriter.cpp" line="+33"/>
        <source>PDF output needs the graphical application (fonts); none is running</source>
        <translation>Die PDF-Ausgabe braucht die grafische Anwendung (Schriften); es läuft keine</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot write a PDF to &quot;%1&quot;</source>
        <translation>kann kein PDF nach „%1“ schreiben</translation>
    </message>
</context>
<context>
    <name>faultline::VersionCompareController</name>
    <message>
        <location filename="../app/controllers/versioncomparecontroller.cpp" line="+96"/>
        <source>Compare with File</source>
        <translation>Mit Datei vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faultline incidents (*.faultline)</source>
        <translation>Faultline-Vorfälle (*.faultline)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Compare with Version</source>
        <translation>Mit Version vergleichen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Compare with &amp;File…</source>
        <translation>Mit &amp;Datei vergleichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with &amp;Version…</source>
        <translation>Mit &amp;Version vergleichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save the incident in a git repository first: its versions come from git.</source>
        <translation>Speichern Sie den Vorfall zuerst in einem git-Repository: seine Versionen kommen aus git.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>git is not installed, so there are no versions to compare with. Install git, or use Compare with File…</source>
        <translation>git ist nicht installiert, daher gibt es keine Versionen zum Vergleichen. Installieren Sie git oder verwenden Sie „Mit Datei vergleichen…“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not in a git repository, so it has no versions to compare with.</source>
        <translation>%1 liegt in keinem git-Repository und hat daher keine Versionen zum Vergleichen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no committed versions yet.</source>
        <translation>%1 hat noch keine eingecheckten Versionen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That version does not load: %1</source>
        <translation>Diese Version lässt sich nicht laden: %1</translation>
    </message>
</context>
<context>
    <name>faultline::VersionController</name>
    <message>
        <location filename="../app/controllers/versioncontroller.cpp" line="+23"/>
        <location line="+23"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Edit Conflict</source>
        <translation>Konflikt bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>This file has %n merge conflict(s): resolve them in the Conflicts panel.</source>
        <translation>
            <numerusform>Diese Datei hat %n Merge-Konflikt: lösen Sie ihn im Bereich Konflikte.</numerusform>
            <numerusform>Diese Datei hat %n Merge-Konflikte: lösen Sie sie im Bereich Konflikte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This conflict cannot be resolved that way.</source>
        <translation>Dieser Konflikt lässt sich so nicht lösen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The value to keep:</source>
        <translation>Der Wert, der bleiben soll:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The value to keep, as JSON (empty: absent):</source>
        <translation>Der Wert, der bleiben soll, als JSON (leer: nicht vorhanden):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That value does not fit here; the conflict is still open.</source>
        <translation>Dieser Wert passt hier nicht; der Konflikt ist noch offen.</translation>
    </message>
</context>
<context>
    <name>faultline::Versioning</name>
    <message>
        <location filename="../model/versioning/conflictresolution.cpp" line="+65"/>
        <source>no conflict %1</source>
        <translation>kein Konflikt %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not a valid value: %2</source>
        <translation>%1: kein gültiger Wert: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 is not in the document</source>
        <translation>%1: %2 ist nicht im Dokument</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: deleted on our side, kept or changed on theirs</source>
        <translation>%1: bei uns gelöscht, bei ihnen behalten oder geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: deleted on their side, kept or changed on ours</source>
        <translation>%1: bei ihnen gelöscht, bei uns behalten oder geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2: base %3, ours %4, theirs %5</source>
        <translation>%1, %2: Basis %3, unsere %4, ihre %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole element</source>
        <translation>ganzes Element</translation>
    </message>
    <message>
        <location filename="../model/versioning/documentdiff.cpp" line="+95"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 %3 → %4</source>
        <translation>%1: %2 %3 → %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: moved %2</source>
        <translation>%1: verschoben %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: re-routed %2</source>
        <translation>%1: neu geführt %2</translation>
    </message>
    <message>
        <location filename="../model/versioning/elementrecords.cpp" line="+302"/>
        <source>incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checklist entry</source>
        <translation>Checklisten-Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interpretation</source>
        <translation>Interpretation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placement of</source>
        <translation>Platzierung von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crux record</source>
        <translation>Crux-Eintrag</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../model/versioning/gitclient.cpp" line="+16"/>
        <source>git is not installed or not on the PATH (install the package &quot;git&quot;)</source>
        <translation>git ist nicht installiert oder nicht im PATH (installieren Sie das Paket „git“)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>git %1 did not finish</source>
        <translation>git %1 wurde nicht fertig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>git %1 failed: %2</source>
        <translation>git %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../model/versioning/threewaymerge.cpp" line="+334"/>
        <source>%1 was added on both sides: theirs is now %2</source>
        <translation>%1 wurde auf beiden Seiten hinzugefügt: ihres heißt jetzt %2</translation>
    </message>
</context>
<context>
    <name>faultline::WindowActions</name>
    <message>
        <location filename="../app/window/windowactions.cpp" line="+155"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new incident</source>
        <translation>Einen neuen Vorfall beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open an incident file</source>
        <translation>Eine Vorfallsdatei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the incident</source>
        <translation>Den Vorfall speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the incident under another name</source>
        <translation>Den Vorfall unter einem anderen Namen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from E&amp;xample…</source>
        <translation>Neu aus Beis&amp;piel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from a published failure example of the library</source>
        <translation>Mit einem veröffentlichten Fehlerbeispiel aus der Bibliothek beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Interpretations…</source>
        <translation>Interpretationen &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the interpretations of another file of the same incident (a colleague&apos;s reading)</source>
        <translation>Die Interpretationen einer anderen Datei zum selben Vorfall hinzufügen (die Lesart eines Kollegen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;DOT as Interpretation…</source>
        <translation>&amp;DOT als Interpretation importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a Graphviz file as a new interpretation</source>
        <translation>Eine Graphviz-Datei als neue Interpretation einlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export diagrams as PNG, SVG or PDF</source>
        <translation>Diagramme als PNG, SVG oder PDF exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the incident and start an empty one</source>
        <translation>Den Vorfall schließen und einen leeren beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit Faultline</source>
        <translation>Faultline beenden</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut the selected factors</source>
        <translation>Die ausgewählten Faktoren ausschneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the selected factors</source>
        <translation>Die ausgewählten Faktoren kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste factors into this interpretation</source>
        <translation>Faktoren in diese Interpretation einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the selected factors as new factors</source>
        <translation>Die ausgewählten Faktoren als neue Faktoren duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selection from this interpretation</source>
        <translation>Die Auswahl aus dieser Interpretation löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select everything in this interpretation</source>
        <translation>Alles in dieser Interpretation auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Factor</source>
        <translation>Faktor &amp;umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected factor&apos;s label</source>
        <translation>Bezeichnung des ausgewählten Faktors bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onnect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the selected factor to another: choose with Tab or the arrows, Enter to link</source>
        <translation>Den ausgewählten Faktor mit einem anderen verknüpfen: mit Tab oder den Pfeiltasten wählen, Eingabe zum Verknüpfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find a factor by its label</source>
        <translation>Einen Faktor anhand seiner Bezeichnung finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>Weitersuc&amp;hen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next matching factor</source>
        <translation>Zum nächsten passenden Faktor gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as &amp;Image</source>
        <translation>Als &amp;Bild kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the diagram (or the selection) on the clipboard as PNG and SVG</source>
        <translation>Das Diagramm (oder die Auswahl) als PNG und SVG in die Zwischenablage legen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole diagram</source>
        <translation>Das ganze Diagramm zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom to 100%</source>
        <translation>Auf 100 % zoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place and move factors on the grid</source>
        <translation>Faktoren am Raster platzieren und verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plain</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the diagram as drawn</source>
        <translation>Das Diagramm wie gezeichnet zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root Cause Lens</source>
        <translation>Perspektive &amp;Grundursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emphasise root causes and their paths to the observed behaviour</source>
        <translation>Grundursachen und ihre Pfade zum beobachteten Verhalten hervorheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Levers Lens</source>
        <translation>Perspektive &amp;Hebel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show levers and which causal paths an intervention cuts</source>
        <translation>Hebel zeigen und welche Kausalpfade ein Eingriff unterbricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gaps Lens</source>
        <translation>Perspektive &amp;Lücken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show each factor&apos;s actual and ideal state</source>
        <translation>Ist- und Soll-Zustand jedes Faktors zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lay Out Interpretation</source>
        <translation>&amp;Interpretation anordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrange the diagram automatically, causes above effects</source>
        <translation>Das Diagramm automatisch anordnen, Ursachen über Wirkungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lay Out &amp;Selection</source>
        <translation>&amp;Auswahl anordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrange only the selected factors; the rest stays in place</source>
        <translation>Nur die ausgewählten Faktoren anordnen; der Rest bleibt an seinem Platz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pin in Place</source>
        <translation>&amp;Fixieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic layout keeps the selected factors where they are</source>
        <translation>Die automatische Anordnung lässt die ausgewählten Faktoren, wo sie sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Interpretation</source>
        <translation>&amp;Neue Interpretation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another reading of the incident</source>
        <translation>Eine weitere Lesart des Vorfalls hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Interpretation…</source>
        <translation>Interpretation &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the current interpretation</source>
        <translation>Die aktuelle Interpretation umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate Interpretation</source>
        <translation>Interpretation &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the current interpretation, sharing its factors</source>
        <translation>Die aktuelle Interpretation kopieren; die Faktoren werden gemeinsam genutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete Interpretation</source>
        <translation>Interpretation &amp;löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the current interpretation (its factors stay in the incident)</source>
        <translation>Die aktuelle Interpretation löschen (ihre Faktoren bleiben im Vorfall)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare Interpretations…</source>
        <translation>Interpretationen &amp;vergleichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show 2–4 interpretations side by side with their cruxes</source>
        <translation>2–4 Interpretationen nebeneinander mit ihren Kernstreitpunkten zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present</source>
        <translation>Präsen&amp;tieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen for a discussion: step through readings and cruxes</source>
        <translation>Vollbild für eine Diskussion: Lesarten und Kernstreitpunkte durchgehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt Pane</source>
        <translation>&amp;Nächster Fensterbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the keyboard focus to the next pane: canvas, palette, lists, inspector</source>
        <translation>Den Tastaturfokus in den nächsten Fensterbereich setzen: Zeichenfläche, Palette, Listen, Inspektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Pane</source>
        <translation>&amp;Vorheriger Fensterbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the keyboard focus to the previous pane</source>
        <translation>Den Tastaturfokus in den vorherigen Fensterbereich setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;Custom Kind…</source>
        <translation>Neue &amp;eigene Art…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Define a kind of factor beyond the built-in ones</source>
        <translation>Eine Faktorart über die eingebauten hinaus festlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a factor of kind “%1” at the centre of the view</source>
        <translation>Einen Faktor der Art „%1“ in der Mitte der Ansicht hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quick Guide</source>
        <translation>&amp;Kurzanleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The framing and the editor&apos;s gestures in two pages</source>
        <translation>Die Denkweise und die Bedienung des Editors auf zwei Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every shortcut, by menu</source>
        <translation>Alle Tastenkürzel, nach Menü geordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Faultline</source>
        <translation>Ü&amp;ber Faultline</translation>
    </message>
</context>
<context>
    <name>faultline::WindowLayout</name>
    <message>
        <location filename="../app/window/windowlayout.cpp" line="+80"/>
        <source>Presentation &amp;Layout</source>
        <translation>Präsentations&amp;layout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide every panel so the diagram fills the window (for a projector); again to bring them back</source>
        <translation>Alle Bereiche ausblenden, damit das Diagramm das Fenster füllt (für einen Beamer); erneut, um sie zurückzuholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Collapse Lower Panels</source>
        <translation>Untere Bereiche &amp;einklappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shrink the panels under the inspector to a strip of their titles, so the inspector gets the height; a click on a title brings them back</source>
        <translation>Die Bereiche unter dem Inspektor zu einer Leiste ihrer Titel verkleinern, damit der Inspektor die Höhe bekommt; ein Klick auf einen Titel holt sie zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+244"/>
        <source>Lower Panels</source>
        <translation>Untere Bereiche</translation>
    </message>
</context>
</TS>
