// Go prelude of package runtime: goroutine count, Gosched, GC (our cycle
// collector), MemStats from our own heap, and goroutine dumps (Stack).
#include <string>

namespace heapscope::stdlib {

extern const std::string kRuntimePrelude = R"GO(package runtime

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

func NumGoroutine() int
func Gosched()
func GC()
func Stack(buf []byte, all bool) int
func ReadMemStats(m *MemStats)

func NumCPU() int              { return 1 }
func GOMAXPROCS(n int) int     { return 1 }
func Version() string          { return "go1.22" }
func KeepAlive(x any)          {}
func NumCgoCall() int64        { return 0 }
func GOROOT() string           { return "/usr/local/go" }

// MemStats: the fields heapscope computes from its heap (others stay 0).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
}
)GO";

}  // namespace heapscope::stdlib
