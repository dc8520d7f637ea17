#pragma once

#include "model/compare/rootcausematrix.h"

#include <QTableWidget>

namespace faultline {

/// Who blames which area: rows are areas (reward, environment, algorithm,
/// …), columns the compared interpretations. Each cell says implicated,
/// involved, ruled out or not considered with a symbol, a word and a colour,
/// so it reads in greyscale and for colour-blind readers; the tooltip names
/// the factors (or the reason for ruling out).
class RootCauseMatrixWidget : public QTableWidget
{
    Q_OBJECT
public:
    explicit RootCauseMatrixWidget(QWidget *parent = nullptr);

    void setMatrix(const Incident &incident, const RootCauseMatrix &matrix);
    const RootCauseMatrix &matrix() const { return m_matrix; }

    /// "● implicated", "✕ ruled out", …: the text of a cell.
    static QString cellText(AreaState state);
    static QColor cellColor(AreaState state);

protected:
    /// LanguageChange: its accessible name (the cells and headers are set again by
    /// the compare view, which owns the incident they are worded from)
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    RootCauseMatrix m_matrix;
};

} // namespace faultline
