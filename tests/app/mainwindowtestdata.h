#pragma once

// Test data and helpers for tst_mainwindow (header-only so the test stays
// one executable).

#include "../common/elementbuilders.h"
#include "model/document.h"
#include "model/format/atomicwrite.h"
#include "model/format/faultlinewriter.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/common/interpretationtabs.h"

#include <QTabWidget>
#include <QTemporaryDir>

namespace faultline::test {

// "env" reading places three factors with one link; "reward" reading places
// only "rew". Factor "run" is used by "env" only.
inline Incident sampleIncident()
{
    Incident incident;
    incident.title = QStringLiteral("CoinRun: the agent runs right");
    incident.factors = {
        factor(QStringLiteral("rew"), QStringLiteral("reward"), QStringLiteral("+10 for the coin")),
        factor(QStringLiteral("env"), QStringLiteral("environment"),
               QStringLiteral("Coin at the end")),
        factor(QStringLiteral("run"), QStringLiteral("behaviour"), QStringLiteral("Runs right"))};
    Interpretation env;
    env.id = QStringLiteral("env-reading");
    env.name = QStringLiteral("Environment");
    env.placements = {placement(QStringLiteral("rew"), {-200, 0}),
                      placement(QStringLiteral("env"), {100, 0}),
                      placement(QStringLiteral("run"), {0, 200})};
    Link l;
    l.id = QStringLiteral("l1");
    l.from = QStringLiteral("env");
    l.to = QStringLiteral("run");
    env.links = {l};
    Interpretation reward;
    reward.id = QStringLiteral("reward-reading");
    reward.name = QStringLiteral("Reward");
    reward.placements = {placement(QStringLiteral("rew"), {0, 0})};
    incident.interpretations = {env, reward};
    return incident;
}

inline QString writeIncident(const QTemporaryDir &dir, const QString &name,
                             const Incident &incident)
{
    // Written as it is, valid or not: some tests need a file the loader refuses
    // (writeFaultlineFile would refuse to write one).
    const QString path = dir.filePath(name);
    const Status written = writeFileAtomically(path, writeFaultline(incident));
    if (!written.ok())
        qFatal("could not write test file: %s", qPrintable(written.firstMessage()));
    return path;
}

inline QStringList tabTexts(const InterpretationTabs *tabs)
{
    QStringList texts;
    for (int i = 0; i < tabs->count(); ++i)
        texts.append(tabs->tabWidget()->tabText(i));
    return texts;
}

inline QStringList modelOrder(const Document *doc)
{
    QStringList ids;
    for (const Interpretation &interp : doc->incident().interpretations)
        ids.append(interp.id);
    return ids;
}

inline QStringList tabOrder(const InterpretationTabs *tabs)
{
    QStringList ids;
    for (int i = 0; i < tabs->count(); ++i)
        ids.append(tabs->view(i)->interpretationId());
    return ids;
}

} // namespace faultline::test
