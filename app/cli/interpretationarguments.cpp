#include "app/cli/interpretationarguments.h"

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

bool readInterpretationList(const QStringList &args, int &i, bool &given, QStringList &typed,
                            const QString &tooFew, QString &error)
{
    static const QString option = QStringLiteral("--interpretations");
    const QString &arg = args.at(i);
    if (arg != option && !arg.startsWith(option + QLatin1Char('=')))
        return false;
    QString value;
    if (arg == option) {
        if (i + 1 >= args.size()) {
            error = CliText::tr("--interpretations needs a comma-separated list of interpretation ids or names");
            return true;
        }
        value = args.at(++i);
    } else {
        value = arg.mid(option.size() + 1);
    }
    if (given) {
        error = CliText::tr("--interpretations given twice");
        return true;
    }
    given = true;
    for (const QString &item : value.split(QLatin1Char(',')))
        if (!item.trimmed().isEmpty())
            typed.append(item.trimmed());
    if (typed.size() < 2)
        error = tooFew.arg(value);
    return true;
}

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
