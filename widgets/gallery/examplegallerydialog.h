#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace faultline {

class ExampleListWidget;

/// File > New from Example…: the library of published failure examples with
/// a search box. Typing filters; Up/Down move through the results without
/// leaving the search box; Enter or double-click opens the chosen example.
class ExampleGalleryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExampleGalleryDialog(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    ExampleListWidget *list() const { return m_list; }
    /// The example chosen when the dialog was accepted.
    QString chosenResourcePath() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();

    QLineEdit *m_search;
    ExampleListWidget *m_list;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
};

} // namespace faultline
