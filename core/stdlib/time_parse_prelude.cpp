// Second half of package time's Go prelude (appended to kTimePrelude in
// time_prelude.cpp): Parse by Go's reference-time layouts, with Go's
// ParseError texts, and the text/binary encodings of Time. A numeric offset
// gives a FixedZone("", offset) as in Go (Local, which is UTC, for +00:00).
namespace heapscope::stdlib {

// A char array (constant-initialised), so kTimePrelude, a std::string built
// from it in another translation unit, never sees it uninitialised.
extern const char kTimeParsePrelude[] = R"GO(
// ---- parsing

type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func quote(s string) string { return "\"" + s + "\"" }

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

var errBadParse = errors.New("bad value for field")

// layoutElem: the layout element rest starts with, or "" for a literal byte
// (the elements Format knows, matched in the same order).
func layoutElem(rest string) string {
	for _, e := range []string{"January", "Jan", "Monday", "Mon", "MST", "2006", "002", "01", "02",
		"03", "04", "05", "06", "15", "_2", "-07:00", "-0700", "-07", "Z07:00", "Z0700", "PM", "pm"} {
		if hasPrefix(rest, e) {
			return e
		}
	}
	if len(rest) > 1 && (rest[0] == '.' || rest[0] == ',') && (rest[1] == '0' || rest[1] == '9') {
		j := 1
		for j < len(rest) && rest[j] == rest[1] {
			j++
		}
		if j == len(rest) || rest[j] < '0' || rest[j] > '9' {
			return rest[:j]
		}
	}
	if len(rest) > 0 && rest[0] >= '1' && rest[0] <= '5' {
		return rest[:1]
	}
	return ""
}

func isDigit(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }

// getnum: one or two digits (exactly two when fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBadParse
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, errBadParse
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

func atoiN(s string, n int) (int, string, error) {
	if len(s) < n {
		return 0, s, errBadParse
	}
	v := 0
	for i := 0; i < n; i++ {
		if !isDigit(s, i) {
			return 0, s, errBadParse
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, s[n:], nil
}

// lookupName matches one of names at the start of s, ignoring ASCII case.
func lookupName(names []string, s string) (int, string, error) {
	for i, name := range names {
		if len(s) < len(name) {
			continue
		}
		ok := true
		for j := 0; j < len(name); j++ {
			a, b := s[j], name[j]
			if a|0x20 != b|0x20 {
				ok = false
				break
			}
		}
		if ok {
			return i, s[len(name):], nil
		}
	}
	return -1, s, errBadParse
}

func shortNames(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n[:3]
	}
	return out
}

// skipLiteral consumes the layout's literal text; a space in the layout
// matches any run of spaces.
func skipLiteral(value, prefix string) (string, error) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBadParse
			}
			for len(prefix) > 0 && prefix[0] == ' ' {
				prefix = prefix[1:]
			}
			for len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, errBadParse
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, nil
}

// fraction: the digits after a '.' or ',' as nanoseconds.
func fraction(value string, n int) (int, string, error) {
	ns := 0
	for i := 1; i < n; i++ {
		if i <= 9 {
			ns = ns*10 + int(value[i]-'0')
		}
	}
	for i := n - 1; i < 9; i++ {
		ns *= 10
	}
	return ns, value[n:], nil
}

func daysIn(m int, year int) int {
	if m == 2 {
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	if m == 4 || m == 6 || m == 9 || m == 11 {
		return 30
	}
	return 31
}

func Parse(layout, value string) (Time, error) {
	alayout, avalue := layout, value
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	pmSet, amSet := false, false
	offset, zoneName, hasOffset := 0, "", false
	rangeErr := ""
	for {
		i := 0
		for i < len(layout) && layoutElem(layout[i:]) == "" {
			i++
		}
		prefix := layout[:i]
		var err error
		value, err = skipLiteral(value, prefix)
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, prefix, value, ""}
		}
		if i == len(layout) {
			if len(value) != 0 {
				return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		elem := layoutElem(layout[i:])
		layout = layout[i+len(elem):]
		hold := value
		switch elem {
		case "2006":
			year, value, err = atoiN(value, 4)
		case "06":
			year, value, err = atoiN(value, 2)
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case "01", "1":
			month, value, err = getnum(value, elem == "01")
			if err == nil && (month < 1 || month > 12) {
				rangeErr = "month"
			}
		case "January":
			month, value, err = lookupName(monthNames, value)
			month++
		case "Jan":
			month, value, err = lookupName(shortNames(monthNames), value)
			month++
		case "Monday":
			_, value, err = lookupName(dayNames, value)
		case "Mon":
			_, value, err = lookupName(shortNames(dayNames), value)
		case "02", "2", "_2":
			if elem == "_2" && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			day, value, err = getnum(value, elem == "02")
		case "002":
			yday, value, err = atoiN(value, 3)
		case "15":
			hour, value, err = getnum(value, false)
			if err == nil && hour > 23 {
				rangeErr = "hour"
			}
		case "03", "3":
			hour, value, err = getnum(value, elem == "03")
			if err == nil && hour > 12 {
				rangeErr = "hour"
			}
		case "04", "4":
			min, value, err = getnum(value, elem == "04")
			if err == nil && min > 59 {
				rangeErr = "minute"
			}
		case "05", "5":
			sec, value, err = getnum(value, elem == "05")
			if err == nil && sec > 59 {
				rangeErr = "second"
			}
			// a fractional second in the value that the layout does not spell
			if err == nil && len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigit(value, 1) {
				next := layoutElem(layout)
				if len(next) < 2 || (next[0] != '.' && next[0] != ',') {
					n := 2
					for isDigit(value, n) {
						n++
					}
					nsec, value, err = fraction(value, n)
				}
			}
		case "PM", "pm":
			if len(value) < 2 {
				err = errBadParse
				break
			}
			p := value[:2]
			value = value[2:]
			switch {
			case p == "PM" || p == "pm":
				pmSet = true
			case p == "AM" || p == "am":
				amSet = true
			default:
				err = errBadParse
			}
		case "Z07:00", "Z0700", "-07:00", "-0700", "-07":
			if elem[0] == 'Z' && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				zoneName = "UTC"
				break
			}
			if len(value) < 3 || (value[0] != '+' && value[0] != '-') {
				err = errBadParse
				break
			}
			sign := value[0]
			hh, mm := 0, 0
			hh, value, err = atoiN(value[1:], 2)
			if err == nil && elem != "-07" {
				if elem == "Z07:00" || elem == "-07:00" {
					if len(value) == 0 || value[0] != ':' {
						err = errBadParse
						break
					}
					value = value[1:]
				}
				mm, value, err = atoiN(value, 2)
			}
			offset = (hh*60 + mm) * 60
			hasOffset = true
			if sign == '-' {
				offset = -offset
			}
		case "MST":
			n := 0
			for n < len(value) && value[n] >= 'A' && value[n] <= 'Z' {
				n++
			}
			if n < 3 {
				err = errBadParse
				break
			}
			zoneName = value[:n]
			value = value[n:]
		default: // fractional seconds: ".000" exactly, ".999" optional
			if elem[1] == '0' {
				if len(value) < len(elem) || value[0] != elem[0] {
					err = errBadParse
					break
				}
				for k := 1; k < len(elem); k++ {
					if !isDigit(value, k) {
						err = errBadParse
					}
				}
				if err == nil {
					nsec, value, err = fraction(value, len(elem))
				}
			} else if len(value) >= 2 && value[0] == elem[0] && isDigit(value, 1) {
				n := 1
				for isDigit(value, n) {
					n++
				}
				nsec, value, err = fraction(value, n)
			}
		}
		if rangeErr != "" {
			return Time{}, &ParseError{alayout, avalue, elem, value, ": " + rangeErr + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, elem, hold, ""}
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}
	if yday >= 0 {
		if month < 0 {
			month = 1
			for month < 12 && yday > daysIn(month, year) {
				yday -= daysIn(month, year)
				month++
			}
			day = yday
		}
	}
	if month < 0 {
		month = 1
	}
	if day < 0 {
		day = 1
	}
	if day < 1 || day > daysIn(month, year) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}
	t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
	switch {
	case zoneName == "UTC":
	case hasOffset && offset == 0:
		t.loc = Local // Local is UTC: Go reuses it for a matching offset
	case hasOffset:
		t = Date(year, Month(month), day, hour, min, sec, nsec, FixedZone("", offset))
	case zoneName != "":
		t.loc = FixedZone(zoneName, 0) // an unknown abbreviation: offset 0
	}
	return t, nil
}

// ---- encodings

func (t Time) MarshalText() ([]byte, error) { return []byte(t.Format(RFC3339Nano)), nil }

func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

// MarshalBinary: Go's version-1 layout (version, seconds since year 1,
// nanoseconds, zone offset in minutes; -1 means UTC; sub-minute offsets,
// Go's version 2, are not kept).
func (t Time) MarshalBinary() ([]byte, error) {
	sec, nsec := t.sec, t.nsec
	offsetMin := int16(-1)
	if t.Location() != UTC {
		_, off := t.zone()
		offsetMin = int16(off / 60)
	}
	return []byte{1,
		byte(sec >> 56), byte(sec >> 48), byte(sec >> 40), byte(sec >> 32),
		byte(sec >> 24), byte(sec >> 16), byte(sec >> 8), byte(sec),
		byte(nsec >> 24), byte(nsec >> 16), byte(nsec >> 8), byte(nsec),
		byte(offsetMin >> 8), byte(offsetMin)}, nil
}

func (t Time) GobEncode() ([]byte, error) { return t.MarshalBinary() }
)GO";

}  // namespace heapscope::stdlib
