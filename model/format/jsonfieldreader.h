#pragma once

#include <QString>
#include <QStringList>
#include <initializer_list>
#include <nlohmann/json.hpp>

namespace faultline {

/// Longest text accepted in one field (bytes of UTF-8).
constexpr std::size_t kMaxStringBytes = 256 * 1024;

/// Reads the fields of one JSON object with type checks, reporting each
/// problem with its JSON path into a shared error list. Missing optional
/// fields yield the given default; a wrong type yields the default too and an
/// error, so the reader can go on and report every problem of a file at once.
class JsonFieldReader
{
public:
    using Json = nlohmann::json;

    /// Reader of the top-level object (its path is empty). `allowed` lists
    /// the keys the object may have; any other key is an error.
    JsonFieldReader(const Json &value, QStringList &errors,
                    std::initializer_list<const char *> allowed);
    /// Reader of the value under `key` of `parent`, or of its element `index`
    /// when the value is an array (index -1: the value itself). The path is
    /// only built when a problem is reported, so `parent` must outlive this.
    JsonFieldReader(const Json &value, const JsonFieldReader &parent, const char *key,
                    qsizetype index, std::initializer_list<const char *> allowed);

    bool isObject() const { return m_object != nullptr; }
    QString path() const;
    QString pathOf(const char *key) const;
    /// Elements of the array under `key`; 0 when absent or not an array (no error: for reserving).
    std::size_t arraySize(const char *key) const;

    QString string(const char *key, bool required = false) const;
    QStringList strings(const char *key) const;
    bool boolean(const char *key, bool defaultValue = false) const;
    int integer(const char *key, int defaultValue, int min, int max) const;
    double number(const char *key, double defaultValue, double min, double max) const;
    /// The array under `key`, or nullptr when absent (error when present but not an array).
    const Json *array(const char *key, bool required = false) const;
    /// The object under `key`, or nullptr when absent (error when present but not an object).
    const Json *object(const char *key) const;

    void error(const QString &path, const QString &message) const;
    static QString typeName(const Json &value);

private:
    void checkFields(const Json &value, std::initializer_list<const char *> allowed);
    const Json *find(const char *key, bool required) const;

    const Json *m_object = nullptr;
    const JsonFieldReader *m_parent = nullptr;
    const char *m_key = nullptr;
    qsizetype m_index = -1;
    QStringList &m_errors;
};

} // namespace faultline
