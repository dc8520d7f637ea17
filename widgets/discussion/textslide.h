#pragma once

#include <QWidget>

namespace faultline {

class SlideLabel;

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
    SlideLabel *m_title;
    SlideLabel *m_subtitle;
    SlideLabel *m_body;
};

} // namespace faultline
