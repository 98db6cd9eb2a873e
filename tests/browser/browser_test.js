// Browser test: serves the web bundle on 127.0.0.1 (a free port), opens it in
// Debian's chromium through playwright-core, waits until the GUI has drawn a
// few frames, runs the hello example through window.heapscope, checks the
// console shows "hello, world", and saves a screenshot.
//
// Usage: node browser_test.js --dist build/web/dist --out build/screenshots
// (playwright-core is found through NODE_PATH; see scripts/toolchain.sh).
'use strict';
const { spawn } = require('child_process');
const path = require('path');
const fs = require('fs');
const { chromium } = require('playwright-core');

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

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const { server, port } = await startServer();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
  const errors = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto('http://127.0.0.1:' + port + '/', { waitUntil: 'load' });
    await waitFor(page, () => window.heapscope && window.heapscope.ready &&
      window.heapscope.state().frame > 3, null, 'frame counter > 3', 30000);
    const loaded = await page.evaluate((n) => window.heapscope.loadExample(n), example);
    if (!loaded) throw new Error('example ' + example + ' not found');
    await page.evaluate(() => window.heapscope.run());
    await waitFor(page, () => {
      const s = window.heapscope.state();
      return s.status === 'finished' || s.status === 'compile error';
    }, null, 'the program to finish', 30000);
    // Let a couple more frames draw the final state before the screenshot.
    const frame = await page.evaluate(() => window.heapscope.state().frame);
    await waitFor(page, (f) => window.heapscope.state().frame > f + 2, frame, 'two more frames', 10000);
    const state = await page.evaluate(() => window.heapscope.state());
    const shot = path.join(outDir, 'browser_' + example + '.png');
    await page.screenshot({ path: shot });
    console.log('browser: screenshot ' + shot + ' at frame ' + state.frame);
    if (!state.console.includes(expect)) {
      throw new Error('console does not contain ' + JSON.stringify(expect) + ': ' + JSON.stringify(state.console));
    }
    if (state.status !== 'finished') throw new Error('status ' + state.status);
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
