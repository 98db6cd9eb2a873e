#!/usr/bin/env node
// heapscope-node.js — the `heapscope` CLI running on the WebAssembly build of
// the core, under node:  node heapscope-node.js run [flags] prog.go [args...]
// Program output goes to fds 1/2 synchronously (in order, unbuffered) and the
// process exits with the program's exit code, as the native CLI does.
'use strict';
const fs = require('fs');
const path = require('path');

// V8 flags, set before the module is compiled (docs/PERFORMANCE.md):
const v8 = require('v8');
// V8 compiles wasm lazily with its baseline compiler (Liftoff) and recompiles
// a function with TurboFan once it has run "tiering budget" bytes (default
// 1.8 MB). At that budget the parser, checker and compiler functions that
// check the stdlib preludes at start-up all tier up: ~0.3 s of background
// TurboFan work for a hello world that then runs for a few ms, competing with
// the main thread on small machines. At 100 MB only functions that stay hot
// tier up (Vm::execute after a few thousand Go instructions, the allocator,
// map hashing). hello in node: 0.47 -> 0.13 s of CPU.
v8.setFlagsFromString('--wasm-tiering-budget=100000000');
// A function body is validated when it is first compiled, not all 2 600 of
// them when the module is (it comes from our own build; later V8 versions
// do this by default): the module's compile 11-17 -> 9-11 ms.
v8.setFlagsFromString('--wasm-lazy-validation');
// The build marks the functions every program needs before its first line
// (web/compile_hints.py) so that V8 compiles them with the module on all
// cores rather than one by one on first call (hello.go: ~15 ms less). An
// experimental flag: set only for the V8 version it was measured on (node
// 20's 11.x); elsewhere the module's hints section is ignored.
if (/^11\./.test(process.versions.v8)) v8.setFlagsFromString('--experimental-wasm-compilation-hints');

const here = __dirname;
const createHeapscopeCore = require(path.join(here, 'heapscope_core.js'));

function writeAll(fd, bytes) {
  let off = 0;
  while (off < bytes.length) {
    try {
      off += fs.writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      if (e.code === 'EAGAIN') continue;  // non-blocking pipe is full: retry
      if (e.code === 'EPIPE') return;
      throw e;
    }
  }
}

function readFile(p) {
  try {
    return new Uint8Array(fs.readFileSync(p));
  } catch (e) {
    return null;
  }
}

// Compiled and instantiated synchronously: node allows it at any size, and it
// skips the promise round trips of emscripten's asynchronous path (3-4 ms of
// a short program's run, bench/). V8 still compiles function bodies lazily.
function instantiateWasm(imports, done) {
  let module, instance;
  try {
    module = new WebAssembly.Module(fs.readFileSync(path.join(here, 'heapscope_core.wasm')));
    instance = new WebAssembly.Instance(module, imports);
  } catch (err) {  // emscripten would only log it and never settle
    cannotLoad(err);
  }
  done(instance, module);
  return {};
}

function cannotLoad(err) {
  writeAll(2, Buffer.from('heapscope: cannot load the WebAssembly core: ' + err + '\n'));
  process.exit(1);
}

createHeapscopeCore({
  instantiateWasm,
  hsWrite: writeAll,
  hsReadFile: readFile,
  print: (s) => writeAll(1, Buffer.from(s + '\n')),
  printErr: (s) => writeAll(2, Buffer.from(s + '\n')),
}).then((mod) => {
  const words = process.argv.slice(2);
  const blob = Buffer.concat(words.map((w) => Buffer.concat([Buffer.from(w, 'utf8'), Buffer.from([0])])));
  const ptr = mod._malloc(blob.length + 1);
  mod.HEAPU8.set(blob, ptr);
  const code = mod.ccall('hs_cli_main', 'number', ['number', 'number'], [ptr, blob.length]);
  mod._free(ptr);
  // Exit now: output was written synchronously, and waiting for node to wind
  // down cost 100-150 ms a run (bench/). process.exit() still waits for a
  // TurboFan job that is running (V8's platform joins its workers): up to
  // ~35 ms of a short program's end. Calling C exit() instead (WASI's
  // proc_exit) skipped that wait but raced the running job against static
  // destructors: node died with SIGSEGV now and then
  // (tests/go/concurrency/preemption_busy_loop.go), so it is not done.
  process.exit(code);
}, cannotLoad);
