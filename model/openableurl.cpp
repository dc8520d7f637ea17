#include "openableurl.h"

namespace faultline {

namespace {
QUrl doiUrl(QString doi)
{
    doi = doi.trimmed();
    if (doi.startsWith(QLatin1String("doi:"), Qt::CaseInsensitive))
        doi = doi.mid(4).trimmed();
    if (!doi.startsWith(QLatin1String("10.")))
        return {};
    QUrl url(QStringLiteral("https://doi.org/"));
    url.setPath(QLatin1Char('/') + doi);
    return url;
}
} // namespace

QUrl openableUrl(const QString &address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.startsWith(QLatin1String("doi:"), Qt::CaseInsensitive))
        return doiUrl(trimmed);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") ? url : QUrl();
}

QUrl openableUrl(const Source &source)
{
    const QUrl url = openableUrl(source.url);
    if (url.isValid())
        return url;
    return source.doi.isEmpty() ? QUrl() : doiUrl(source.doi);
}

} // namespace faultline
