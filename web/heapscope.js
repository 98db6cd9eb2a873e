// heapscope.js — page glue: configures the Emscripten Module for the GUI
// (heapscope_gui.js, loaded after this file) and exposes window.heapscope,
// the page's scripting API used by the browser tests:
//   heapscope.ready            true once the runtime and main() are up
//   heapscope.state()          {frame, status, steps, exitCode, line, file, console, stdout, stderr}
//   heapscope.examples()       names of the embedded examples
//   heapscope.loadExample(n)   true if found
//   heapscope.setSource(text, fileName)
//   heapscope.run() / pause() / resume() / step()
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  canvas.addEventListener('webglcontextlost', (e) => {
    alert('WebGL context lost; please reload the page.');
    e.preventDefault();
  }, false);

  let runtimeUp = false;
  const api = {
    // main() creates the App after the runtime is up, so ask the module.
    get ready() { return runtimeUp && Module.ccall('hs_ready', 'number', [], []) === 1; },
    state() { return api.ready ? JSON.parse(Module.ccall('hs_state', 'string', [], [])) : null; },
    examples() { return api.ready ? JSON.parse(Module.ccall('hs_examples', 'string', [], [])) : []; },
    loadExample(name) { return api.ready && Module.ccall('hs_load_example', 'number', ['string'], [name]) === 1; },
    setSource(text, fileName) { Module.ccall('hs_set_source', null, ['string', 'string'], [text, fileName || 'prog.go']); },
    run() { Module.ccall('hs_run', null, [], []); },
    pause() { Module.ccall('hs_pause', null, [], []); },
    resume() { Module.ccall('hs_resume', null, [], []); },
    step() { Module.ccall('hs_step', null, [], []); },
  };
  window.heapscope = api;

  window.Module = {
    canvas: canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.error(text),
    onRuntimeInitialized: () => {
      runtimeUp = true;
      const whenReady = () => {
        if (!api.ready) { requestAnimationFrame(whenReady); return; }
        const loading = document.getElementById('loading');
        if (loading) loading.remove();
        const params = new URLSearchParams(window.location.search);
        if (params.get('example')) api.loadExample(params.get('example'));
        if (params.get('run') === '1') api.run();
      };
      whenReady();
    },
  };
})();
