#include "interpretationarguments.h"

#include <QCoreApplication>

namespace faultline {

namespace {
// lupdate files a free tr() call under the class or namespace around the call,
// not under a helper's context: calls name this context class instead.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::Cli)
};
} // namespace

QString availableInterpretations(const Incident &incident)
{
    QStringList list;
    for (const Interpretation &interp : incident.interpretations)
        list.append(QStringLiteral("%1 \"%2\"").arg(interp.id, interp.name));
    return list.isEmpty() ? CliText::tr("none") : list.join(QStringLiteral(", "));
}

QString resolveInterpretations(const Incident &incident, const QStringList &typed, QStringList &ids)
{
    for (const QString &item : typed) {
        QString id;
        if (incident.findInterpretation(item)) {
            id = item; // ids win over names: they are unique
        } else {
            QStringList matches;
            for (const Interpretation &interp : incident.interpretations)
                if (interp.name.compare(item, Qt::CaseInsensitive) == 0)
                    matches.append(interp.id);
            if (matches.size() > 1)
                return CliText::tr("interpretation name \"%1\" is ambiguous (ids %2); use an id")
                    .arg(item, matches.join(QStringLiteral(", ")));
            if (matches.isEmpty())
                return CliText::tr("unknown interpretation \"%1\" (the file has: %2)")
                    .arg(item, availableInterpretations(incident));
            id = matches.first();
        }
        if (ids.contains(id))
            return CliText::tr("interpretation \"%1\" is named twice").arg(item);
        ids.append(id);
    }
    return {};
}

} // namespace faultline
