#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;

namespace faultline {

/// Shows why a file could not be opened: one row per problem, each with
/// its JSON path (e.g. `interpretations[1].links[3].to: unknown factor "f9"`).
/// The rows quote file content, so they are plain text.
class LoadErrorDialog : public QDialog
{
    Q_OBJECT
public:
    LoadErrorDialog(const QString &title, const QString &message, const QStringList &errors,
                    QWidget *parent = nullptr);

    QListWidget *errorList() const { return m_list; }

private:
    QListWidget *m_list;
    QStringList m_errors;
};

} // namespace faultline
