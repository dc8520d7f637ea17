#pragma once

#include <QLabel>

namespace faultline {

/// A plain-text, word-wrapped, top-left aligned label for slide text (text
/// from a document is never read as rich text). Its font comes from the
/// presentation window's style sheet, by object name.
class SlideLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SlideLabel(const QString &objectName, QWidget *parent = nullptr);

    /// Sets the text and hides the label while it has none (no empty gap).
    void setSlideText(const QString &text);
};

} // namespace faultline
