#include "app/cli/interpretationarguments.h"

#include "app/cli/clitext.h"

#include "model/interpretationresolver.h"

namespace faultline {

bool readInterpretationList(const QStringList &args, int &i, bool &listGiven, QStringList &typed,
                            QStringList &written, QString &error)
{
    static const QString plural = QStringLiteral("--interpretations");
    static const QString single = QStringLiteral("--interpretation");
    const QString &arg = args.at(i);
    QString option;
    for (const QString &name : {plural, single, QStringLiteral("-i")})
        if (arg == name || arg.startsWith(name + QLatin1Char('=')))
            option = name;
    if (option.isEmpty())
        return false;
    QString value;
    if (arg == option) {
        if (i + 1 >= args.size()) {
            error = option == plural
                        ? CliText::tr("--interpretations needs a comma-separated list of "
                                      "interpretation ids or names")
                        : CliText::tr("%1 needs an interpretation id or name").arg(option);
            return true;
        }
        value = args.at(++i);
    } else {
        value = arg.mid(option.size() + 1);
    }
    written.append(value);
    if (option != plural) {
        // One reading per option, so a name may contain commas.
        if (!value.trimmed().isEmpty())
            typed.append(value.trimmed());
        return true;
    }
    if (listGiven) {
        error = CliText::tr("--interpretations given twice");
        return true;
    }
    listGiven = true;
    for (const QString &item : value.split(QLatin1Char(',')))
        if (!item.trimmed().isEmpty())
            typed.append(item.trimmed());
    return true;
}

QString tooFewInterpretations(const QStringList &typed, const QStringList &written)
{
    if (!written.isEmpty() && typed.size() < 2)
        return CliText::tr("name at least two interpretations, found \"%1\"")
            .arg(written.join(QLatin1Char(' ')));
    return {};
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
