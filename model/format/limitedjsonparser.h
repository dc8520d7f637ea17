#pragma once

#include <QString>
#include <cstddef>
#include <nlohmann/json.hpp>

namespace faultline {

/// Thrown while parsing when the document passes kMaxJsonDepth or
/// kMaxJsonValues; `message` says which limit.
struct JsonLimitExceeded
{
    QString message;
};

/// Thrown while parsing when an object repeats a key: `path` is the JSON path
/// of the second occurrence, e.g. `factors[2].label`.
struct JsonDuplicateKey
{
    QString path;
};

/// SAX handler for nlohmann::json::sax_parse that builds the same tree as
/// nlohmann::json::parse while enforcing the depth and value-count limits
/// (kMaxJsonDepth, kMaxJsonValues in faultlinereader.h).
///
/// Why not json::parse with a parser callback: nlohmann's callback parser
/// scans the whole enclosing array after every object it closes (to drop
/// discarded values), which made reading an array of n objects O(n²) — at
/// 5,000 factors that was a sixth of the load time — and it copies every key
/// into a json value for the callback. This handler does neither; the limits
/// are checked at the same events as the callback did (see limitedjsonparser.cpp).
///
/// Parse errors are thrown as nlohmann exceptions (parse_error, out_of_range)
/// exactly as json::parse throws them.
class LimitedJsonParser
{
public:
    using Json = nlohmann::json;

    /// Parses [first, last) into a tree, or throws JsonLimitExceeded,
    /// JsonDuplicateKey or a nlohmann exception. The tree never grows past the limits.
    /// `valueCount`, when given, receives the number of values (scalars, objects and arrays).
    static Json parse(const char *first, const char *last, int *valueCount = nullptr);

    // nlohmann SAX interface.
    bool null();
    bool boolean(bool value);
    bool number_integer(Json::number_integer_t value);
    bool number_unsigned(Json::number_unsigned_t value);
    bool number_float(Json::number_float_t value, const Json::string_t &text);
    bool string(Json::string_t &value);
    bool binary(Json::binary_t &value);
    bool start_object(std::size_t elements);
    bool key(Json::string_t &value);
    bool end_object();
    bool start_array(std::size_t elements);
    bool end_array();
    template <class Exception>
    bool parse_error(std::size_t /*position*/, const std::string & /*lastToken*/,
                     const Exception &error)
    {
        throw error; // the concrete type, as json::parse throws it
    }

private:
    explicit LimitedJsonParser(Json &root) : m_root(root) {}

    void checkDepth() const;
    void countValue();
    /// Places `value` in the open container (or as the root); returns where it went.
    Json *place(Json &&value);
    template <typename Value> bool scalar(Value &&value);

    /// The JSON path of the container `depth` levels down (for error messages).
    QString pathOf(std::size_t depth) const;

    Json &m_root;
    std::vector<Json *> m_open; ///< the containers being filled, innermost last
    /// Where each open container sits in its parent: the key, or "" for an array element.
    std::vector<std::string> m_openKeys;
    std::string m_key;        ///< the key the next value of the innermost object goes to
    Json *m_member = nullptr; ///< the object member the next value goes to
    int m_values = 0;
};

} // namespace faultline
