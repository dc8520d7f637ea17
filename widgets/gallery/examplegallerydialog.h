#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

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
    QPushButton *openButton() const { return m_open; }
    /// The example chosen when the dialog was accepted.
    QString chosenResourcePath() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();

    QLabel *m_intro;
    QLineEdit *m_search;
    ExampleListWidget *m_list;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
    QPushButton *m_open;
};

} // namespace faultline
