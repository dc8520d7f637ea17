#include "app/cli/interpretationarguments.h"

#include "app/cli/clitext.h"

#include "model/interpretationresolver.h"

namespace faultline {

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
            error = CliText::tr(
                "--interpretations needs a comma-separated list of interpretation ids or names");
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
        const InterpretationMatch match =
            resolveInterpretation(incident, item, Qt::CaseInsensitive);
        if (match.outcome == InterpretationMatch::Outcome::Ambiguous)
            return CliText::tr("interpretation name \"%1\" is ambiguous (ids %2); use an id")
                .arg(item, match.candidates.join(QStringLiteral(", ")));
        if (match.outcome == InterpretationMatch::Outcome::Unknown)
            return CliText::tr("unknown interpretation \"%1\" (the file has: %2)")
                .arg(item, availableInterpretations(incident));
        const QString &id = match.id;
        if (ids.contains(id))
            return CliText::tr("interpretation \"%1\" is named twice").arg(item);
        ids.append(id);
    }
    return {};
}

} // namespace faultline
