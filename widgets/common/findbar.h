#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace faultline {

/// The find bar under the canvas (Ctrl+F): searches factor labels of the
/// current interpretation; Enter or F3 goes to the next match, Esc closes.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *statusLabel() const { return m_status; }
    QString text() const;
    /// Shows the bar with the text selected and focused.
    void activate();
    /// Marks the last search as found or not.
    void setFound(bool found);

Q_SIGNALS:
    void findNextRequested(const QString &text);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateStatus();

    QLabel *m_caption; ///< "Find:"
    QLineEdit *m_edit;
    QLabel *m_status;
    QToolButton *m_next;
    QToolButton *m_close;
    bool m_notFound = false; ///< the status says "No factor matches"
};

} // namespace faultline
