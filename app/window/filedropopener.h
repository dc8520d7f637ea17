#pragma once

#include <QObject>

#include <functional>

class QMimeData;
class QWidget;

namespace faultline {

/// Opens a .faultline file dropped on a window (from a file manager). An
/// event filter on the window, so the window class stays about the editor.
class FileDropOpener : public QObject
{
    Q_OBJECT
public:
    /// Accepts drops on `window` and calls `open` with the dropped file's path.
    FileDropOpener(QWidget *window, std::function<void(const QString &path)> open);

    /// The first local .faultline file among dropped URLs, or "".
    static QString droppedIncident(const QMimeData *data);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void(const QString &)> m_open;
};

} // namespace faultline
