#pragma once

#include <QWidget>

class QLabel;

namespace faultline {

/// A presentation slide of words only: a title, a subtitle and body text
/// (the incident's opening slide and the closing one).
class TextSlide : public QWidget
{
    Q_OBJECT
public:
    explicit TextSlide(QWidget *parent = nullptr);

    void setContent(const QString &title, const QString &subtitle, const QString &body);
    QString text() const;

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_body;
};

} // namespace faultline
