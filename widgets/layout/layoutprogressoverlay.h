#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace faultline {

/// A small panel floating at the top of a canvas while an automatic layout
/// runs: what is being laid out, a busy indicator (Graphviz reports no
/// progress, so it cannot be a percentage) and Cancel. Esc anywhere in the
/// window cancels too. It only asks for cancelling; whoever runs the job decides.
class LayoutProgressOverlay : public QFrame
{
    Q_OBJECT
public:
    explicit LayoutProgressOverlay(QWidget *parent = nullptr);

    /// Shows the overlay over `host` (usually a canvas view) with `text`,
    /// following the host's size until hidden. The overlay becomes the host's child.
    void showOver(QWidget *host, const QString &text);

    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *textLabel() const { return m_text; }

Q_SIGNALS:
    void cancelRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeOverHost();

    QLabel *m_text;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QPointer<QWidget> m_host;
};

} // namespace faultline
