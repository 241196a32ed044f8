#include "svgmarkup.h"

#include <cctype>
#include <charconv>
#include <cmath>

namespace ArchDeck::SvgMarkup {

void appendNumber(std::string &out, double value)
{
    // Graphviz prints "%.2f" with trailing zeros trimmed, and anything that rounds to zero as
    // "0" (never "-0"). Printing hundredths as an integer is ten times cheaper than printf or
    // std::to_chars with a precision, and a drawing's coordinates are far below 2^53 / 100; the
    // rare value exactly halfway between two hundredths may round the other way (±0.01 pt).
    if (!std::isfinite(value) || (value > -0.005 && value < 0.005)) {
        out += '0';
        return;
    }
    if (value >= 1e13 || value <= -1e13) {
        char buffer[400];
        const auto [end, error]
            = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 0);
        out.append(buffer, error == std::errc() ? size_t(end - buffer) : 0);
        return;
    }
    const bool negative = value < 0;
    const auto hundredths = static_cast<unsigned long long>(std::llround(std::fabs(value) * 100));
    char digits[24];
    char *end = digits + sizeof digits;
    char *at = end;
    unsigned long long whole = hundredths / 100;
    const unsigned fraction = unsigned(hundredths % 100);
    if (fraction != 0) {
        if (fraction % 10 != 0)
            *--at = char('0' + fraction % 10);
        *--at = char('0' + fraction / 10);
        *--at = '.';
    }
    do {
        *--at = char('0' + whole % 10);
        whole /= 10;
    } while (whole != 0);
    if (negative)
        *--at = '-';
    out.append(at, size_t(end - at));
}

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD

/// Length of the valid UTF-8 sequence that starts at `s` (lead byte >= 0x80), or 0.
size_t validSequenceLength(const unsigned char *s, size_t available)
{
    const unsigned char lead = s[0];
    size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0; // overlong
        else if (lead == 0xED)
            high = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90; // overlong
        else if (lead == 0xF4)
            high = 0x8F; // beyond U+10FFFF
    } else {
        return 0;
    }
    if (available < length || s[1] < low || s[1] > high)
        return 0;
    for (size_t i = 2; i < length; ++i)
        if (s[i] < 0x80 || s[i] > 0xBF)
            return 0;
    if (length == 3 && lead == 0xEF && s[1] == 0xBF && (s[2] == 0xBE || s[2] == 0xBF))
        return 0; // U+FFFE and U+FFFF are not XML characters
    return length;
}

} // namespace

void appendEscaped(std::string &out, std::string_view text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const size_t size = text.size();
    size_t run = 0; // start of the bytes not yet copied
    size_t i = 0;
    auto flushThen = [&](std::string_view replacement, size_t consumed) {
        out.append(text.data() + run, i - run);
        out += replacement;
        i += consumed;
        run = i;
    };
    while (i < size) {
        const unsigned char c = s[i];
        if (c >= 0x80) {
            if (const size_t length = validSequenceLength(s + i, size - i))
                i += length;
            else
                flushThen(kReplacement, 1);
            continue;
        }
        switch (c) {
        case '&':
            flushThen("&amp;", 1);
            continue;
        case '<':
            flushThen("&lt;", 1);
            continue;
        case '>':
            flushThen("&gt;", 1);
            continue;
        case '"':
            flushThen("&quot;", 1);
            continue;
        case '\'':
            flushThen("&#39;", 1);
            continue;
        default:
            break;
        }
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            flushThen(kReplacement, 1);
        else
            ++i;
    }
    out.append(text.data() + run, size - run);
}

bool isSafeLink(std::string_view href)
{
    auto startsWithNoCase = [href](std::string_view prefix) {
        if (href.size() < prefix.size())
            return false;
        for (size_t i = 0; i < prefix.size(); ++i)
            if (char(std::tolower(static_cast<unsigned char>(href[i]))) != prefix[i])
                return false;
        return true;
    };
    return startsWithNoCase("#") || startsWithNoCase("http://") || startsWithNoCase("https://")
        || startsWithNoCase("mailto:");
}

} // namespace ArchDeck::SvgMarkup
