#pragma once

#include <QDebug>

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

#define FAULTLINE_CHECK_OR_RETURN_VOID(cond, message)                                              \
    do {                                                                                           \
        if (Q_UNLIKELY(!(cond))) {                                                                 \
            qWarning().noquote() << (message);                                                     \
            return;                                                                                \
        }                                                                                          \
    } while (false)
