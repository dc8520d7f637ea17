#include "jsonfieldreader.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace faultline {

namespace {
// lupdate files a free tr() call under the class or namespace around the call,
// not under a helper's context: calls name this context class instead.
struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::Reader)
};
} // namespace

JsonFieldReader::JsonFieldReader(const Json &value, QStringList &errors,
                                 std::initializer_list<const char *> allowed)
    : m_errors(errors)
{
    checkFields(value, allowed);
}

JsonFieldReader::JsonFieldReader(const Json &value, const JsonFieldReader &parent, const char *key,
                                 qsizetype index, std::initializer_list<const char *> allowed)
    : m_parent(&parent), m_key(key), m_index(index), m_errors(parent.m_errors)
{
    checkFields(value, allowed);
}

void JsonFieldReader::checkFields(const Json &value, std::initializer_list<const char *> allowed)
{
    if (!value.is_object()) {
        error(path(), ReaderText::tr("expected an object, found %1").arg(typeName(value)));
        return;
    }
    m_object = &value;
    for (const auto &[key, item] : value.get_ref<const Json::object_t &>()) {
        bool known = false;
        for (const char *name : allowed)
            known = known || key == name;
        if (!known)
            error(pathOf(key.c_str()), ReaderText::tr("unknown field"));
    }
}

QString JsonFieldReader::path() const
{
    if (!m_parent)
        return QString();
    const QString inParent = m_parent->pathOf(m_key);
    return m_index < 0 ? inParent : inParent + QStringLiteral("[%1]").arg(m_index);
}

QString JsonFieldReader::pathOf(const char *key) const
{
    const QString own = path();
    return own.isEmpty() ? QString::fromUtf8(key) : own + QLatin1Char('.') + QString::fromUtf8(key);
}

std::size_t JsonFieldReader::arraySize(const char *key) const
{
    if (!m_object)
        return 0;
    const auto it = m_object->find(key);
    return it != m_object->end() && it->is_array() ? it->size() : 0;
}

void JsonFieldReader::error(const QString &path, const QString &message) const
{
    m_errors.append(path.isEmpty() ? message : path + QStringLiteral(": ") + message);
}

QString JsonFieldReader::typeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return ReaderText::tr("null");
    case Json::value_t::object:
        return ReaderText::tr("an object");
    case Json::value_t::array:
        return ReaderText::tr("an array");
    case Json::value_t::string:
        return ReaderText::tr("a string");
    case Json::value_t::boolean:
        return ReaderText::tr("a boolean");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return ReaderText::tr("a number");
    default:
        return ReaderText::tr("an unsupported value");
    }
}

const JsonFieldReader::Json *JsonFieldReader::find(const char *key, bool required) const
{
    if (!m_object)
        return nullptr;
    const auto it = m_object->find(key);
    if (it == m_object->end()) {
        if (required)
            error(pathOf(key), ReaderText::tr("missing required field"));
        return nullptr;
    }
    return &*it;
}

QString JsonFieldReader::string(const char *key, bool required) const
{
    const Json *v = find(key, required);
    if (!v)
        return {};
    if (!v->is_string()) {
        error(pathOf(key), ReaderText::tr("expected a string, found %1").arg(typeName(*v)));
        return {};
    }
    const std::string &utf8 = v->get_ref<const std::string &>();
    // Far above any real label or note; a multi-megabyte label would make the
    // canvas unusable and is a sign of a hostile or broken file.
    if (utf8.size() > kMaxStringBytes) {
        error(pathOf(key), ReaderText::tr("text too long: %1 bytes (limit %2)")
                               .arg(utf8.size())
                               .arg(kMaxStringBytes));
        return {};
    }
    const QString s = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    // As s.trimmed().isEmpty(), without the copy.
    if (required && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); }))
        error(pathOf(key), ReaderText::tr("must not be empty"));
    return s;
}

QStringList JsonFieldReader::strings(const char *key) const
{
    QStringList result;
    const Json *v = array(key);
    if (!v)
        return result;
    result.reserve(qsizetype(v->size()));
    for (std::size_t i = 0; i < v->size(); ++i) {
        const Json &item = (*v)[i];
        if (item.is_string())
            result.append(QString::fromStdString(item.get_ref<const std::string &>()));
        else
            error(pathOf(key) + QStringLiteral("[%1]").arg(i),
                  ReaderText::tr("expected a string, found %1").arg(typeName(item)));
    }
    return result;
}

bool JsonFieldReader::boolean(const char *key, bool defaultValue) const
{
    const Json *v = find(key, false);
    if (!v)
        return defaultValue;
    if (!v->is_boolean()) {
        error(pathOf(key), ReaderText::tr("expected true or false, found %1").arg(typeName(*v)));
        return defaultValue;
    }
    return v->get<bool>();
}

int JsonFieldReader::integer(const char *key, int defaultValue, int min, int max) const
{
    const Json *v = find(key, false);
    if (!v)
        return defaultValue;
    if (!v->is_number_integer()) {
        error(pathOf(key), ReaderText::tr("expected a whole number, found %1").arg(typeName(*v)));
        return defaultValue;
    }
    // Compare as 64-bit before narrowing so huge values are reported, not wrapped.
    const qint64 n = v->is_number_unsigned()
                         ? qint64(std::min<std::uint64_t>(v->get<std::uint64_t>(), INT64_MAX))
                         : v->get<std::int64_t>();
    if (n < min || n > max) {
        error(pathOf(key),
              ReaderText::tr("%1 is out of range (%2 to %3)").arg(n).arg(min).arg(max));
        return defaultValue;
    }
    return int(n);
}

double JsonFieldReader::number(const char *key, double defaultValue, double min, double max) const
{
    const Json *v = find(key, false);
    if (!v)
        return defaultValue;
    if (!v->is_number()) {
        error(pathOf(key), ReaderText::tr("expected a number, found %1").arg(typeName(*v)));
        return defaultValue;
    }
    const double d = v->get<double>();
    if (!std::isfinite(d) || d < min || d > max) {
        error(pathOf(key),
              ReaderText::tr("%1 is out of range (%2 to %3)").arg(d).arg(min).arg(max));
        return defaultValue;
    }
    return d;
}

const JsonFieldReader::Json *JsonFieldReader::array(const char *key, bool required) const
{
    const Json *v = find(key, required);
    if (v && !v->is_array()) {
        error(pathOf(key), ReaderText::tr("expected an array, found %1").arg(typeName(*v)));
        return nullptr;
    }
    return v;
}

const JsonFieldReader::Json *JsonFieldReader::object(const char *key) const
{
    const Json *v = find(key, false);
    if (v && !v->is_object()) {
        error(pathOf(key), ReaderText::tr("expected an object, found %1").arg(typeName(*v)));
        return nullptr;
    }
    return v;
}

} // namespace faultline
