#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace faultline {

/// One reason an operation failed. `message` is the complete sentence shown to
/// the user (it may already name the place, as "FILE: cannot write: reason"
/// does); `place` says where it happened, a file path or a JSON path, for
/// callers that group or point at problems. An empty place means "the input as
/// a whole".
struct ResultError
{
    ResultError() = default;
    ResultError(QString text, QString where = {})
        : message(std::move(text)), place(std::move(where))
    {
    }

    QString message;
    QString place;

    bool operator==(const ResultError &other) const = default;
};

/// The errors a failed operation reports; converts to any Result, so a
/// function returns `Failure{error}` whatever value it would have given.
struct Failure
{
    QList<ResultError> errors;

    Failure(ResultError error) : errors{std::move(error)} {}
    Failure(QList<ResultError> list) : errors(std::move(list)) {}
};

namespace detail {
/// The error list shared by Result<T> and Status.
class ResultErrors
{
public:
    /// The errors, in the order found; empty exactly when the operation succeeded.
    const QList<ResultError> &errors() const { return m_errors; }
    /// Each error's message, in order: what a caller prints one per line.
    QStringList messages() const
    {
        QStringList list;
        list.reserve(m_errors.size());
        for (const ResultError &e : m_errors)
            list.append(e.message);
        return list;
    }
    /// The first message, or an empty string on success.
    QString firstMessage() const
    {
        return m_errors.isEmpty() ? QString() : m_errors.first().message;
    }
    /// For callers that report through a message: true on success, else false
    /// with the first message in `*error` (when given).
    [[nodiscard]] bool succeeded(QString *error) const
    {
        if (!m_errors.isEmpty() && error)
            *error = m_errors.first().message;
        return m_errors.isEmpty();
    }

protected:
    ResultErrors() = default;
    explicit ResultErrors(QList<ResultError> errors) : m_errors(std::move(errors)) {}

    QList<ResultError> m_errors;
};
} // namespace detail

/// Outcome of a load, save or parse: either a value and no errors, or no value
/// and at least one error. Never both, so a half-loaded document cannot leak out.
template <class T> class [[nodiscard]] Result : public detail::ResultErrors
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Failure failure) : detail::ResultErrors(std::move(failure.errors))
    {
        if (m_errors.isEmpty()) // a failure always says why
            m_errors.append(ResultError{});
    }

    /// True when the operation succeeded and value() may be read.
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    /// The value; only valid when ok().
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }

private:
    std::optional<T> m_value;
};

/// Outcome of an operation that gives no value (a save, a write): success, or
/// at least one error.
class [[nodiscard]] Status : public detail::ResultErrors
{
public:
    /// Success.
    Status() = default;
    Status(Failure failure) : detail::ResultErrors(std::move(failure.errors))
    {
        if (m_errors.isEmpty())
            m_errors.append(ResultError{});
    }

    bool ok() const { return m_errors.isEmpty(); }
    explicit operator bool() const { return ok(); }
};

} // namespace faultline
