#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace faultline {

class ExampleListWidget;

/// What the window shows when no incident is being worked on: start a new
/// incident, open a file, reopen a recent one, or start from an example of
/// the library. Emits what the user chose; the window acts on it.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }
    ExampleListWidget *examples() const { return m_examples; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *galleryButton() const { return m_gallery; }
    /// Opens the example selected in the list (a single click only selects).
    QPushButton *openExampleButton() const { return m_openExample; }

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void galleryRequested();
    void recentFileChosen(const QString &path);
    void exampleChosen(const QString &resourcePath);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_tagline;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_gallery;
    QLabel *m_recentHeading;
    QListWidget *m_recent;
    QLabel *m_examplesHeading;
    ExampleListWidget *m_examples;
    QPushButton *m_openExample;
    QStringList m_recentPaths;
};

} // namespace faultline
