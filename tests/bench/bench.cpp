#include "bench.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace faultline::bench {

QString BenchTable::render() const
{
    QList<int> widths;
    for (const QString &c : m_columns)
        widths.append(int(c.size()));
    for (const QStringList &row : m_rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    const auto line = [&](const QStringList &cells) {
        QString text = QStringLiteral("|");
        for (int i = 0; i < widths.size(); ++i)
            text +=
                QLatin1Char(' ') + cells.value(i).rightJustified(widths[i]) + QStringLiteral(" |");
        return text + QLatin1Char('\n');
    };
    QString out = QStringLiteral("## ") + m_title + QStringLiteral("\n\n") + line(m_columns);
    QString rule = QStringLiteral("|");
    for (int w : std::as_const(widths))
        rule += QString(w + 1, QLatin1Char('-')) + QStringLiteral(":|");
    out += rule + QLatin1Char('\n');
    for (const QStringList &row : m_rows)
        out += line(row);
    for (const QString &note : m_notes)
        out += QStringLiteral("\n") + note;
    return out + QLatin1Char('\n');
}

double medianMs(int runs, const std::function<void()> &job)
{
    QList<double> times;
    for (int i = 0; i < std::max(runs, 1); ++i) {
        QElapsedTimer clock;
        clock.start();
        job();
        times.append(clock.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    const qsizetype n = times.size();
    return n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
}

QString formatMs(double ms)
{
    return ms < 10    ? QString::number(ms, 'f', 2)
           : ms < 100 ? QString::number(ms, 'f', 1)
                      : QString::number(ms, 'f', 0);
}

QString formatRatio(double ratio)
{
    return QString::number(ratio, 'f', 2) + QLatin1Char('x');
}

QString metCell(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("NOT MET");
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values[std::clamp<qsizetype>(rank - 1, 0, values.size() - 1)];
}

StageHook &sceneBuildHook()
{
    static StageHook hook;
    return hook;
}

QList<Section> &sections()
{
    static QList<Section> list;
    return list;
}

} // namespace faultline::bench
