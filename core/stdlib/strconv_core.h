// Pure C++ implementations of Go's strconv algorithms, shared by the strconv
// and fmt natives (and unit-tested without a VM). Behaviour matches Go's
// strconv: float formatting uses shortest round-trip digits (std::to_chars)
// and Go's layout rules; parsing uses std::from_chars (correctly rounded).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace heapscope::stdlib {

// strconv.FormatFloat(v, fmt, prec, bitSize): fmt in "eEfgGb"; prec -1 =
// shortest. Unknown fmt yields "%" + fmt as Go does.
std::string formatFloat(double v, char fmt, int prec, int bitSize);

// strconv.FormatInt / FormatUint in base 2..36.
std::string formatInt(int64_t v, int base);
std::string formatUint(uint64_t v, int base);

// Parse results: the Go error kind, mapped to NumError.Err by the prelude.
enum class ParseErr : int { Ok = 0, Syntax = 1, Range = 2, Base = 3, BitSize = 4 };
ParseErr parseInt(std::string_view s, int base, int bitSize, int64_t* out);
ParseErr parseUint(std::string_view s, int base, int bitSize, uint64_t* out);
ParseErr parseFloat(std::string_view s, int bitSize, double* out);
ParseErr parseBool(std::string_view s, bool* out);

// strconv.Quote family. asciiOnly = QuoteToASCII; graphicOnly = QuoteToGraphic.
std::string quote(std::string_view s, char quoteChar = '"', bool asciiOnly = false, bool graphicOnly = false);
std::string quoteRune(int32_t r, bool asciiOnly = false, bool graphicOnly = false);
bool canBackquote(std::string_view s);
// strconv.Unquote: false on syntax error.
bool unquote(std::string_view s, std::string* out);

}  // namespace heapscope::stdlib
