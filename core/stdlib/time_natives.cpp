// Natives of package time: the virtual clock, Sleep and the timer queue
// (Vm::addTimer). Sleep parks the goroutine until its timer fires; the
// re-executed call then finds the wake-up recorded in Goroutine::park.
#include "stdlib/native_util.h"
#include "vm/vm.h"

namespace heapscope::stdlib {

namespace {

Vm& vmOf(NativeCall& c) { return static_cast<Vm&>(c.vm); }

uint64_t deadline(Vm& vm, int64_t d) { return d <= 0 ? vm.now() : vm.now() + static_cast<uint64_t>(d); }

NativeStatus timeNow(NativeCall& c) {
  Vm& vm = vmOf(c);
  uint64_t t = vm.now();
  retInt(c, 0, static_cast<int64_t>(t / 1000000000ull));
  retInt(c, 1, static_cast<int64_t>(t % 1000000000ull));
  retInt(c, 2, static_cast<int64_t>(t - Vm::kClockStart) + 1);
  return NativeStatus::Done;
}

NativeStatus timeSleep(NativeCall& c) {
  if (c.g.park.done) {  // our timer fired
    c.g.park = ParkState{};
    return NativeStatus::Done;
  }
  int64_t d = c.args[0].i;
  if (d <= 0) return NativeStatus::Done;
  Vm& vm = vmOf(c);
  vm.addTimer(Vm::TimerKind::Wake, deadline(vm, d), 0, &c.g, nullptr, nullptr);
  vm.park(c.g, "sleep");
  return NativeStatus::Block;
}

NativeStatus timeStartTimer(NativeCall& c) {
  Vm& vm = vmOf(c);
  Object* ch = c.args[0].ref;
  Object* fn = c.args[1].ref;
  int64_t d = c.args[2].i, period = c.args[3].i;
  Vm::TimerKind kind = ch ? Vm::TimerKind::SendTime : Vm::TimerKind::Call;
  int64_t id = vm.addTimer(kind, deadline(vm, d), period > 0 ? static_cast<uint64_t>(period) : 0, nullptr,
                           ch, ch ? nullptr : fn);
  retInt(c, 0, id);
  return NativeStatus::Done;
}

NativeStatus timeStopTimer(NativeCall& c) {
  retBool(c, 0, vmOf(c).stopTimer(c.args[0].i));
  return NativeStatus::Done;
}

NativeStatus timeResetTimer(NativeCall& c) {
  Vm& vm = vmOf(c);
  int64_t period = c.args[2].i;
  retBool(c, 0, vm.resetTimer(c.args[0].i, deadline(vm, c.args[1].i), period > 0 ? static_cast<uint64_t>(period) : 0));
  return NativeStatus::Done;
}

}  // namespace

void registerTimeNatives(NativeRegistry& r) {
  static constexpr NativeDef kNatives[] = {
      {"time.now", timeNow},
      {"time.Sleep", timeSleep},
      {"time.startTimer", timeStartTimer},
      {"time.stopTimer", timeStopTimer},
      {"time.resetTimer", timeResetTimer},
  };
  r.add(kNatives);
}

}  // namespace heapscope::stdlib
