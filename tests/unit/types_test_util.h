// Shared test helpers for the checker tests: minimal stub preludes (only
// declarations; the real ones live in core/stdlib) and a check() helper.
#pragma once
#include <map>
#include <memory>
#include <string>

#include "syntax/parser.h"
#include "types/checker.h"

namespace heapscope::testing_types {

inline const std::map<std::string, std::string>& stubPreludes() {
  static const std::map<std::string, std::string> m = {
    {"context", R"GO(package context

import "time"

type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

type CancelFunc func()

func Background() Context
func TODO() Context
func WithCancel(parent Context) (ctx Context, cancel CancelFunc)
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc)
func WithValue(parent Context, key, val any) Context
)GO"},
    {"errors", R"GO(package errors

func New(text string) error
func Is(err, target error) bool
func As(err error, target any) bool
func Unwrap(err error) error
)GO"},
    {"fmt", R"GO(package fmt

type Stringer interface {
	String() string
}

func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Errorf(format string, a ...any) error
)GO"},
    {"math", R"GO(package math

const (
	Pi      = 3.14159265358979323846264338327950288419716939937510582097494459
	E       = 2.71828182845904523536028747135266249775724709369995957496696763
	MaxInt64 = 1<<63 - 1
	MinInt64 = -1 << 63
	MaxInt32 = 1<<31 - 1
	MinInt32 = -1 << 31
	MaxInt  = 1<<63 - 1
	MinInt  = -1 << 63
	MaxUint32 = 1<<32 - 1
	MaxInt8 = 1<<7 - 1
	MaxUint8 = 1<<8 - 1
	MaxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
	MaxUint64 = 1<<64 - 1
)

func Sqrt(x float64) float64
func Abs(x float64) float64
func Floor(x float64) float64
func Ceil(x float64) float64
func Pow(x, y float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
func Inf(sign int) float64
func IsNaN(f float64) bool
func IsInf(f float64, sign int) bool
func NaN() float64
func Mod(x, y float64) float64
func Log(x float64) float64
func Exp(x float64) float64
func Sin(x float64) float64
func Cos(x float64) float64
func Trunc(x float64) float64
func Round(x float64) float64
func Float64bits(f float64) uint64
)GO"},
    {"os", R"GO(package os

func Exit(code int)

var Args []string
)GO"},
    {"sort", R"GO(package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Sort(data Interface)
func Stable(data Interface)
func Ints(x []int)
func Strings(x []string)
func Float64s(x []float64)
func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func Search(n int, f func(int) bool) int
func SearchInts(a []int, x int) int

type IntSlice []int

func (x IntSlice) Len() int
func (x IntSlice) Less(i, j int) bool
func (x IntSlice) Swap(i, j int)

type StringSlice []string

func (x StringSlice) Len() int
func (x StringSlice) Less(i, j int) bool
func (x StringSlice) Swap(i, j int)

func Reverse(data Interface) Interface
)GO"},
    {"strconv", R"GO(package strconv

func Itoa(i int) string
func Atoi(s string) (int, error)
func ParseInt(s string, base int, bitSize int) (int64, error)
func ParseFloat(s string, bitSize int) (float64, error)
func ParseBool(str string) (bool, error)
func FormatInt(i int64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func Quote(s string) string
)GO"},
    {"strings", R"GO(package strings

type Builder struct {
	buf []byte
}

func (b *Builder) WriteString(s string) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) String() string
func (b *Builder) Len() int
func (b *Builder) Reset()

func Contains(s, substr string) bool
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func Join(elems []string, sep string) string
func Split(s, sep string) []string
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func ToUpper(s string) string
func ToLower(s string) string
func TrimSpace(s string) string
func Trim(s, cutset string) string
func Fields(s string) []string
func NewReader(s string) *Reader

type Reader struct{ s string }

func (r *Reader) Len() int
)GO"},
    {"sync", R"GO(package sync

type Mutex struct{ state int32 }

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

type RWMutex struct{ w Mutex }

func (m *RWMutex) Lock()
func (m *RWMutex) Unlock()
func (m *RWMutex) RLock()
func (m *RWMutex) RUnlock()

type WaitGroup struct{ n int64 }

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

type Once struct {
	done bool
	m    Mutex
}

func (o *Once) Do(f func())

type Locker interface {
	Lock()
	Unlock()
}

type Cond struct {
	L Locker
}

func NewCond(l Locker) *Cond
func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()

type Map struct{ m map[any]any }

func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) Store(key, value any)
func (m *Map) Delete(key any)
func (m *Map) Range(f func(key, value any) bool)
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)

type Pool struct {
	New func() any
}

func (p *Pool) Get() any
func (p *Pool) Put(x any)
)GO"},
    {"sync/atomic", R"GO(package atomic

func AddInt32(addr *int32, delta int32) (new int32)
func AddInt64(addr *int64, delta int64) (new int64)
func LoadInt32(addr *int32) (val int32)
func LoadInt64(addr *int64) (val int64)
func StoreInt32(addr *int32, val int32)
func StoreInt64(addr *int64, val int64)
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

type Int64 struct{ v int64 }

func (x *Int64) Load() int64
func (x *Int64) Store(val int64)
func (x *Int64) Add(delta int64) (new int64)

type Int32 struct{ v int32 }

func (x *Int32) Load() int32
func (x *Int32) Add(delta int32) (new int32)

type Value struct{ v any }

func (v *Value) Load() (val any)
func (v *Value) Store(val any)
)GO"},
    {"time", R"GO(package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

type Month int

const (
	January Month = 1 + iota
	February
	March
)

type Time struct {
	ns int64
}

type Location struct{ name string }

var UTC *Location = &Location{"UTC"}
var Local *Location = &Location{"Local"}

func (d Duration) String() string
func (d Duration) Seconds() float64
func (d Duration) Milliseconds() int64
func (t Time) String() string
func (t Time) Sub(u Time) Duration
func (t Time) Add(d Duration) Time
func (t Time) Unix() int64
func (t Time) UnixNano() int64
func (t Time) Year() int
func (t Time) Before(u Time) bool
func (t Time) After(u Time) bool
func (t Time) Equal(u Time) bool
func (t Time) IsZero() bool
func Now() Time
func Since(t Time) Duration
func Sleep(d Duration)
func After(d Duration) <-chan Time
func Tick(d Duration) <-chan Time
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time
func Unix(sec int64, nsec int64) Time

type Timer struct {
	C <-chan Time
}

func NewTimer(d Duration) *Timer
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool
func AfterFunc(d Duration, f func()) *Timer

type Ticker struct {
	C <-chan Time
}

func NewTicker(d Duration) *Ticker
func (t *Ticker) Stop()
)GO"},
    {"unicode/utf8", R"GO(package utf8

const RuneError = '\uFFFD'
const UTFMax = 4

func RuneCountInString(s string) (n int)
func RuneLen(r rune) int
func DecodeRuneInString(s string) (rune, int)
func ValidString(s string) bool
)GO"},
  };
  return m;
}

struct Checked {
  std::unique_ptr<File> file;
  std::unique_ptr<TypeTable> types;
  CheckResult result;
  std::string first() const { return result.diagnostics.empty() ? "" : result.diagnostics[0].format(); }
};

inline Checked check(const std::string& src) {
  Checked c;
  c.types = std::make_unique<TypeTable>();
  std::vector<SyntaxError> errs;
  c.file = parseFileOwned(src, "prog.go", errs);
  if (!c.file) {
    CheckDiag d;
    d.file = "prog.go";
    if (!errs.empty()) { d.line = errs[0].line; d.col = errs[0].col; d.message = errs[0].message; }
    c.result.diagnostics.push_back(d);
    return c;
  }
  c.result = checkProgram(c.file.get(), *c.types, [](const std::string& p) -> const std::string* {
    auto it = stubPreludes().find(p);
    return it == stubPreludes().end() ? nullptr : &it->second;
  });
  return c;
}

}  // namespace heapscope::testing_types
