// Go preludes of packages sync and sync/atomic. Blocking operations (Lock,
// Wait, ...) are natives that park the goroutine on a VM wait queue keyed
// by the object (sync_natives.cpp); everything else is Go. Atomic
// read-modify-write sequences run "pinned" (no preemption in between).
#include <string>

namespace heapscope::stdlib {

extern const std::string kSyncPrelude = R"GO(package sync

type Locker interface {
	Lock()
	Unlock()
}

// Mutex: state is 1 while locked; waiters park on the mutex itself.
type Mutex struct {
	state int32
	sema  uint32
}

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

// RWMutex: w = a writer holds it, readers = active readers, pendingWriters
// = writers waiting (new readers wait behind them, as in Go).
type RWMutex struct {
	w              int32
	readers        int32
	pendingWriters int32
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool

type rlocker struct{ rw *RWMutex }

func (r *rlocker) Lock()   { r.rw.RLock() }
func (r *rlocker) Unlock() { r.rw.RUnlock() }

func (rw *RWMutex) RLocker() Locker { return &rlocker{rw} }

type WaitGroup struct {
	n       int64
	waiters int32
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

type Once struct {
	done bool
	m    Mutex
}

func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer o.setDone()
		f()
	}
}

func (o *Once) setDone() { o.done = true }

func OnceFunc(f func()) func() {
	var once Once
	return func() { once.Do(f) }
}

func OnceValue[T any](f func() T) func() T {
	var once Once
	var v T
	return func() T {
		once.Do(func() { v = f() })
		return v
	}
}

func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var once Once
	var v1 T1
	var v2 T2
	return func() (T1, T2) {
		once.Do(func() { v1, v2 = f() })
		return v1, v2
	}
}

// Cond: tickets in arrival order; Signal wakes the oldest waiter.
type Cond struct {
	L      Locker
	wait   uint32
	notify uint32
}

func NewCond(l Locker) *Cond { return &Cond{L: l} }

func (c *Cond) Wait() {
	t := runtime_notifyListAdd(c)
	c.L.Unlock()
	runtime_notifyListWait(c, t)
	c.L.Lock()
}

// Named as Go's runtime hooks, so a dump of a waiting goroutine shows the
// same frames as Go's: sync.runtime_notifyListWait, sync.(*Cond).Wait.
func runtime_notifyListAdd(c *Cond) uint32
func runtime_notifyListWait(c *Cond, t uint32)
func (c *Cond) Signal()
func (c *Cond) Broadcast()

// Map: a map guarded by a mutex (same API and semantics as Go's).
type Map struct {
	mu   Mutex
	m    map[any]any
	keys []any
}

func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return
}

func (m *Map) Store(key, value any) {
	m.mu.Lock()
	m.store(key, value)
	m.mu.Unlock()
}

func (m *Map) store(key, value any) {
	if m.m == nil {
		m.m = map[any]any{}
	}
	if _, ok := m.m[key]; !ok {
		m.keys = append(m.keys, key)
	}
	m.m[key] = value
}

func (m *Map) delete(key any) {
	if _, ok := m.m[key]; !ok {
		return
	}
	delete(m.m, key)
	for i, k := range m.keys {
		if k == key {
			m.keys = append(m.keys[:i:i], m.keys[i+1:]...)
			break
		}
	}
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.store(key, value)
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	m.delete(key)
	return
}

func (m *Map) Delete(key any) {
	m.mu.Lock()
	m.delete(key)
	m.mu.Unlock()
}

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	m.store(key, value)
	return
}

func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		m.delete(key)
		return true
	}
	return false
}

// Range visits a snapshot in insertion order; f may modify the map.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := append([]any(nil), m.keys...)
	m.mu.Unlock()
	for _, k := range keys {
		v, ok := m.Load(k)
		if !ok {
			continue
		}
		if !f(k, v) {
			break
		}
	}
}

func (m *Map) Clear() {
	m.mu.Lock()
	m.m = nil
	m.keys = nil
	m.mu.Unlock()
}

// Pool keeps put objects until they are taken again (no GC clearing, so
// what it holds stays visible in the heap view).
type Pool struct {
	New   func() any
	mu    Mutex
	items []any
}

func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}
)GO";

extern const std::string kAtomicPrelude = R"GO(package atomic

// pin/unpin: no preemption in between (the VM runs one goroutine at a
// time, so a pinned read-modify-write is atomic).
func pin()
func unpin()

func AddInt32(addr *int32, delta int32) (new int32) {
	pin()
	*addr += delta
	new = *addr
	unpin()
	return
}

func AddInt64(addr *int64, delta int64) (new int64) {
	pin()
	*addr += delta
	new = *addr
	unpin()
	return
}

func AddUint32(addr *uint32, delta uint32) (new uint32) {
	pin()
	*addr += delta
	new = *addr
	unpin()
	return
}

func AddUint64(addr *uint64, delta uint64) (new uint64) {
	pin()
	*addr += delta
	new = *addr
	unpin()
	return
}

func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) {
	pin()
	*addr += delta
	new = *addr
	unpin()
	return
}

func LoadInt32(addr *int32) int32       { return *addr }
func LoadInt64(addr *int64) int64       { return *addr }
func LoadUint32(addr *uint32) uint32    { return *addr }
func LoadUint64(addr *uint64) uint64    { return *addr }
func LoadUintptr(addr *uintptr) uintptr { return *addr }

func StoreInt32(addr *int32, val int32)       { *addr = val }
func StoreInt64(addr *int64, val int64)       { *addr = val }
func StoreUint32(addr *uint32, val uint32)    { *addr = val }
func StoreUint64(addr *uint64, val uint64)    { *addr = val }
func StoreUintptr(addr *uintptr, val uintptr) { *addr = val }

func SwapInt32(addr *int32, new int32) (old int32) {
	pin()
	old = *addr
	*addr = new
	unpin()
	return
}

func SwapInt64(addr *int64, new int64) (old int64) {
	pin()
	old = *addr
	*addr = new
	unpin()
	return
}

func SwapUint32(addr *uint32, new uint32) (old uint32) {
	pin()
	old = *addr
	*addr = new
	unpin()
	return
}

func SwapUint64(addr *uint64, new uint64) (old uint64) {
	pin()
	old = *addr
	*addr = new
	unpin()
	return
}

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	pin()
	if *addr == old {
		*addr = new
		swapped = true
	}
	unpin()
	return
}

func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	pin()
	if *addr == old {
		*addr = new
		swapped = true
	}
	unpin()
	return
}

func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	pin()
	if *addr == old {
		*addr = new
		swapped = true
	}
	unpin()
	return
}

func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	pin()
	if *addr == old {
		*addr = new
		swapped = true
	}
	unpin()
	return
}

type Int32 struct{ v int32 }

func (x *Int32) Load() int32           { return x.v }
func (x *Int32) Store(val int32)       { x.v = val }
func (x *Int32) Swap(new int32) int32  { return SwapInt32(&x.v, new) }
func (x *Int32) Add(delta int32) int32 { return AddInt32(&x.v, delta) }
func (x *Int32) CompareAndSwap(old, new int32) bool {
	return CompareAndSwapInt32(&x.v, old, new)
}

type Int64 struct{ v int64 }

func (x *Int64) Load() int64           { return x.v }
func (x *Int64) Store(val int64)       { x.v = val }
func (x *Int64) Swap(new int64) int64  { return SwapInt64(&x.v, new) }
func (x *Int64) Add(delta int64) int64 { return AddInt64(&x.v, delta) }
func (x *Int64) CompareAndSwap(old, new int64) bool {
	return CompareAndSwapInt64(&x.v, old, new)
}

type Uint32 struct{ v uint32 }

func (x *Uint32) Load() uint32            { return x.v }
func (x *Uint32) Store(val uint32)        { x.v = val }
func (x *Uint32) Swap(new uint32) uint32  { return SwapUint32(&x.v, new) }
func (x *Uint32) Add(delta uint32) uint32 { return AddUint32(&x.v, delta) }
func (x *Uint32) CompareAndSwap(old, new uint32) bool {
	return CompareAndSwapUint32(&x.v, old, new)
}

type Uint64 struct{ v uint64 }

func (x *Uint64) Load() uint64            { return x.v }
func (x *Uint64) Store(val uint64)        { x.v = val }
func (x *Uint64) Swap(new uint64) uint64  { return SwapUint64(&x.v, new) }
func (x *Uint64) Add(delta uint64) uint64 { return AddUint64(&x.v, delta) }
func (x *Uint64) CompareAndSwap(old, new uint64) bool {
	return CompareAndSwapUint64(&x.v, old, new)
}

type Bool struct{ v bool }

func (x *Bool) Load() bool      { return x.v }
func (x *Bool) Store(val bool)  { x.v = val }
func (x *Bool) Swap(new bool) (old bool) {
	pin()
	old = x.v
	x.v = new
	unpin()
	return
}
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	pin()
	if x.v == old {
		x.v = new
		swapped = true
	}
	unpin()
	return
}

type Pointer[T any] struct{ v *T }

func (x *Pointer[T]) Load() *T     { return x.v }
func (x *Pointer[T]) Store(val *T) { x.v = val }
func (x *Pointer[T]) Swap(new *T) (old *T) {
	pin()
	old = x.v
	x.v = new
	unpin()
	return
}
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	pin()
	if x.v == old {
		x.v = new
		swapped = true
	}
	unpin()
	return
}

type Value struct {
	v any
}

func (v *Value) Load() (val any) { return v.v }

func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	pin()
	v.v = val
	unpin()
}

func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	pin()
	old = v.v
	v.v = new
	unpin()
	return
}

func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	pin()
	if v.v == old {
		v.v = new
		swapped = true
	}
	unpin()
	return
}
)GO";

}  // namespace heapscope::stdlib
