// Natives of package strings: searching, splitting, case mapping and
// trimming over UTF-8 (semantics of Go's strings package, including its
// handling of invalid UTF-8 and empty separators).
#include <algorithm>

#include "stdlib/native_util.h"
#include "stdlib/unicode_tables.h"

namespace heapscope::stdlib {

namespace {

using SV = std::string_view;

int64_t indexOf(SV s, SV sep) {
  size_t p = s.find(sep);
  return p == SV::npos ? -1 : static_cast<int64_t>(p);
}

int64_t countOf(SV s, SV sep) {
  if (sep.empty()) return runeCount(s) + 1;
  int64_t n = 0;
  for (size_t p = s.find(sep); p != SV::npos; p = s.find(sep, p + sep.size())) ++n;
  return n;
}

bool containsRune(SV s, int32_t r) {
  for (size_t i = 0; i < s.size();) {
    Decoded d = decodeRune(s.substr(i));
    if (d.rune == r) return true;
    i += d.size;
  }
  return false;
}

int64_t indexRune(SV s, int32_t r) {
  if (r >= 0 && r < 0x80) {
    size_t p = s.find(static_cast<char>(r));
    return p == SV::npos ? -1 : static_cast<int64_t>(p);
  }
  if (r != kRuneError && !validRune(r)) return -1;
  for (size_t i = 0; i < s.size();) {
    Decoded d = decodeRune(s.substr(i));
    if (d.rune == r) return static_cast<int64_t>(i);
    i += d.size;
  }
  return -1;
}

int64_t indexAny(SV s, SV chars) {
  if (chars.empty()) return -1;
  for (size_t i = 0; i < s.size();) {
    Decoded d = decodeRune(s.substr(i));
    if (containsRune(chars, d.rune)) return static_cast<int64_t>(i);
    i += d.size;
  }
  return -1;
}

int64_t lastIndexAny(SV s, SV chars) {
  if (chars.empty()) return -1;
  for (size_t i = s.size(); i > 0;) {
    Decoded d = decodeLastRune(s.substr(0, i));
    i -= d.size;
    if (containsRune(chars, d.rune)) return static_cast<int64_t>(i);
  }
  return -1;
}

// Go's genSplit/explode.
std::vector<SV> genSplit(SV s, SV sep, size_t sepSave, int64_t n) {
  std::vector<SV> a;
  if (n == 0) return a;
  if (sep.empty()) {
    int64_t l = runeCount(s);
    if (n < 0 || n > l) n = l;
    for (int64_t i = 0; i < n - 1; ++i) {
      Decoded d = decodeRune(s);
      a.push_back(s.substr(0, d.size));
      s = s.substr(d.size);
    }
    if (n > 0) a.push_back(s);
    return a;
  }
  if (n < 0) n = countOf(s, sep) + 1;
  if (n > static_cast<int64_t>(s.size()) + 1) n = static_cast<int64_t>(s.size()) + 1;
  n--;
  int64_t i = 0;
  while (i < n) {
    size_t m = s.find(sep);
    if (m == SV::npos) break;
    a.push_back(s.substr(0, m + sepSave));
    s = s.substr(m + sep.size());
    i++;
  }
  a.push_back(s);
  return a;
}

std::string mapRunes(SV s, int32_t (*fn)(int32_t)) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    uint8_t b = static_cast<uint8_t>(s[i]);
    if (b < 0x80) { out += static_cast<char>(fn(b)); ++i; continue; }
    Decoded d = decodeRune(s.substr(i));
    appendRune(out, fn(d.rune));
    i += d.size;
  }
  return out;
}

bool isAsciiSpace(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

SV trimLeftSpace(SV s) {
  while (!s.empty()) {
    uint8_t b = static_cast<uint8_t>(s[0]);
    if (b < 0x80) { if (!isAsciiSpace(b)) break; s = s.substr(1); continue; }
    Decoded d = decodeRune(s);
    if (!isSpace(d.rune)) break;
    s = s.substr(d.size);
  }
  return s;
}

SV trimRightSpace(SV s) {
  while (!s.empty()) {
    uint8_t b = static_cast<uint8_t>(s.back());
    if (b < 0x80) { if (!isAsciiSpace(b)) break; s = s.substr(0, s.size() - 1); continue; }
    Decoded d = decodeLastRune(s);
    if (!isSpace(d.rune)) break;
    s = s.substr(0, s.size() - d.size);
  }
  return s;
}

SV trimLeftSet(SV s, SV cutset) {
  while (!s.empty()) {
    Decoded d = decodeRune(s);
    if (!containsRune(cutset, d.rune)) break;
    s = s.substr(d.size);
  }
  return s;
}

SV trimRightSet(SV s, SV cutset) {
  while (!s.empty()) {
    Decoded d = decodeLastRune(s);
    if (!containsRune(cutset, d.rune)) break;
    s = s.substr(0, s.size() - d.size);
  }
  return s;
}

std::vector<SV> fields(SV s) {
  std::vector<SV> out;
  size_t i = 0, start = SV::npos;
  while (i < s.size()) {
    Decoded d = decodeRune(s.substr(i));
    bool sp = static_cast<uint8_t>(s[i]) < 0x80 ? isAsciiSpace(static_cast<uint8_t>(s[i])) : isSpace(d.rune);
    if (sp) {
      if (start != SV::npos) { out.push_back(s.substr(start, i - start)); start = SV::npos; }
    } else if (start == SV::npos) {
      start = i;
    }
    i += d.size;
  }
  if (start != SV::npos) out.push_back(s.substr(start));
  return out;
}

std::string replace(SV s, SV old, SV nw, int64_t n) {
  if (old == nw || n == 0) return std::string(s);
  int64_t m = countOf(s, old);
  if (m == 0) return std::string(s);
  if (n < 0 || m < n) n = m;
  std::string out;
  size_t start = 0;
  for (int64_t i = 0; i < n; ++i) {
    size_t j = start;
    if (old.empty()) {
      if (i > 0) j += decodeRune(s.substr(start)).size;
    } else {
      j = s.find(old, start);
    }
    out.append(s.substr(start, j - start));
    out.append(nw);
    start = j + old.size();
  }
  out.append(s.substr(start));
  return out;
}

int32_t foldCase(int32_t r) { return toLower(toUpper(r)); }

bool equalFold(SV a, SV b) {
  while (!a.empty() && !b.empty()) {
    Decoded x = decodeRune(a), y = decodeRune(b);
    a = a.substr(x.size);
    b = b.substr(y.size);
    if (x.rune == y.rune) continue;
    if (foldCase(x.rune) != foldCase(y.rune) && toLower(x.rune) != toLower(y.rune) &&
        toUpper(x.rune) != toUpper(y.rune))
      return false;
  }
  return a.empty() && b.empty();
}

bool isSeparator(int32_t r) {
  if (r <= 0x7F) {
    if ((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_') return false;
    return true;
  }
  if (isLetter(r) || isDigit(r)) return false;
  return isSpace(r);
}

std::string title(SV s) {
  std::string out;
  int32_t prev = ' ';
  for (size_t i = 0; i < s.size();) {
    Decoded d = decodeRune(s.substr(i));
    appendRune(out, isSeparator(prev) ? toTitle(d.rune) : d.rune);
    prev = d.rune;
    i += d.size;
  }
  return out;
}

// strings.Replacer.Replace: leftmost position first, pairs tried in argument order.
std::string replaceMany(SV s, const std::vector<SV>& oldnew) {
  std::string out;
  bool hasEmpty = false;
  for (size_t k = 0; k + 1 < oldnew.size(); k += 2) if (oldnew[k].empty()) hasEmpty = true;
  size_t i = 0;
  while (i <= s.size()) {
    bool matched = false;
    for (size_t k = 0; k + 1 < oldnew.size(); k += 2) {
      SV old = oldnew[k];
      if (old.empty()) {
        out.append(oldnew[k + 1]);
        matched = false;  // empty match emits and then copies one rune
        break;
      }
      if (s.substr(i).substr(0, old.size()) == old) {
        out.append(oldnew[k + 1]);
        i += old.size();
        matched = true;
        break;
      }
    }
    if (matched) continue;
    if (i >= s.size()) break;
    size_t w = hasEmpty ? static_cast<size_t>(decodeRune(s.substr(i)).size) : 1;
    out.append(s.substr(i, w));
    i += w;
  }
  return out;
}

#define NATIVE(name) NativeStatus name(NativeCall& c)

NATIVE(contains) { retBool(c, 0, argStr(c, 0).find(argStr(c, 1)) != SV::npos); return NativeStatus::Done; }
NATIVE(containsAny) { retBool(c, 0, indexAny(argStr(c, 0), argStr(c, 1)) >= 0); return NativeStatus::Done; }
NATIVE(containsRuneN) { retBool(c, 0, indexRune(argStr(c, 0), static_cast<int32_t>(argInt(c, 1))) >= 0); return NativeStatus::Done; }
NATIVE(count) { retInt(c, 0, countOf(argStr(c, 0), argStr(c, 1))); return NativeStatus::Done; }
NATIVE(hasPrefix) { SV s = argStr(c, 0), p = argStr(c, 1); retBool(c, 0, s.substr(0, p.size()) == p); return NativeStatus::Done; }
NATIVE(hasSuffix) {
  SV s = argStr(c, 0), p = argStr(c, 1);
  retBool(c, 0, s.size() >= p.size() && s.substr(s.size() - p.size()) == p);
  return NativeStatus::Done;
}
NATIVE(index) { retInt(c, 0, indexOf(argStr(c, 0), argStr(c, 1))); return NativeStatus::Done; }
NATIVE(indexByte) {
  size_t p = argStr(c, 0).find(static_cast<char>(argInt(c, 1)));
  retInt(c, 0, p == SV::npos ? -1 : static_cast<int64_t>(p));
  return NativeStatus::Done;
}
NATIVE(indexRuneN) { retInt(c, 0, indexRune(argStr(c, 0), static_cast<int32_t>(argInt(c, 1)))); return NativeStatus::Done; }
NATIVE(indexAnyN) { retInt(c, 0, indexAny(argStr(c, 0), argStr(c, 1))); return NativeStatus::Done; }
NATIVE(lastIndex) {
  SV s = argStr(c, 0), sep = argStr(c, 1);
  size_t p = s.rfind(sep);
  retInt(c, 0, p == SV::npos ? -1 : static_cast<int64_t>(p));
  return NativeStatus::Done;
}
NATIVE(lastIndexByte) {
  size_t p = argStr(c, 0).rfind(static_cast<char>(argInt(c, 1)));
  retInt(c, 0, p == SV::npos ? -1 : static_cast<int64_t>(p));
  return NativeStatus::Done;
}
NATIVE(lastIndexAnyN) { retInt(c, 0, lastIndexAny(argStr(c, 0), argStr(c, 1))); return NativeStatus::Done; }
NATIVE(split) { retStrings(c, 0, genSplit(argStr(c, 0), argStr(c, 1), 0, -1)); return NativeStatus::Done; }
NATIVE(splitN) {
  int64_t n = argInt(c, 2);
  retStrings(c, 0, genSplit(argStr(c, 0), argStr(c, 1), 0, n), n == 0);
  return NativeStatus::Done;
}
NATIVE(splitAfter) {
  SV sep = argStr(c, 1);
  retStrings(c, 0, genSplit(argStr(c, 0), sep, sep.size(), -1));
  return NativeStatus::Done;
}
NATIVE(splitAfterN) {
  SV sep = argStr(c, 1);
  int64_t n = argInt(c, 2);
  retStrings(c, 0, genSplit(argStr(c, 0), sep, sep.size(), n), n == 0);
  return NativeStatus::Done;
}
NATIVE(fieldsN) { retStrings(c, 0, fields(argStr(c, 0))); return NativeStatus::Done; }
NATIVE(join) {
  auto* sl = static_cast<SliceObj*>(c.args[0].ref);
  SV sep = argStr(c, 1);
  std::string out;
  if (sl && sl->array) {
    for (int64_t i = 0; i < sl->len; ++i) {
      if (i > 0) out.append(sep);
      out.append(stringOf(loadElem(sl->array, sl->offset + i)));
    }
  }
  retString(c, 0, out);
  return NativeStatus::Done;
}
NATIVE(repeat) {
  SV s = argStr(c, 0);
  int64_t n = argInt(c, 1);
  if (n < 0) return panicString(c, "strings: negative Repeat count");
  if (s.empty() || n == 0) { retString(c, 0, ""); return NativeStatus::Done; }
  if (static_cast<uint64_t>(n) > (uint64_t(1) << 40) / s.size()) return panicString(c, "strings: Repeat output length overflow");
  if (resultTooLarge(c, s.size() * static_cast<uint64_t>(n))) {
    retString(c, 0, "");
    return NativeStatus::Done;
  }
  std::string out;
  out.reserve(s.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) out.append(s);
  retString(c, 0, out);
  return NativeStatus::Done;
}
NATIVE(replaceN) { retString(c, 0, replace(argStr(c, 0), argStr(c, 1), argStr(c, 2), argInt(c, 3))); return NativeStatus::Done; }
NATIVE(replaceAll) { retString(c, 0, replace(argStr(c, 0), argStr(c, 1), argStr(c, 2), -1)); return NativeStatus::Done; }
NATIVE(toUpperN) { retString(c, 0, mapRunes(argStr(c, 0), toUpper)); return NativeStatus::Done; }
NATIVE(toLowerN) { retString(c, 0, mapRunes(argStr(c, 0), toLower)); return NativeStatus::Done; }
NATIVE(toTitleN) { retString(c, 0, mapRunes(argStr(c, 0), toTitle)); return NativeStatus::Done; }
NATIVE(titleN) { retString(c, 0, title(argStr(c, 0))); return NativeStatus::Done; }
NATIVE(trimSpace) { retString(c, 0, trimRightSpace(trimLeftSpace(argStr(c, 0)))); return NativeStatus::Done; }
NATIVE(trim) { SV set = argStr(c, 1); retString(c, 0, trimRightSet(trimLeftSet(argStr(c, 0), set), set)); return NativeStatus::Done; }
NATIVE(trimLeft) { retString(c, 0, trimLeftSet(argStr(c, 0), argStr(c, 1))); return NativeStatus::Done; }
NATIVE(trimRight) { retString(c, 0, trimRightSet(argStr(c, 0), argStr(c, 1))); return NativeStatus::Done; }
NATIVE(equalFoldN) { retBool(c, 0, equalFold(argStr(c, 0), argStr(c, 1))); return NativeStatus::Done; }
NATIVE(compare) { int r = argStr(c, 0).compare(argStr(c, 1)); retInt(c, 0, r < 0 ? -1 : r > 0 ? 1 : 0); return NativeStatus::Done; }
NATIVE(replaceManyN) {
  std::vector<SV> oldnew;
  auto* sl = static_cast<SliceObj*>(c.args[1].ref);
  if (sl && sl->array) for (int64_t i = 0; i < sl->len; ++i) oldnew.push_back(stringOf(loadElem(sl->array, sl->offset + i)));
  retString(c, 0, replaceMany(argStr(c, 0), oldnew));
  return NativeStatus::Done;
}
#undef NATIVE

}  // namespace

void registerStringsNatives(NativeRegistry& r) {
  static constexpr NativeDef kNatives[] = {
      {"strings.Contains", contains},
      {"strings.ContainsAny", containsAny},
      {"strings.ContainsRune", containsRuneN},
      {"strings.Count", count},
      {"strings.HasPrefix", hasPrefix},
      {"strings.HasSuffix", hasSuffix},
      {"strings.Index", index},
      {"strings.IndexByte", indexByte},
      {"strings.IndexRune", indexRuneN},
      {"strings.IndexAny", indexAnyN},
      {"strings.LastIndex", lastIndex},
      {"strings.LastIndexByte", lastIndexByte},
      {"strings.LastIndexAny", lastIndexAnyN},
      {"strings.Split", split},
      {"strings.SplitN", splitN},
      {"strings.SplitAfter", splitAfter},
      {"strings.SplitAfterN", splitAfterN},
      {"strings.Fields", fieldsN},
      {"strings.Join", join},
      {"strings.Repeat", repeat},
      {"strings.Replace", replaceN},
      {"strings.ReplaceAll", replaceAll},
      {"strings.ToUpper", toUpperN},
      {"strings.ToLower", toLowerN},
      {"strings.ToTitle", toTitleN},
      {"strings.Title", titleN},
      {"strings.TrimSpace", trimSpace},
      {"strings.Trim", trim},
      {"strings.TrimLeft", trimLeft},
      {"strings.TrimRight", trimRight},
      {"strings.EqualFold", equalFoldN},
      {"strings.Compare", compare},
      {"strings.replaceMany", replaceManyN},
  };
  r.add(kNatives);
}

}  // namespace heapscope::stdlib
