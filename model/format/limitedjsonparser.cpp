#include "limitedjsonparser.h"

#include "faultlinereader.h"

#include <QCoreApplication>

namespace faultline {

namespace {
// lupdate files a free tr() call under the class or namespace around the call,
// not under a helper's context: calls name this context class instead.
struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::Reader)
};
} // namespace

LimitedJsonParser::Json LimitedJsonParser::parse(const char *first, const char *last,
                                                 int *valueCount)
{
    Json root;
    LimitedJsonParser handler(root);
    Json::sax_parse(first, last, &handler);
    if (valueCount)
        *valueCount = handler.m_values;
    return root;
}

// The checks match the parser callback this class replaces: depth is the
// number of open containers, checked before a key, a scalar or a container
// is added (so an empty container one level too deep is accepted, anything
// inside it is not); every scalar, object and array counts as one value, the
// depth is checked before the count.
void LimitedJsonParser::checkDepth() const
{
    if (m_open.size() > std::size_t(kMaxJsonDepth))
        throw JsonLimitExceeded{ReaderText::tr("nesting deeper than %1 levels").arg(kMaxJsonDepth)};
}

void LimitedJsonParser::countValue()
{
    if (++m_values > kMaxJsonValues)
        throw JsonLimitExceeded{ReaderText::tr("more than %1 values").arg(kMaxJsonValues)};
}

LimitedJsonParser::Json *LimitedJsonParser::place(Json &&value)
{
    if (m_open.empty()) {
        m_root = std::move(value);
        return &m_root;
    }
    Json &container = *m_open.back();
    if (container.is_array()) {
        container.get_ref<Json::array_t &>().emplace_back(std::move(value));
        return &container.get_ref<Json::array_t &>().back();
    }
    *m_member = std::move(value);
    return m_member;
}

template <typename Value> bool LimitedJsonParser::scalar(Value &&value)
{
    checkDepth();
    countValue();
    place(Json(std::forward<Value>(value)));
    return true;
}

bool LimitedJsonParser::null()
{
    return scalar(nullptr);
}
bool LimitedJsonParser::boolean(bool value)
{
    return scalar(value);
}
bool LimitedJsonParser::number_integer(Json::number_integer_t value)
{
    return scalar(value);
}
bool LimitedJsonParser::number_unsigned(Json::number_unsigned_t value)
{
    return scalar(value);
}
bool LimitedJsonParser::number_float(Json::number_float_t value, const Json::string_t &)
{
    return scalar(value);
}
bool LimitedJsonParser::string(Json::string_t &value)
{
    return scalar(std::move(value));
}
bool LimitedJsonParser::binary(Json::binary_t &value)
{
    return scalar(std::move(value));
}

bool LimitedJsonParser::start_object(std::size_t)
{
    checkDepth();
    countValue();
    const bool inObject = !m_open.empty() && m_open.back()->is_object();
    m_open.push_back(place(Json(Json::value_t::object)));
    m_openKeys.push_back(inObject ? m_key : std::string());
    return true;
}

bool LimitedJsonParser::key(Json::string_t &value)
{
    checkDepth();
    // json::parse keeps a repeated key's last value, silently: a hand-merged
    // file with two "label"s would lose one without a word. Refuse it instead.
    Json::object_t &object = m_open.back()->get_ref<Json::object_t &>();
    if (object.find(value) != object.end())
        throw JsonDuplicateKey{pathOf(m_open.size()) +
                               (m_open.size() > 1 ? QStringLiteral(".") : QString()) +
                               QString::fromStdString(value)};
    m_member = &object[value];
    m_key = value;
    return true;
}

bool LimitedJsonParser::end_object()
{
    m_open.pop_back();
    m_openKeys.pop_back();
    return true;
}

bool LimitedJsonParser::start_array(std::size_t)
{
    checkDepth();
    countValue();
    const bool inObject = !m_open.empty() && m_open.back()->is_object();
    m_open.push_back(place(Json(Json::value_t::array)));
    m_openKeys.push_back(inObject ? m_key : std::string());
    return true;
}

bool LimitedJsonParser::end_array()
{
    m_open.pop_back();
    m_openKeys.pop_back();
    return true;
}

QString LimitedJsonParser::pathOf(std::size_t depth) const
{
    // Built only when an error is reported: keys as ".key", array elements
    // as "[index]" (the index of the container inside its parent array).
    QString path;
    for (std::size_t i = 1; i < depth; ++i) {
        if (m_open[i - 1]->is_array()) {
            path += QStringLiteral("[%1]").arg(m_open[i - 1]->size() - 1);
        } else {
            if (!path.isEmpty())
                path += QLatin1Char('.');
            path += QString::fromStdString(m_openKeys[i]);
        }
    }
    return path;
}

} // namespace faultline
