// Channels: heap objects (ObjKind::Chan) with a ring buffer and two wait
// queues. The VM's SEND/RECV/SELECT/CLOSE instructions and the timers use
// them (vm/chan.cpp); inspect/ reads them for the heap graph.
//
// Invariants:
//  - buf holds at most cap elements, each an owned/counted Slot when the
//    element type is a reference or value type (elemKind != Scalar);
//  - sendq entries carry the value to send, counted like buffer slots;
//    recvq entries carry no value;
//  - a goroutine appears in a channel's queues only while it is Blocked on
//    that channel (a select appears once per case on that channel);
//  - the kind traverser lists buffer slots ("buffer[i]") and the values of
//    parked senders ("waiter send"), so refcounts and the audit are exact.
#pragma once
#include <cstdint>
#include <deque>

#include "heap/object.h"
#include "vm/goroutine.h"

namespace heapscope {

struct Goroutine;
struct Type;

struct ChanState {
  std::deque<Slot> buf;
  WaitQueue recvq, sendq;  // ChanWaiter lists (goroutine.h)
};

struct ChanObj : Object {
  const Type* elemType;
  SlotKind elemKind;
  bool closed;
  int64_t cap;
  ChanState* st;  // owned (allocated at creation, deleted by the finaliser)
};

// Registers the Chan kind hooks (idempotent).
void registerChanKind();

// len/cap of a channel object.
int64_t chanLen(Object* ch, bool cap);

}  // namespace heapscope
