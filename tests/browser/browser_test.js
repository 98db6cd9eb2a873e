// Browser test: serves the web bundle on 127.0.0.1 (a free port), opens it in
// Debian's chromium through playwright-core, waits until the GUI has drawn a
// few frames, then through window.heapscope:
//  1. runs hello and checks the console shows "hello, world";
//  2. runs subslice_pin part way, pauses, selects the 1 MiB backing array,
//     asks "why alive?" and checks the state names the retainer path;
//  2b. goroutine_leak paused after its slow workers blocked: each leaked
//     worker names the channel it waits on and who holds it (itself only);
//  3. stepping: breakpoint, Step over / into / out land on the right lines,
//     a returned closure's environment is shown as such, Continue, Restart;
//  4. makes a share link and opens it in a second tab: same program;
//  5. edits there, waits for the autosave, reloads: the edit is still there;
//  6. the editor with real keys: typing, Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z,
//     Ctrl+C into the browser's clipboard, Ctrl+V from it, Ctrl+F find;
//  7. files: the version string, Upload .go through the file picker, then
//     Download .go gives back the same text;
//  8. presenter zoom and devicePixelRatio 2 (presenter_check.js): crisp
//     fonts at device pixels, zoom 150% kept across a reload, Ctrl+-.
// Screenshots of 1, 2, 2b, 3 and 8 are saved.
//
// Usage: node browser_test.js --dist build/web/dist --out build/screenshots
// (playwright-core is found through NODE_PATH; see scripts/toolchain.sh).
'use strict';
const { spawn } = require('child_process');
const path = require('path');
const fs = require('fs');
const { chromium } = require('playwright-core');
const { checkPresenter } = require('./presenter_check');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const dist = path.resolve(arg('--dist', 'build/web/dist'));
const outDir = path.resolve(arg('--out', 'build/screenshots'));
const example = arg('--example', 'hello');
const expect = arg('--expect', 'hello, world');

// python3 -m http.server on port 0 picks a free port and prints it.
function startServer() {
  return new Promise((resolve, reject) => {
    const server = spawn('/usr/bin/python3', ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '0'],
      { cwd: dist, stdio: ['ignore', 'pipe', 'pipe'] });
    let buffered = '';
    const onData = (chunk) => {
      buffered += chunk.toString();
      const m = buffered.match(/port (\d+)/);
      if (m) resolve({ server, port: Number(m[1]) });
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', () => {});
    server.on('exit', (code) => reject(new Error('http.server exited with ' + code)));
    setTimeout(() => reject(new Error('http.server did not start')), 10000);
  });
}

async function waitFor(page, fn, arg, what, timeoutMs) {
  try {
    await page.waitForFunction(fn, arg, { timeout: timeoutMs, polling: 100 });
  } catch (e) {
    let state = null;
    try { state = await page.evaluate(() => window.heapscope && window.heapscope.ready ? window.heapscope.state() : null); } catch (_) {}
    throw new Error('timed out waiting for ' + what + '; state: ' + JSON.stringify(state));
  }
}

async function openGui(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await waitFor(page, () => window.heapscope && window.heapscope.ready &&
    window.heapscope.state().frame > 3, null, 'frame counter > 3', 30000);
}

async function framesLater(page, n) {
  const frame = await page.evaluate(() => window.heapscope.state().frame);
  await waitFor(page, (f) => window.heapscope.state().frame > f, frame + n, n + ' more frames', 10000);
}

// 1. hello runs and prints.
async function checkHello(page) {
  const loaded = await page.evaluate((n) => window.heapscope.loadExample(n), example);
  if (!loaded) throw new Error('example ' + example + ' not found');
  await page.evaluate(() => window.heapscope.run());
  await waitFor(page, () => {
    const s = window.heapscope.state();
    return s.status === 'finished' || s.status === 'compile error';
  }, null, 'the program to finish', 30000);
  await framesLater(page, 2);  // let the final state draw before the screenshot
  const state = await page.evaluate(() => window.heapscope.state());
  const shot = path.join(outDir, 'browser_' + example + '.png');
  await page.screenshot({ path: shot });
  console.log('browser: screenshot ' + shot + ' at frame ' + state.frame);
  if (!state.console.includes(expect)) {
    throw new Error('console does not contain ' + JSON.stringify(expect) + ': ' + JSON.stringify(state.console));
  }
  if (state.status !== 'finished') throw new Error('status ' + state.status);
}

// 2. The Must-show path: run part way, pause, select the 1 MiB backing
// array, ask "why alive?": the state names the retainer path.
async function checkWhyAlive(page) {
  await page.evaluate(() => {
    const h = window.heapscope;
    h.setTheme('dark');
    h.loadExample('subslice_pin');
    h.setStepsPerFrame(1000000);
    h.setBreakpoints([21]);  // fmt.Println: the array is filled, header pins it
    h.run();
  });
  await waitFor(page, () => window.heapscope.state().status === 'paused', null, 'subslice_pin to pause', 60000);
  const line = await page.evaluate(() => { window.heapscope.setBreakpoints([]); return window.heapscope.state().line; });
  if (line !== 21) throw new Error('paused on line ' + line + ', want the breakpoint on 21');
  const found = await page.evaluate(() => window.heapscope.select('[]byte'));
  if (!found) throw new Error('select([]byte) found nothing');
  await page.evaluate(() => { window.heapscope.whyAlive(); window.heapscope.showTab('leaks'); });
  await framesLater(page, 3);
  const state = await page.evaluate(() => window.heapscope.state());
  const shot = path.join(outDir, 'browser_why_alive.png');
  await page.screenshot({ path: shot });
  const sel = state.selection || {};
  const why = state.whyAlive || {};
  console.log('browser: why alive? ' + why.path + ' (screenshot ' + shot + ')');
  if (sel.kind !== 'array' || sel.shallow < (1 << 20)) throw new Error('selection is not the 1 MiB array: ' + JSON.stringify(sel));
  if (!why.found || !why.path.startsWith('global main.header') || !why.path.includes('array')) {
    throw new Error('retainer path does not start at global main.header through .array: ' + JSON.stringify(why));
  }
  if (!state.graph || state.graph.pathEdges < 2) throw new Error('graph does not highlight the path: ' + JSON.stringify(state.graph));
  if (!state.leaks || !state.leaks.pins.length) throw new Error('leak report lists no pinned array');
}

// 2b. A leaked goroutine links to the channel it waits on, and from there
// to who holds that channel: paused on line 40 the five slow workers are
// blocked on sends to channels only they hold.
async function checkGoroutineLeak(page) {
  await page.evaluate(() => {
    const h = window.heapscope;
    h.loadExample('goroutine_leak');
    h.setStepsPerFrame(1000000);
    h.setBreakpoints([40]);  // after main's last sleep: the slow workers have blocked
    h.run();
  });
  await waitFor(page, () => window.heapscope.state().status === 'paused', null, 'goroutine_leak to pause', 60000);
  const found = await page.evaluate(() => { window.heapscope.setBreakpoints([]); return window.heapscope.select('chan main.result'); });
  if (!found) throw new Error('select(chan main.result) found nothing');
  await framesLater(page, 3);
  const state = await page.evaluate(() => window.heapscope.state());
  const shot = path.join(outDir, 'browser_goroutine_leak.png');
  await page.screenshot({ path: shot });
  if (state.line !== 40) throw new Error('paused on line ' + state.line + ', want 40');
  const workers = state.goroutines.filter((g) => g.waitsOn);
  if (workers.length !== 5 || workers.some((g) => g.state !== 'chan send' || !g.leaked || g.waitsOn.length !== 1)) {
    throw new Error('want 5 leaked workers blocked on chan send: ' + JSON.stringify(state.goroutines));
  }
  const ids = new Set();
  for (const g of workers) {
    const w = g.waitsOn[0];
    ids.add(w.id);
    if (w.kind !== 'chan' || w.type !== 'chan main.result' || w.reachable) {
      throw new Error('goroutine ' + g.goid + ' waits on ' + JSON.stringify(w) + ', want an unreachable chan main.result');
    }
    if (!w.holders.length || w.holders.some((h) => h.goid !== g.goid || h.live) ||
        !w.holders.some((h) => h.referrer && h.path.includes('frame: closure'))) {
      throw new Error('goroutine ' + g.goid + ': channel held by ' + JSON.stringify(w.holders) + ', want only its own closure/frame');
    }
  }
  if (state.leaks.leakedGoroutines !== 5) throw new Error('leakedGoroutines ' + state.leaks.leakedGoroutines);
  const sel = state.selection || {};
  if (sel.kind !== 'chan' || !ids.has(sel.id)) throw new Error('selection ' + JSON.stringify(sel) + ' is not a wait channel');
  // The must-show: select the leaked slice, ask "why alive?".
  const leaked = new Set(workers.map((g) => g.goid));
  const why = await page.evaluate(() => {
    const h = window.heapscope;
    if (!h.select('[]uint8')) return null;
    h.whyAlive();
    return true;
  });
  if (!why) throw new Error('select([]uint8) found nothing');
  await framesLater(page, 3);
  const whyState = await page.evaluate(() => window.heapscope.state());
  const wa = whyState.whyAlive || {};
  const m = /^goroutine (\d+) main\.fetch\.func1 frame: buf$/.exec(wa.root || '');
  if (!wa.found || !m || !leaked.has(Number(m[1])) || (whyState.selection || {}).site !== 'main.fetch.func1:23') {
    throw new Error('why alive of the leaked buffer: ' + JSON.stringify(wa) + ' selection ' + JSON.stringify(whyState.selection));
  }
  await page.screenshot({ path: path.join(outDir, 'browser_goroutine_leak_why.png') });
  console.log('browser: why alive? ' + wa.path);
  const w = workers[0].waitsOn[0];
  console.log('browser: goroutine ' + workers[0].goid + ' waits on ' + w.type + ' #' + w.id + ', held by ' +
              w.holders.map((h) => h.path).join(' | ') + ' (screenshot ' + shot + ')');
}

// 3b. GC now and the seed (the desktop test's gc_now.go): seed 7, paused on
// line 27 the dropped ring of 3 nodes is freed by GC now; seed 7's select
// picks channel b, as `heapscope run --seed 7` does.
async function checkGcAndSeed(page) {
  const program = fs.readFileSync(path.join(__dirname, '..', 'desktop', 'programs', 'gc_now.go'), 'utf8');
  await page.evaluate((p) => {
    const h = window.heapscope;
    h.setSource(p, 'gc_now.go');
    h.setSeed(7);
    h.setBreakpoints([27]);
    h.run();
  }, program);
  await waitFor(page, () => window.heapscope.state().status === 'paused', null, 'the breakpoint on line 27', 30000);
  await page.evaluate(() => window.heapscope.gcNow());
  const gc = await page.evaluate(() => window.heapscope.state().gc);
  if (!/^GC at step \d+: freed \d+ objects, 3 in cycles$/.test(gc)) throw new Error('GC now: ' + JSON.stringify(gc));
  await page.evaluate(() => { window.heapscope.setBreakpoints([]); window.heapscope.resume(); });
  await waitFor(page, () => window.heapscope.state().status === 'finished', null, 'gc_now.go to finish', 10000);
  const state = await page.evaluate(() => window.heapscope.state());
  if (state.seed !== 7 || state.console !== 'ring dropped\npicked 2\n') {
    throw new Error('seed ' + state.seed + ' console ' + JSON.stringify(state.console) + ', want 7 and picked 2');
  }
  await page.evaluate(() => window.heapscope.setSeed(1));
  console.log('browser: ' + gc + '; seed 7 picked 2');
}

// 3. Run controls (the desktop test's stepping.go): a breakpoint on line 22,
// then Step over / into / into / out / over land on 23, 14, 15, 23, 24; the
// closure made by makeCounter shows its environment as returned; Continue
// runs to the end (no goroutine left "running"); Restart stops at the
// breakpoint again.
async function checkStepping(page) {
  const program = fs.readFileSync(path.join(__dirname, '..', 'desktop', 'programs', 'stepping.go'), 'utf8');
  await page.evaluate((p) => {
    const h = window.heapscope;
    h.setSource(p, 'stepping.go');
    h.setStepsPerFrame(20000);
    h.setBreakpoints([22]);
    h.run();
  }, program);
  await waitFor(page, () => window.heapscope.state().status === 'paused', null, 'the breakpoint on line 22', 30000);
  let state = await page.evaluate(() => window.heapscope.state());
  if (state.line !== 22 || state.stopReason !== 'breakpoint') {
    throw new Error('stopped on line ' + state.line + ' (' + state.stopReason + '), want the breakpoint on 22');
  }
  const plan = [['stepOver', 23], ['stepInto', 14], ['stepInto', 15], ['stepOut', 23], ['stepOver', 24]];
  for (const [action, want] of plan) {
    const before = state.stops.length;
    await page.evaluate((a) => window.heapscope[a](), action);
    await waitFor(page, (n) => {
      const s = window.heapscope.state();
      return s.status === 'paused' && s.stops.length > n;
    }, before, action + ' to stop', 10000);
    state = await page.evaluate(() => window.heapscope.state());
    if (state.line !== want) throw new Error(action + ' stopped on line ' + state.line + ', want ' + want);
  }
  const next = state.goroutines[0].frames[0].locals.find((l) => l.name === 'next') || {};
  const env = next.env || {};
  if (!env.returned || !env.text.startsWith('env of main.makeCounter.func1, returned, held by closure #')) {
    throw new Error('closure next does not show its returned environment: ' + JSON.stringify(next));
  }
  await framesLater(page, 3);
  const shot = path.join(outDir, 'browser_stepping.png');
  await page.screenshot({ path: shot });
  console.log('browser: stops ' + state.stops.map((s) => s.reason + ':' + s.line).join(' ') + '; ' + env.text +
              ' (screenshot ' + shot + ')');

  const stepStops = state.stops;
  await page.evaluate(() => { window.heapscope.setBreakpoints([]); window.heapscope.resume(); });
  await waitFor(page, () => window.heapscope.state().status === 'finished', null, 'the program to finish', 10000);
  state = await page.evaluate(() => window.heapscope.state());
  if (state.console !== '3 2\n') throw new Error('console ' + JSON.stringify(state.console) + ', want "3 2"');
  if (state.goroutines.some((g) => g.state === 'running')) {
    throw new Error('a goroutine is shown running after the end: ' + JSON.stringify(state.goroutines));
  }
  // Time travel from the end: seek to where Step out stopped (line 23, no
  // output yet), Step back to the second Step into's stop (15, same step
  // count), then seek to the end again (output "3 2" replayed).
  const outStop = stepStops[4], intoStop = stepStops[3];
  await page.evaluate((n) => window.heapscope.seek(n), outStop.steps);
  await waitFor(page, () => window.heapscope.state().status === 'paused', null, 'the seek to stop', 10000);
  state = await page.evaluate(() => window.heapscope.state());
  if (state.line !== 23 || state.steps !== outStop.steps || state.console !== '') {
    throw new Error('seek to ' + outStop.steps + ': line ' + state.line + ' steps ' + state.steps + ' console ' +
                    JSON.stringify(state.console));
  }
  const seekStops = state.stops.length;
  await page.evaluate(() => window.heapscope.stepBack());
  await waitFor(page, (n) => {
    const s = window.heapscope.state();
    return s.status === 'paused' && s.stops.length > n;
  }, seekStops, 'step back to stop', 10000);
  state = await page.evaluate(() => window.heapscope.state());
  if (state.line !== 15 || state.steps !== intoStop.steps) {
    throw new Error('step back: line ' + state.line + ' steps ' + state.steps + ', want 15 at ' + intoStop.steps);
  }
  await page.evaluate((n) => window.heapscope.seek(n), state.maxStep);
  await waitFor(page, () => window.heapscope.state().status === 'finished', null, 'the seek to the end', 10000);
  state = await page.evaluate(() => window.heapscope.state());
  if (state.console !== '3 2\n') throw new Error('after seeking to the end console ' + JSON.stringify(state.console));
  console.log('browser: seek to ' + outStop.steps + ' (line 23), step back to line 15 at step ' + intoStop.steps +
              ', seek to the end replays "3 2"');
  await page.evaluate(() => { window.heapscope.setBreakpoints([22]); window.heapscope.restart(); });
  await waitFor(page, () => window.heapscope.state().status === 'paused', null, 'the restarted run to stop', 10000);
  state = await page.evaluate(() => window.heapscope.state());
  if (state.line !== 22 || state.stops.length !== 1) throw new Error('restart stopped on line ' + state.line);
  await page.evaluate(() => { window.heapscope.setBreakpoints([]); window.heapscope.resume(); });
  console.log('browser: continue ends the program (goroutine 1 ' + 'exited), restart stops on line 22 again');
}

// 4. A share link carries the program; 5. autosave survives a reload.
async function checkShareAndAutosave(browser, page) {
  const program = 'package main\n\nimport "fmt"\n\n// shared ✓ ' + Date.now() + '\nfunc main() {\n\tfmt.Println("shared")\n}\n';
  await page.evaluate((p) => window.heapscope.setSource(p, 'shared.go'), program);
  const link = await page.evaluate(() => window.heapscope.shareLink());
  if (!/#go=[A-Za-z0-9_-]+/.test(link)) throw new Error('share link has no program: ' + link);
  const second = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await openGui(second, link);
    await waitFor(second, (p) => window.heapscope.source() === p, program, 'the shared program to load', 10000);
    const name = await second.evaluate(() => window.heapscope.fileName());
    if (name !== 'shared.go') throw new Error('shared file name ' + name);
    console.log('browser: share link round-trips (' + link.length + ' chars)');

    const edited = program.replace('"shared"', '"edited after sharing"');
    await second.evaluate((p) => window.heapscope.setSource(p, 'shared.go'), edited);
    await waitFor(second, (p) => {
      const saved = JSON.parse(localStorage.getItem('heapscope.autosave.v1') || 'null');
      return saved && saved.text === p;
    }, edited, 'the autosave', 10000);
    await second.reload({ waitUntil: 'load' });
    await waitFor(second, () => window.heapscope && window.heapscope.ready &&
      window.heapscope.state().frame > 3, null, 'the reloaded page', 30000);
    await waitFor(second, (p) => window.heapscope.source() === p, edited, 'the edited text after reload', 10000);
    console.log('browser: autosave keeps the edited text across a reload');
  } finally {
    await second.close();
  }
}

// 6. The editor driven by real key presses (the page's own clipboard glue:
// shell/gui/web_clipboard.cpp).
async function checkEditorKeys(page) {
  await page.evaluate(() => window.heapscope.loadExample('hello'));
  await framesLater(page, 3);
  const source = () => page.evaluate(() => window.heapscope.state().editor.source);
  const hello = await source();
  await page.mouse.click(300, 420);  // below hello's last line: the cursor goes to the end
  await framesLater(page, 2);
  await page.keyboard.type('// abc', { delay: 30 });
  for (const key of ['Control+Z', 'Control+Z', 'Control+Y', 'Control+Shift+Z']) {
    await page.keyboard.press(key);
    await framesLater(page, 3);
  }
  let text = await source();
  if (text !== hello + '// abc') {
    throw new Error('typing "// abc", Ctrl+Z twice, Ctrl+Y, Ctrl+Shift+Z left ' + JSON.stringify(text.slice(-20)));
  }
  await page.keyboard.press('Shift+Home');
  await framesLater(page, 3);
  await page.keyboard.press('Control+C');
  await framesLater(page, 3);
  await waitFor(page, () => navigator.clipboard.readText().then((t) => t === '// abc'), null,
    'Ctrl+C to put the selection on the browser clipboard', 5000);
  await page.keyboard.press('End');
  await framesLater(page, 3);
  await page.evaluate(() => navigator.clipboard.writeText(' abc!'));
  await page.keyboard.press('Control+V');
  await waitFor(page, (t) => window.heapscope.state().editor.source === t, hello + '// abc abc!',
    'Ctrl+V to paste the browser clipboard', 5000);
  await page.keyboard.press('Control+F');
  await framesLater(page, 3);
  await page.keyboard.type('abc', { delay: 30 });
  await framesLater(page, 3);
  await page.keyboard.press('Enter');
  await framesLater(page, 3);
  const find = await page.evaluate(() => window.heapscope.state().editor.find);
  if (!find.open || find.query !== 'abc' || find.matches !== 2 || find.current !== 1) {
    throw new Error('Ctrl+F abc Enter: ' + JSON.stringify(find) + ' (want open, 2 matches, the second current)');
  }
  await page.screenshot({ path: path.join(outDir, 'browser_editor_find.png') });
  await page.keyboard.press('Escape');
  await framesLater(page, 3);
  text = await source();
  if (text !== hello + '// abc abc!') throw new Error('find typed into the text: ' + JSON.stringify(text.slice(-20)));
  console.log('browser: editor keys: typing, undo / redo, copy to and paste from the browser clipboard, find');
}

// 7. The version string; Upload .go (the picker the toolbar button opens)
// replaces the editor text; Download .go saves it back.
async function checkFiles(page) {
  const state = await page.evaluate(() => window.heapscope.state());
  if (!/^heapscope \d+\.\d+\.\d+( \(git [0-9a-f]{4,}\))?$/.test(state.version || '')) {
    throw new Error('version ' + JSON.stringify(state.version));
  }
  if ((await page.title()) !== state.version) throw new Error('page title ' + JSON.stringify(await page.title()));
  const program = 'package main\n\nimport "fmt"\n\n// uploaded ✓ ' + Date.now() + '\nfunc main() {\n\tfmt.Println("uploaded")\n}\n';
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.evaluate(() => window.heapscope.upload())]);
  await chooser.setFiles({ name: 'uploaded.go', mimeType: 'text/plain', buffer: Buffer.from(program, 'utf8') });
  await waitFor(page, (p) => window.heapscope.state().editor.source === p, program, 'the uploaded text in the editor', 10000);
  const name = await page.evaluate(() => window.heapscope.fileName());
  if (name !== 'uploaded.go') throw new Error('uploaded file name ' + name);
  // The hidden input directly, as a second upload (same name fires again).
  const second = program.replace('"uploaded"', '"uploaded twice"');
  await page.setInputFiles('#upload', { name: 'again.go', mimeType: 'text/plain', buffer: Buffer.from(second, 'utf8') });
  await waitFor(page, (p) => window.heapscope.state().editor.source === p, second, 'the second upload', 10000);
  const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate(() => window.heapscope.download())]);
  const saved = fs.readFileSync(await download.path(), 'utf8');
  if (download.suggestedFilename() !== 'again.go' || saved !== second) {
    throw new Error('download ' + download.suggestedFilename() + ': ' + JSON.stringify(saved.slice(0, 60)));
  }
  console.log('browser: ' + state.version + '; upload and download round-trip ' + saved.length + ' bytes');
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const { server, port } = await startServer();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
  const errors = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'] });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const base = 'http://127.0.0.1:' + port + '/';
    await openGui(page, base);
    await checkHello(page);
    await checkWhyAlive(page);
    await checkGoroutineLeak(page);
    await checkStepping(page);
    await checkGcAndSeed(page);
    await checkShareAndAutosave(browser, page);
    await checkEditorKeys(page);
    await checkFiles(page);
    await checkPresenter(browser, base, outDir, { openGui, waitFor, framesLater });
    if (errors.length) console.log('browser: page errors (not fatal): ' + errors.join(' | '));
  } finally {
    await browser.close();
    server.kill();
  }
}

main().then(() => process.exit(0), (e) => {
  console.log('browser: ' + e.message);
  process.exit(1);
});
