#pragma once

#include <QDebug>
#include <QString>

/// Checks a precondition of a model mutator or an element access in every
/// build type. Tests and users run Release builds, where Q_ASSERT is gone, so
/// a bad id must not fall through to `list.removeAt(-1)` or a null
/// dereference: the check logs `message` (a QString naming the id) with
/// qWarning and returns `ret` from the enclosing function instead.
///
/// Use FAULTLINE_CHECK_OR_RETURN(i >= 0, msg, false) in functions that return a
/// value and FAULTLINE_CHECK_OR_RETURN_VOID(i >= 0, msg) in void functions.
#define FAULTLINE_CHECK_OR_RETURN(cond, message, ret)                                              \
    do {                                                                                           \
        if (Q_UNLIKELY(!(cond))) {                                                                 \
            qWarning().noquote() << (message);                                                     \
            return ret;                                                                            \
        }                                                                                          \
    } while (false)

#define FAULTLINE_CHECK_OR_RETURN_VOID(cond, message) FAULTLINE_CHECK_OR_RETURN(cond, message, )

/// For QUndoCommand constructors that read the elements they name: when `cond`
/// fails, logs `message`, marks the command obsolete and returns from the
/// constructor. QUndoStack::push neither runs nor keeps an obsolete command, so
/// a command built with an unknown id changes nothing and leaves no undo step.
/// (The comma runs setObsolete only on failure, where the message is built.)
#define FAULTLINE_CHECK_OR_DROP_COMMAND(cond, message)                                             \
    FAULTLINE_CHECK_OR_RETURN(cond, (setObsolete(true), (message)), )

namespace faultline {
/// "<who>: unknown <what> "<id>"", the message of a refused id.
inline QString unknownIdMessage(const char *who, const char *what, const QString &id)
{
    return QStringLiteral("%1: unknown %2 \"%3\"").arg(QLatin1String(who), QLatin1String(what), id);
}
} // namespace faultline
