// heapscope.js — page glue: configures the Emscripten Module for the GUI
// (heapscope_gui.js, loaded after this file) and exposes window.heapscope,
// the page's scripting API used by the browser tests:
//   heapscope.ready            true once the runtime and main() are up
//   heapscope.state()          {frame, status, steps, ..., heap, goroutines, selection, whyAlive, graph, leaks}
//   heapscope.examples()       names of the embedded examples
//   heapscope.loadExample(n)   true if found
//   heapscope.setSource(text, fileName) / source() / fileName()
//   heapscope.run() / pause() / resume() / restart()
//   heapscope.stepInto() (= step()) / stepOver() / stepOut()   by source line
//   heapscope.stepBack() / seek(step)   time travel (replays the run; state().seeking while it runs)
//   heapscope.toggleBreakpoint(line)
//   heapscope.pauseAt(steps) / setStepsPerFrame(n) / setBreakpoints([line, ...])
//   heapscope.select(query)    "#id", a Go type, "func:line" or a function; true if found
//   heapscope.whyAlive()       show the selection's retainer path
//   heapscope.capture()        take a heap snapshot now
//   heapscope.gcNow()          free garbage now, as runtime.GC (state().gc says how much)
//   heapscope.setSeed(n)       scheduler / select seed of the next run (state().seed, nextSeed)
//   heapscope.setTheme('light'|'dark')
//   heapscope.setZoom(1|1.25|1.5|2)  presenter zoom (state().view: zoom, framebufferScale = devicePixelRatio, fontPixels)
//   heapscope.showTab('console'|'summary'|'leaks'|'timeline')
//   heapscope.shareLink()      Promise<string>: this page's URL with the program in the fragment
//   heapscope.share()          makes the link, puts it in the address bar and the clipboard
//   heapscope.version()        "heapscope 0.1.0 (git abc1234)" (also state().version and the page title)
//   heapscope.download()       saves the editor text as <fileName> (a Blob through <a download>)
//   heapscope.upload()         opens the file picker (#upload); the chosen file replaces the editor text
//
// Persistence: the program travels in the URL fragment (#go=<base64url of
// raw DEFLATE of the UTF-8 text>, name in &name=), and the editor's text is
// autosaved to localStorage every second. On load: a #go= fragment wins, then
// ?example=, then the autosaved text. Theme and presenter zoom are kept in
// localStorage "heapscope.settings.v1" by the module itself (ui_settings.cpp).
// The canvas is drawn at device pixels (devicePixelRatio), fonts rasterised
// for them.
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  canvas.addEventListener('webglcontextlost', (e) => {
    alert('WebGL context lost; please reload the page.');
    e.preventDefault();
  }, false);

  const AUTOSAVE_KEY = 'heapscope.autosave.v1';
  const AUTOSAVE_MS = 1000;

  // ---- share-link encoding (CompressionStream: raw DEFLATE, no library)
  function toBase64Url(bytes) {
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function fromBase64Url(text) {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  }
  async function pipe(bytes, stream) {
    const out = new Blob([bytes]).stream().pipeThrough(stream);
    return new Uint8Array(await new Response(out).arrayBuffer());
  }
  async function encodeProgram(text) {
    return toBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
  }
  async function decodeProgram(encoded) {
    return new TextDecoder().decode(await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw')));
  }
  function fragmentProgram() {
    const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    const go = params.get('go');
    return go ? { encoded: go, name: params.get('name') || 'prog.go' } : null;
  }

  let runtimeUp = false;
  const call = (name, ret, types, args) => Module.ccall(name, ret, types || [], args || []);
  const api = {
    // main() creates the App after the runtime is up, so ask the module.
    get ready() { return runtimeUp && call('hs_ready', 'number') === 1; },
    state() { return api.ready ? JSON.parse(call('hs_state', 'string')) : null; },
    examples() { return api.ready ? JSON.parse(call('hs_examples', 'string')) : []; },
    loadExample(name) { return api.ready && call('hs_load_example', 'number', ['string'], [name]) === 1; },
    setSource(text, fileName) { call('hs_set_source', null, ['string', 'string'], [text, fileName || 'prog.go']); },
    source() { return call('hs_source', 'string'); },
    fileName() { return call('hs_file_name', 'string'); },
    run() { call('hs_run', null); },
    pause() { call('hs_pause', null); },
    resume() { call('hs_resume', null); },
    step() { call('hs_step', null); },
    stepInto() { call('hs_step', null); },
    stepOver() { call('hs_step_over', null); },
    stepOut() { call('hs_step_out', null); },
    stepBack() { call('hs_step_back', null); },
    seek(step) { call('hs_seek', null, ['number'], [step]); },
    restart() { call('hs_restart', null); },
    toggleBreakpoint(line) { call('hs_toggle_breakpoint', null, ['number'], [line]); },
    pauseAt(steps) { call('hs_pause_at', null, ['number'], [steps]); },
    setStepsPerFrame(n) { call('hs_set_steps_per_frame', null, ['number'], [n]); },
    setBreakpoints(lines) { call('hs_set_breakpoints', null, ['string'], [lines.join(',')]); },
    select(query) { return call('hs_select', 'number', ['string'], [query]) === 1; },
    whyAlive() { call('hs_why_alive', null); },
    capture() { call('hs_capture', null); },
    gcNow() { call('hs_gc_now', null); },
    setSeed(n) { call('hs_set_seed', null, ['number'], [n]); },
    setTheme(name) { call('hs_set_theme', null, ['string'], [name]); },
    setZoom(zoom) { call('hs_set_zoom', null, ['number'], [zoom]); },
    showTab(name) { return call('hs_show_tab', 'number', ['string'], [name]) === 1; },
    async shareLink() {
      const params = new URLSearchParams();
      params.set('go', await encodeProgram(api.source()));
      params.set('name', api.fileName());
      const base = window.location.href.replace(/#.*$/, '');
      return base + '#' + params.toString();
    },
    async share() {
      const link = await api.shareLink();
      history.replaceState(null, '', link);
      sharedText = api.source();
      try { await navigator.clipboard.writeText(link); } catch (_) { /* no clipboard permission: the address bar has it */ }
      return link;
    },
  };
  // ---- files: Download .go / Upload .go (the toolbar's buttons call these)
  api.version = () => (api.ready ? api.state().version : '');
  api.download = () => {
    let name = api.fileName() || 'prog.go';
    if (!/\.go$/.test(name)) name += '.go';
    const url = URL.createObjectURL(new Blob([api.source()], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);  // the download has its own copy by then
    return name;
  };
  const uploadInput = document.getElementById('upload');
  api.upload = () => { uploadInput.click(); };
  uploadInput.addEventListener('change', async () => {
    const file = uploadInput.files && uploadInput.files[0];
    uploadInput.value = '';  // choosing the same file again fires another change
    if (!file) return;
    try {
      // Read it all first: the editor text is replaced only once that worked.
      const text = await file.text();
      api.setSource(text, file.name);
    } catch (e) {
      console.error('heapscope: cannot read ' + file.name + ': ' + e);
    }
  });
  window.heapscope = api;

  // ---- autosave: keep the editor's text in localStorage while it changes
  let lastSaved = null;
  let sharedText = null;  // the program the URL fragment carries, once loaded
  function autosave() {
    if (!api.ready) return;
    const text = api.source();
    if (text === lastSaved) return;
    if (sharedText !== null && text !== sharedText) {
      // Edited after opening a link: drop the fragment so a reload shows the
      // edits (from the autosave), not the link's original program.
      history.replaceState(null, '', window.location.href.replace(/#.*$/, ''));
      sharedText = null;
    }
    try {
      localStorage.setItem(AUTOSAVE_KEY, JSON.stringify({ name: api.fileName(), text: text }));
      lastSaved = text;
    } catch (_) { /* storage full or disabled: nothing to do */ }
  }
  function restoreAutosave() {
    try {
      const saved = JSON.parse(localStorage.getItem(AUTOSAVE_KEY) || 'null');
      if (saved && typeof saved.text === 'string') {
        api.setSource(saved.text, saved.name || 'prog.go');
        lastSaved = saved.text;
        return true;
      }
    } catch (_) { /* unreadable: ignore */ }
    return false;
  }

  async function startup() {
    const loading = document.getElementById('loading');
    if (loading) loading.remove();
    document.title = api.version();
    const params = new URLSearchParams(window.location.search);
    const shared = fragmentProgram();
    if (shared) {
      try {
        sharedText = await decodeProgram(shared.encoded);
        api.setSource(sharedText, shared.name);
      } catch (e) {
        console.error('heapscope: cannot read the program in the link: ' + e);
      }
    } else if (params.get('example')) {
      api.loadExample(params.get('example'));
    } else {
      restoreAutosave();
    }
    if (params.get('run') === '1') api.run();
    setInterval(autosave, AUTOSAVE_MS);
    window.addEventListener('beforeunload', autosave);
  }

  window.Module = {
    canvas: canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.error(text),
    onRuntimeInitialized: () => {
      runtimeUp = true;
      const whenReady = () => {
        if (!api.ready) { requestAnimationFrame(whenReady); return; }
        startup();
      };
      whenReady();
    },
  };
})();
