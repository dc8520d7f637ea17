#pragma once

#include <QLabel>

namespace faultline {

/// A one-line plain-text label that shows as much of its text as fits and
/// ends with "…" when cut; the whole text is its tooltip. (A QLabel with an
/// ignored width clips mid-letter without saying that anything is missing.)
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    const QString &fullText() const { return m_fullText; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace faultline
