#pragma once

#include <QStringList>
#include <QWidget>

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

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void galleryRequested();
    void recentFileChosen(const QString &path);
    void exampleChosen(const QString &resourcePath);

private:
    QPushButton *m_new;
    QListWidget *m_recent;
    ExampleListWidget *m_examples;
};

} // namespace faultline
