// Go prelude of package time on the VM's virtual clock (it starts at
// 2009-11-10 23:00:00 UTC, like the Go playground, and jumps to the next
// timer when every goroutine is blocked). Sleep and the timers are natives
// (time_natives.cpp); Duration/Time arithmetic, calendar and formatting are Go.
#include <string>

namespace heapscope::stdlib {

// Parse and the encodings live in time_parse_prelude.cpp (file size).
extern const char kTimeParsePrelude[];

extern const std::string kTimePrelude = std::string(R"GO(package time

import "errors"

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func utoa(v uint64) string {
	if v == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return string(b[i:])
}

func itoa(v int) string {
	if v < 0 {
		return "-" + utoa(uint64(-v))
	}
	return utoa(uint64(v))
}

// whole[.frac] of v / 10^prec, trailing zeros of the fraction dropped
func fracString(v uint64, prec int) string {
	div := uint64(1)
	for i := 0; i < prec; i++ {
		div *= 10
	}
	whole, frac := v/div, v%div
	s := utoa(whole)
	if frac == 0 {
		return s
	}
	digits := make([]byte, prec)
	for i := prec - 1; i >= 0; i-- {
		digits[i] = byte('0' + frac%10)
		frac /= 10
	}
	n := prec
	for n > 0 && digits[n-1] == '0' {
		n--
	}
	return s + "." + string(digits[:n])
}

// String: "1h2m3.5s", "1.5ms", "0s", as Go prints durations.
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	neg := d < 0
	u := uint64(d)
	if neg {
		u = -u
	}
	var s string
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			s = utoa(u) + "ns"
		case u < uint64(Millisecond):
			s = fracString(u, 3) + "µs"
		default:
			s = fracString(u, 6) + "ms"
		}
	} else {
		secs := u / uint64(Second)
		s = fracString(secs%60*uint64(Second)+u%uint64(Second), 9) + "s"
		if secs >= 60 {
			s = utoa(secs/60%60) + "m" + s
		}
		if secs >= 3600 {
			s = utoa(secs/3600) + "h" + s
		}
	}
	if neg {
		s = "-" + s
	}
	return s
}

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		return d - m + r
	}
	if r+r < m {
		return d - r
	}
	return d + m - r
}

func (d Duration) Abs() Duration {
	if d >= 0 {
		return d
	}
	return -d
}

var errBadDuration = errors.New("time: invalid duration")

var unitMap = map[string]uint64{
	"ns": 1, "us": 1e3, "µs": 1e3, "μs": 1e3, "ms": 1e6, "s": 1e9, "m": 60e9, "h": 3600e9,
}

// ParseDuration: "300ms", "-1.5h", "2h45m".
func ParseDuration(s string) (Duration, error) {
	orig := s
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration \"" + orig + "\"")
	}
	var total float64
	for s != "" {
		i := 0
		for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: invalid duration \"" + orig + "\"")
		}
		num := s[:i]
		s = s[i:]
		j := 0
		for j < len(s) && !(s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
			j++
		}
		if j == 0 {
			return 0, errors.New("time: missing unit in duration \"" + orig + "\"")
		}
		unit, ok := unitMap[s[:j]]
		if !ok {
			return 0, errors.New("time: unknown unit \"" + s[:j] + "\" in duration \"" + orig + "\"")
		}
		s = s[j:]
		var v, scale float64 = 0, 1
		frac := false
		for k := 0; k < len(num); k++ {
			if num[k] == '.' {
				frac = true
				continue
			}
			v = v*10 + float64(num[k]-'0')
			if frac {
				scale *= 10
			}
		}
		total += v / scale * float64(unit)
	}
	if neg {
		total = -total
	}
	return Duration(total), nil
}

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

func (m Month) String() string {
	if January <= m && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

// Location: a name and a fixed offset east of UTC in seconds (no
// daylight-saving rules; Local is UTC, as on the Go playground).
type Location struct {
	name   string
	offset int
}

func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

var UTC = &Location{"UTC", 0}
var Local = &Location{"Local", 0}

func FixedZone(name string, offset int) *Location { return &Location{name, offset} }

// zone: the abbreviation and offset Format prints for t.
func (t Time) zone() (string, int) {
	l := t.Location()
	if l == Local {
		return "UTC", 0
	}
	return l.name, l.offset
}

func (t Time) Zone() (name string, offset int) { return t.zone() }

// Time: seconds and nanoseconds since January 1, year 1 UTC (so the zero
// value is Go's zero time) and a monotonic reading (ns since the program
// started, plus one; 0 = none). The VM's timers fill the first three fields.
type Time struct {
	sec  int64
	nsec int64
	mono int64
	loc  *Location
}

const unixToInternal int64 = 62135596800

func now() (sec int64, nsec int64, mono int64)

func Now() Time {
	s, n, m := now()
	return Time{sec: s + unixToInternal, nsec: n, mono: m}
}

func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: nsec}
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func (t Time) Unix() int64      { return t.sec - unixToInternal }
func (t Time) UnixNano() int64  { return (t.sec-unixToInternal)*1e9 + t.nsec }
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }
func (t Time) IsZero() bool     { return t.sec == 0 && t.nsec == 0 }
func (t Time) Nanosecond() int  { return int(t.nsec) }

const maxDuration Duration = 1<<63 - 1
const minDuration Duration = -1 << 63

func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	ds := t.sec - u.sec
	if ds > 9223372035 {
		return maxDuration
	}
	if ds < -9223372035 {
		return minDuration
	}
	return Duration(ds)*Second + Duration(t.nsec-u.nsec)
}

func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.mono != 0 {
		t.mono += int64(d)
	}
	return t
}

func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

func (t Time) Compare(u Time) int {
	if t.Before(u) {
		return -1
	}
	if t.After(u) {
		return 1
	}
	return 0
}

func Since(t Time) Duration { return Now().Sub(t) }
func Until(t Time) Duration { return t.Sub(Now()) }

// UTC, Local and In reinterpret the wall time, so (as in Go) they drop the
// monotonic reading.
func (t Time) UTC() Time   { t.loc, t.mono = UTC, 0; return t }
func (t Time) Local() Time { t.loc, t.mono = Local, 0; return t }
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.loc, t.mono = loc, 0
	return t
}
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	if r+r < d {
		return t.Add(-r)
	}
	return t.Add(d - r)
}
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.mod(d))
}

// t modulo d measured from the zero time
func (t Time) mod(d Duration) Duration {
	if d%Second == 0 {
		d1 := int64(d / Second)
		return Duration(t.sec%d1)*Second + Duration(t.nsec)
	}
	if Second%(d+d) == 0 {
		return Duration(t.nsec) % d
	}
	// general case: sec*1e9 + nsec mod d without overflowing
	r := Duration(0)
	for _, part := range []int64{t.sec / 1000000, t.sec % 1000000} {
		r = (r*1000000%d*1000%d + Duration(part)%d) % d
	}
	r = (r*Second%d + Duration(t.nsec)) % d
	return r
}

// days since 1970-01-01 and the seconds within that day, on t's wall clock
func (t Time) days() (int64, int64) {
	_, off := t.zone()
	s := t.sec - unixToInternal + int64(off)
	d := s / 86400
	if s%86400 < 0 {
		d--
	}
	return d, s - d*86400
}

func civil(days int64) (year int, month Month, day int) {
	z := days + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

func daysFromCivil(y int64, m int64, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := m - 3
	if m <= 2 {
		mp = m + 9
	}
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int64(month) - 1
	y := int64(year) + m/12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	days := daysFromCivil(y, m+1, 1) + int64(day) - 1
	s := days*86400 + int64(hour)*3600 + int64(min)*60 + int64(sec) - int64(loc.offset)
	ns := int64(nsec)
	s += ns / 1e9
	ns %= 1e9
	if ns < 0 {
		ns += 1e9
		s--
	}
	return Time{sec: s + unixToInternal, nsec: ns, loc: loc}
}

func (t Time) Date() (year int, month Month, day int) {
	d, _ := t.days()
	return civil(d)
}

func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

func (t Time) Clock() (hour, min, sec int) {
	_, s := t.days()
	return int(s / 3600), int(s / 60 % 60), int(s % 60)
}

func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

func (t Time) Weekday() Weekday {
	d, _ := t.days()
	w := (d + 4) % 7
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

func (t Time) YearDay() int {
	d, _ := t.days()
	y, _, _ := civil(d)
	return int(d-daysFromCivil(int64(y), 1, 1)) + 1
}

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

func pad(v int, width int, padChar byte) string {
	s := itoa(v)
	for len(s) < width {
		s = string(padChar) + s
	}
	return s
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// Format renders t by Go's reference-time layout (the usual elements;
// every zone is UTC).
func (t Time) Format(layout string) string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	zone, offset := t.zone()
	var out []byte
	for i := 0; i < len(layout); {
		rest := layout[i:]
		switch {
		case hasPrefix(rest, "January"):
			out = append(out, month.String()...)
			i += 7
		case hasPrefix(rest, "Jan"):
			out = append(out, month.String()[:3]...)
			i += 3
		case hasPrefix(rest, "Monday"):
			out = append(out, t.Weekday().String()...)
			i += 6
		case hasPrefix(rest, "Mon"):
			out = append(out, t.Weekday().String()[:3]...)
			i += 3
		case hasPrefix(rest, "MST"):
			if zone != "" {
				out = append(out, zone...)
			} else { // no name: Go prints the offset as -0700
				out = append(out, offsetString(offset, "")...)
			}
			i += 3
		case hasPrefix(rest, "2006"):
			out = append(out, pad(year, 4, '0')...)
			i += 4
		case hasPrefix(rest, "002"):
			out = append(out, pad(t.YearDay(), 3, '0')...)
			i += 3
		case hasPrefix(rest, "01"):
			out = append(out, pad(int(month), 2, '0')...)
			i += 2
		case hasPrefix(rest, "02"):
			out = append(out, pad(day, 2, '0')...)
			i += 2
		case hasPrefix(rest, "03"):
			out = append(out, pad((hour+11)%12+1, 2, '0')...)
			i += 2
		case hasPrefix(rest, "04"):
			out = append(out, pad(min, 2, '0')...)
			i += 2
		case hasPrefix(rest, "05"):
			out = append(out, pad(sec, 2, '0')...)
			i += 2
		case hasPrefix(rest, "06"):
			out = append(out, pad(year%100, 2, '0')...)
			i += 2
		case hasPrefix(rest, "15"):
			out = append(out, pad(hour, 2, '0')...)
			i += 2
		case hasPrefix(rest, "_2"):
			out = append(out, pad(day, 2, ' ')...)
			i += 2
		case hasPrefix(rest, "-07:00"):
			out = append(out, offsetString(offset, ":")...)
			i += 6
		case hasPrefix(rest, "-0700"):
			out = append(out, offsetString(offset, "")...)
			i += 5
		case hasPrefix(rest, "-07"):
			out = append(out, offsetString(offset, "")[:3]...)
			i += 3
		case hasPrefix(rest, "Z07:00"), hasPrefix(rest, "Z0700"):
			sep := ""
			if hasPrefix(rest, "Z07:00") {
				sep = ":"
				i += 6
			} else {
				i += 5
			}
			if offset == 0 {
				out = append(out, 'Z')
			} else {
				out = append(out, offsetString(offset, sep)...)
			}
		case hasPrefix(rest, "PM"):
			if hour >= 12 {
				out = append(out, "PM"...)
			} else {
				out = append(out, "AM"...)
			}
			i += 2
		case hasPrefix(rest, "pm"):
			if hour >= 12 {
				out = append(out, "pm"...)
			} else {
				out = append(out, "am"...)
			}
			i += 2
		case (rest[0] == '.' || rest[0] == ',') && len(rest) > 1 && (rest[1] == '0' || rest[1] == '9'):
			j := 1
			for j < len(rest) && rest[j] == rest[1] {
				j++
			}
			if j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
				out = append(out, rest[0])
				i++
				break
			}
			digits := pad(int(t.nsec), 9, '0')[:j-1]
			if rest[1] == '9' {
				n := len(digits)
				for n > 0 && digits[n-1] == '0' {
					n--
				}
				digits = digits[:n]
				if n > 0 {
					out = append(out, rest[0])
				}
			} else {
				out = append(out, rest[0])
			}
			out = append(out, digits...)
			i += j
		case rest[0] == '1':
			out = append(out, itoa(int(month))...)
			i++
		case rest[0] == '2':
			out = append(out, itoa(day)...)
			i++
		case rest[0] == '3':
			out = append(out, itoa((hour+11)%12+1)...)
			i++
		case rest[0] == '4':
			out = append(out, itoa(min)...)
			i++
		case rest[0] == '5':
			out = append(out, itoa(sec)...)
			i++
		default:
			out = append(out, rest[0])
			i++
		}
	}
	return string(out)
}

// offsetString: +hh[sep]mm for an offset in seconds.
func offsetString(offset int, sep string) string {
	sign := "+"
	if offset < 0 {
		sign = "-"
		offset = -offset
	}
	return sign + pad(offset/3600, 2, '0') + sep + pad(offset/60%60, 2, '0')
}

func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono - 1
		s += " m=+" + utoa(uint64(m/1e9)) + "." + pad(int(m%1e9), 9, '0')
	}
	return s
}

// ---- sleeping and timers (natives on the VM's timer queue)

func Sleep(d Duration)
func startTimer(c chan Time, f func(), d Duration, period Duration) int64
func stopTimer(id int64) bool
func resetTimer(id int64, d Duration, period Duration) bool

type Timer struct {
	C  <-chan Time
	c  chan Time
	f  func()
	id int64
}

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.id = startTimer(c, nil, d, 0)
	return t
}

func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.id = startTimer(nil, f, d, 0)
	return t
}

func After(d Duration) <-chan Time { return NewTimer(d).C }

func (t *Timer) Stop() bool { return stopTimer(t.id) }

func (t *Timer) Reset(d Duration) bool {
	if resetTimer(t.id, d, 0) {
		return true
	}
	t.id = startTimer(t.c, t.f, d, 0)
	return false
}

type Ticker struct {
	C  <-chan Time
	c  chan Time
	id int64
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c}
	t.id = startTimer(c, nil, d, d)
	return t
}

func (t *Ticker) Stop() { stopTimer(t.id) }

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if !resetTimer(t.id, d, d) {
		t.id = startTimer(t.c, nil, d, d)
	}
}

func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
)GO") + kTimeParsePrelude;

}  // namespace heapscope::stdlib
