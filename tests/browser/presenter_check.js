// Browser presenter zoom and devicePixelRatio check (browser_test.js step 8).
// A page at devicePixelRatio 2: the canvas draws at device pixels and the
// font is rasterised at 32 px for 16 logical px (crisp, not a scaled 16 px
// atlas); setZoom(1.5) makes it 48 px and the toolbar's text rows in the
// screenshot 1.5 times taller; the zoom survives a reload (localStorage);
// Ctrl+- steps it down to 125% (the GUI's own shortcut).
'use strict';
const path = require('path');
const zlib = require('zlib');

// Minimal decoder for the 8-bit RGB/RGBA non-interlaced PNGs chromium writes:
// {width, height, channels, rows}.
function decodePng(buf) {
  let pos = 8, width = 0, height = 0, channels = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos), type = buf.toString('latin1', pos + 4, pos + 8);
    const chunk = buf.subarray(pos + 8, pos + 8 + len);
    pos += 12 + len;
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      if (chunk[8] !== 8 || (chunk[9] !== 2 && chunk[9] !== 6) || chunk[12] !== 0) throw new Error('unsupported PNG');
      channels = chunk[9] === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(chunk);
    else if (type === 'IEND') break;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels, rows = [];
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? line[i - channels] : 0, b = prev[i], c = i >= channels ? prev[i - channels] : 0;
      let p = 0;
      if (f === 1) p = a;
      else if (f === 2) p = b;
      else if (f === 3) p = (a + b) >> 1;
      else if (f === 4) {
        const q = a + b - c, pa = Math.abs(q - a), pb = Math.abs(q - b), pc = Math.abs(q - c);
        p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[i] = (line[i] + p) & 255;
    }
    rows.push(line);
    prev = line;
  }
  return { width, height, channels, rows };
}

// Tallest band of consecutive rows with white (text) pixels in the top
// `yEnd` rows: one line of glyphs in the toolbar (dark theme).
function tallestTextRun(png, yEnd) {
  let best = 0, run = 0;
  for (let y = 0; y < Math.min(yEnd, png.height); y++) {
    const row = png.rows[y];
    let text = false;
    for (let x = 0; x < png.width && !text; x++) {
      const i = x * png.channels;
      text = row[i] >= 225 && row[i + 1] >= 225 && row[i + 2] >= 225;
    }
    run = text ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

async function checkPresenter(browser, base, outDir, helpers) {
  const { openGui, waitFor, framesLater } = helpers;
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });
  try {
    await openGui(page, base + '?example=hello');
    await page.evaluate(() => { window.heapscope.setTheme('dark'); window.heapscope.setZoom(1); });
    await framesLater(page, 3);
    let view = (await page.evaluate(() => window.heapscope.state())).view;
    if (view.framebufferScale !== 2 || view.fontPixels !== 32 || view.fontSize !== 16) {
      throw new Error('at devicePixelRatio 2: ' + JSON.stringify(view) + ' (want framebufferScale 2, a 32 px font laid out at 16)');
    }
    const canvas = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    if (canvas[0] !== 2560 || canvas[1] !== 1600) throw new Error('canvas is ' + canvas + ', want 2560x1600 device pixels');
    const normal = tallestTextRun(decodePng(await page.screenshot({ path: path.join(outDir, 'browser_dpr2.png') })), 280);

    await page.evaluate(() => window.heapscope.setZoom(1.5));
    await framesLater(page, 3);
    view = (await page.evaluate(() => window.heapscope.state())).view;
    if (view.zoom !== 1.5 || view.fontPixels !== 48 || view.fontSize !== 24) {
      throw new Error('after setZoom(1.5): ' + JSON.stringify(view) + ' (want zoom 1.5, a 48 px font laid out at 24)');
    }
    const shot = path.join(outDir, 'browser_presenter.png');
    const zoomed = tallestTextRun(decodePng(await page.screenshot({ path: shot })), 420);
    if (zoomed < normal * 1.3) throw new Error('toolbar text ' + zoomed + ' px tall at 150%, ' + normal + ' px at 100%');

    await page.reload({ waitUntil: 'load' });
    await waitFor(page, () => window.heapscope && window.heapscope.ready && window.heapscope.state().frame > 3, null,
      'the reloaded page', 30000);
    view = (await page.evaluate(() => window.heapscope.state())).view;
    if (view.zoom !== 1.5) throw new Error('zoom after a reload: ' + view.zoom + ', want the saved 1.5');
    await page.mouse.click(640, 780);  // keyboard focus on the canvas
    await page.keyboard.press('Control+Minus');
    await framesLater(page, 3);
    view = (await page.evaluate(() => window.heapscope.state())).view;
    if (view.zoom !== 1.25) throw new Error('Ctrl+- at 150%: zoom ' + view.zoom + ', want 1.25');
    await page.evaluate(() => window.heapscope.setZoom(1));
    console.log('browser: devicePixelRatio 2 draws a 32 px font; presenter zoom 150% (text rows ' + normal + ' -> ' +
                zoomed + ' device px) kept across a reload; Ctrl+- to 125% (screenshot ' + shot + ')');
  } finally {
    await page.close();
  }
}

module.exports = { checkPresenter, decodePng };
