#include "app/cli/validatecommand.h"

#include "model/format/faultlinereader.h"

#include <QCoreApplication>

namespace faultline {

int runValidate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty()) {
        err << QCoreApplication::translate("faultline::Cli", "usage: faultline validate FILE...") << '\n';
        return 2;
    }
    bool allValid = true;
    for (const QString &path : args) {
        const LoadResult result = readFaultlineFile(path);
        if (result.ok()) {
            out << path << ": ok\n";
            continue;
        }
        allValid = false;
        for (const QString &error : result.errors)
            out << path << ": " << error << '\n';
    }
    return allValid ? 0 : 1;
}

} // namespace faultline
