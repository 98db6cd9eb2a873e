// Go prelude of package context, written in Go over channels, sync.Mutex
// and time.AfterFunc. As in Go, a cancelable context stays registered in
// its parent until it is cancelled, so a forgotten cancel func is a visible
// retention in the heap view (parent.children -> child).
#include <string>

namespace heapscope::stdlib {

extern const std::string kContextPrelude = R"GO(package context

import (
	"errors"
	"sync"
	"time"
)

type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

var Canceled = errors.New("context canceled")

var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

type CancelFunc func()
type CancelCauseFunc func(cause error)

type emptyCtx struct{ name string }

func (*emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (*emptyCtx) Done() <-chan struct{}                   { return nil }
func (*emptyCtx) Err() error                              { return nil }
func (*emptyCtx) Value(key any) any                       { return nil }
func (e *emptyCtx) String() string                        { return e.name }

var background = &emptyCtx{"context.Background"}
var todo = &emptyCtx{"context.TODO"}

func Background() Context { return background }
func TODO() Context       { return todo }

// cancelCtx serves WithCancel, WithCancelCause, WithDeadline and WithTimeout.
type cancelCtx struct {
	parent      Context
	mu          sync.Mutex
	done        chan struct{}
	children    []*cancelCtx
	err         error
	cause       error
	deadline    time.Time
	hasDeadline bool
	timer       *time.Timer
	afterFuncs  []*afterFuncRec
	kind        string
}

type afterFuncRec struct {
	f       func()
	stopped bool
	started bool
}

func (c *cancelCtx) Deadline() (deadline time.Time, ok bool) {
	if c.hasDeadline {
		return c.deadline, true
	}
	return c.parent.Deadline()
}

func (c *cancelCtx) Done() <-chan struct{} { return c.done }

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	err := c.err
	c.mu.Unlock()
	return err
}

func (c *cancelCtx) Value(key any) any { return c.parent.Value(key) }

func contextName(c Context) string {
	if s, ok := c.(interface{ String() string }); ok {
		return s.String()
	}
	return "context"
}

func (c *cancelCtx) String() string {
	if c.hasDeadline {
		return contextName(c.parent) + ".WithDeadline(" + c.deadline.String() + " [" + time.Until(c.deadline).String() + "])"
	}
	return contextName(c.parent) + "." + c.kind
}

// nearest cancelCtx ancestor (through value contexts)
func parentCancelCtx(parent Context) *cancelCtx {
	for {
		switch p := parent.(type) {
		case *cancelCtx:
			return p
		case *valueCtx:
			parent = p.parent
		case *withoutCancelCtx:
			return nil
		default:
			return nil
		}
	}
}

func newCancelCtx(parent Context, kind string) *cancelCtx {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := &cancelCtx{parent: parent, done: make(chan struct{}), kind: kind}
	c.propagate()
	return c
}

// propagate registers c with its parent so that cancelling the parent
// cancels c (Go's propagateCancel).
func (c *cancelCtx) propagate() {
	done := c.parent.Done()
	if done == nil {
		return
	}
	if p := parentCancelCtx(c.parent); p != nil {
		p.mu.Lock()
		if p.err != nil {
			err, cause := p.err, p.cause
			p.mu.Unlock()
			c.cancel(false, err, cause)
			return
		}
		p.children = append(p.children, c)
		p.mu.Unlock()
		return
	}
	parent := c.parent
	go func() {
		select {
		case <-done:
			c.cancel(false, parent.Err(), Cause(parent))
		case <-c.done:
		}
	}()
}

func (c *cancelCtx) removeChild(child *cancelCtx) {
	c.mu.Lock()
	for i, x := range c.children {
		if x == child {
			c.children = append(c.children[:i:i], c.children[i+1:]...)
			break
		}
	}
	c.mu.Unlock()
}

func (c *cancelCtx) cancel(removeFromParent bool, err, cause error) {
	if cause == nil {
		cause = err
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return
	}
	c.err = err
	c.cause = cause
	close(c.done)
	children := c.children
	c.children = nil
	funcs := c.afterFuncs
	c.afterFuncs = nil
	c.mu.Unlock()
	for _, child := range children {
		child.cancel(false, err, cause)
	}
	if removeFromParent {
		if p := parentCancelCtx(c.parent); p != nil {
			p.removeChild(c)
		}
	}
	if c.timer != nil {
		c.timer.Stop()
	}
	for _, a := range funcs {
		if !a.stopped {
			a.started = true
			go a.f()
		}
	}
}

func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := newCancelCtx(parent, "WithCancel")
	return c, func() { c.cancel(true, Canceled, nil) }
}

func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	c := newCancelCtx(parent, "WithCancel")
	return c, func(cause error) { c.cancel(true, Canceled, cause) }
}

func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return WithDeadlineCause(parent, d, nil)
}

func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		return WithCancel(parent)
	}
	c := &cancelCtx{parent: parent, done: make(chan struct{}), deadline: d, hasDeadline: true, kind: "WithDeadline"}
	c.propagate()
	dur := time.Until(d)
	if dur <= 0 {
		c.cancel(true, DeadlineExceeded, cause)
		return c, func() { c.cancel(false, Canceled, nil) }
	}
	c.mu.Lock()
	if c.err == nil {
		c.timer = time.AfterFunc(dur, func() { c.cancel(true, DeadlineExceeded, cause) })
	}
	c.mu.Unlock()
	return c, func() { c.cancel(true, Canceled, nil) }
}

func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	return WithDeadlineCause(parent, time.Now().Add(timeout), cause)
}

// Cause: why c was cancelled (the cause given to a CancelCauseFunc, or Err()).
func Cause(c Context) error {
	for {
		switch p := c.(type) {
		case *cancelCtx:
			p.mu.Lock()
			cause := p.cause
			p.mu.Unlock()
			return cause
		case *valueCtx:
			c = p.parent
		default:
			return c.Err()
		}
	}
}

// AfterFunc arranges to call f in its own goroutine after ctx is done.
func AfterFunc(ctx Context, f func()) (stop func() bool) {
	rec := &afterFuncRec{f: f}
	if p := parentCancelCtx(ctx); p != nil {
		p.mu.Lock()
		if p.err != nil {
			p.mu.Unlock()
			rec.started = true
			go f()
		} else {
			p.afterFuncs = append(p.afterFuncs, rec)
			p.mu.Unlock()
		}
		return func() bool {
			p.mu.Lock()
			defer p.mu.Unlock()
			if rec.started || rec.stopped {
				return false
			}
			rec.stopped = true
			return true
		}
	}
	stopCh := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
			rec.started = true
			f()
		case <-stopCh:
		}
	}()
	return func() bool {
		if rec.started || rec.stopped {
			return false
		}
		rec.stopped = true
		close(stopCh)
		return true
	}
}

type valueCtx struct {
	parent   Context
	key, val any
}

func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	return &valueCtx{parent, key, val}
}

func (c *valueCtx) Deadline() (deadline time.Time, ok bool) { return c.parent.Deadline() }
func (c *valueCtx) Done() <-chan struct{}                   { return c.parent.Done() }
func (c *valueCtx) Err() error                              { return c.parent.Err() }

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return c.parent.Value(key)
}

// As Go 1.21+: context.Background.WithValue(key, value), a key or value
// shown by its String method, itself if a string, else its type's name.
func (c *valueCtx) String() string {
	return contextName(c.parent) + ".WithValue(" + stringify(c.key) + ", " + stringify(c.val) + ")"
}

func stringify(v any) string {
	switch s := v.(type) {
	case interface{ String() string }:
		return s.String()
	case string:
		return s
	case nil:
		return "<nil>"
	}
	return typeName(v)
}

// The dynamic type of v as %T spells it (native; Go uses reflectlite).
func typeName(v any) string

type withoutCancelCtx struct{ parent Context }

func WithoutCancel(parent Context) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	return &withoutCancelCtx{parent}
}

func (withoutCancelCtx) Deadline() (deadline time.Time, ok bool) { return }
func (withoutCancelCtx) Done() <-chan struct{}                   { return nil }
func (withoutCancelCtx) Err() error                              { return nil }
func (c withoutCancelCtx) Value(key any) any                     { return c.parent.Value(key) }
func (c withoutCancelCtx) String() string                        { return contextName(c.parent) + ".WithoutCancel" }
)GO";

}  // namespace heapscope::stdlib
