#include "jsonfieldreader.h"

#include <QCoreApplication>
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

JsonFieldReader::JsonFieldReader(const Json &value, QString path, QStringList &errors,
                                 std::initializer_list<const char *> allowed)
    : m_path(std::move(path)), m_errors(errors)
{
    if (!value.is_object()) {
        error(m_path, ReaderText::tr("expected an object, found %1").arg(typeName(value)));
        return;
    }
    m_object = &value;
    for (const auto &item : value.items()) {
        bool known = false;
        for (const char *key : allowed)
            known = known || item.key() == key;
        if (!known)
            error(pathOf(item.key().c_str()), ReaderText::tr("unknown field"));
    }
}

QString JsonFieldReader::pathOf(const char *key) const
{
    return m_path.isEmpty() ? QString::fromUtf8(key) : m_path + QLatin1Char('.') + QString::fromUtf8(key);
}

void JsonFieldReader::error(const QString &path, const QString &message) const
{
    m_errors.append(path.isEmpty() ? message : path + QStringLiteral(": ") + message);
}

QString JsonFieldReader::typeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null: return ReaderText::tr("null");
    case Json::value_t::object: return ReaderText::tr("an object");
    case Json::value_t::array: return ReaderText::tr("an array");
    case Json::value_t::string: return ReaderText::tr("a string");
    case Json::value_t::boolean: return ReaderText::tr("a boolean");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return ReaderText::tr("a number");
    default: return ReaderText::tr("an unsupported value");
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
        error(pathOf(key), ReaderText::tr("text too long: %1 bytes (limit %2)").arg(utf8.size()).arg(kMaxStringBytes));
        return {};
    }
    const QString s = QString::fromStdString(utf8);
    if (required && s.trimmed().isEmpty())
        error(pathOf(key), ReaderText::tr("must not be empty"));
    return s;
}

QStringList JsonFieldReader::strings(const char *key) const
{
    QStringList result;
    const Json *v = array(key);
    if (!v)
        return result;
    for (std::size_t i = 0; i < v->size(); ++i) {
        const Json &item = (*v)[i];
        if (item.is_string())
            result.append(QString::fromStdString(item.get_ref<const std::string &>()));
        else
            error(pathOf(key) + QStringLiteral("[%1]").arg(i), ReaderText::tr("expected a string, found %1").arg(typeName(item)));
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
    const qint64 n = v->is_number_unsigned() ? qint64(std::min<std::uint64_t>(v->get<std::uint64_t>(), INT64_MAX))
                                             : v->get<std::int64_t>();
    if (n < min || n > max) {
        error(pathOf(key), ReaderText::tr("%1 is out of range (%2 to %3)").arg(n).arg(min).arg(max));
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
        error(pathOf(key), ReaderText::tr("%1 is out of range (%2 to %3)").arg(d).arg(min).arg(max));
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
