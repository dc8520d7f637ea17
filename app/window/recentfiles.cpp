#include "app/window/recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace faultline {

namespace {
const QString kKey = QStringLiteral("recentFiles");

QString normalised(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}
} // namespace

RecentFiles::RecentFiles(QObject *parent) : QObject(parent) {}

RecentFiles::~RecentFiles()
{
    writeHeld();
}

void RecentFiles::holdWrites()
{
    m_holding = true;
}

void RecentFiles::writeHeld()
{
    m_holding = false;
    if (!m_held)
        return;
    const QStringList files = *m_held;
    m_held.reset();
    QSettings().setValue(kKey, files);
}

QStringList RecentFiles::files() const
{
    if (m_held)
        return *m_held;
    QStringList files = QSettings().value(kKey).toStringList();
    files.removeAll(QString());
    return files.mid(0, kMaxFiles);
}

void RecentFiles::add(const QString &path)
{
    const QString file = normalised(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    store(list.mid(0, kMaxFiles));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    if (list.removeAll(normalised(path)) + list.removeAll(path) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &files)
{
    if (m_holding)
        m_held = files;
    else
        QSettings().setValue(kKey, files);
    Q_EMIT changed();
}

void RecentFiles::attachMenu(QMenu *menu)
{
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillMenu(menu); });
    fillMenu(menu);
}

void RecentFiles::fillMenu(QMenu *menu)
{
    menu->clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list[i];
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        // Numbers 1–9 and 0 as mnemonics, like most editors.
        const QString text = i < 10 ? QStringLiteral("&%1  %2").arg((i + 1) % 10).arg(name) : name;
        QAction *action = menu->addAction(text);
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (list.isEmpty()) {
        menu->addAction(tr("No Recent Files"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    connect(menu->addAction(tr("&Clear List")), &QAction::triggered, this, &RecentFiles::clear);
}

} // namespace faultline
