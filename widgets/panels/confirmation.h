#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace faultline {

/// Asks the user to confirm a destructive action. `details` are listed below
/// the question (e.g. where a source is cited). Returns true to go ahead.
/// Panels hold one of these so tests can answer without a modal dialog.
using ConfirmFunction = std::function<bool(QWidget *parent, const QString &title,
                                           const QString &question, const QStringList &details)>;

/// The default: a plain-text QMessageBox with Yes/Cancel (Cancel is the default button).
bool askConfirmation(QWidget *parent, const QString &title, const QString &question,
                     const QStringList &details);

} // namespace faultline
