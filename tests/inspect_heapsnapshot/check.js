#!/usr/bin/env node
// Independent check of a heapscope .heapsnapshot export: parses it with the
// `v8-heapsnapshot` npm package (which validates meta, field counts and
// string indices), then checks what DevTools/memlab rely on and computes
// retained sizes with its own dominator algorithm (Cooper–Harvey–Kennedy,
// independent of heapscope's Lengauer–Tarjan).
//
// Usage: node check.js <file.heapsnapshot> [expected.json]
//   expected.json: heapscope's JSON export of the same snapshot with
//   dominators (exportJson(snap, &dom)); every object's "retained" must
//   equal the retained size computed here.
// Prints node/edge counts and the top retained nodes; exit code 1 on any
// failure.
'use strict';
const fs = require('fs');
const { parseSnapshot } = require('v8-heapsnapshot');

function fail(msg) {
  console.error('FAIL: ' + msg);
  process.exit(1);
}

async function main() {
  const file = process.argv[2];
  if (!file) fail('usage: node check.js <file.heapsnapshot> [expected.json]');
  const text = fs.readFileSync(file, 'utf8');
  const raw = JSON.parse(text);  // strict JSON first
  const snap = await parseSnapshot(raw);
  const nodes = snap.nodes, edges = snap.edges;
  console.log(`nodes: ${nodes.length}`);
  console.log(`edges: ${edges.length}`);
  if (nodes.length !== raw.snapshot.node_count) fail('node_count mismatch');
  if (edges.length !== raw.snapshot.edge_count) fail('edge_count mismatch');
  const root = nodes[0];
  if (root.type !== 'synthetic') fail(`node 0 is ${root.type}, not synthetic`);
  const ids = new Set();
  for (const n of nodes) {
    if (ids.has(n.id)) fail(`duplicate node id ${n.id}`);
    ids.add(n.id);
    if (!Number.isInteger(n.self_size) || n.self_size < 0) fail(`bad self_size on ${n}`);
  }
  for (const e of edges) {
    if (e.to === undefined) fail(`edge ${e.type} ${e.name} from ${e.from} has no target`);
    if ((e.type === 'element' || e.type === 'hidden') && !Number.isInteger(e.name)) fail('element edge without index');
    if ((e.type === 'property' || e.type === 'internal') && typeof e.name !== 'string') fail('named edge without name');
  }

  const index = new Map();
  nodes.forEach((n, i) => index.set(n, i));
  const N = nodes.length;
  // Everything must hang off the root (garbage through "(unreachable)").
  {
    const seenAll = new Uint8Array(N);
    const st = [0];
    seenAll[0] = 1;
    while (st.length) {
      const v = st.pop();
      for (const e of nodes[v].out_edges) {
        const w = index.get(e.to);
        if (!seenAll[w]) { seenAll[w] = 1; st.push(w); }
      }
    }
    const lost = seenAll.reduce((a, b) => a + (b ? 0 : 1), 0);
    if (lost) fail(`${lost} nodes unreachable from the synthetic root`);
  }
  // Dominators over the live part: from the root, ignoring weak edges
  // (DevTools' rule) and the "(unreachable)" group (garbage retains nothing
  // live in heapscope's model). Cooper–Harvey–Kennedy on reverse postorder.
  const succ = nodes.map((n) => (n.type === 'synthetic' && n.name === '(unreachable)') ? []
    : n.out_edges.filter((e) => e.type !== 'weak').map((e) => index.get(e.to)));
  const post = new Int32Array(N).fill(-1);
  const order = [];
  const stack = [[0, 0]];
  const seen = new Uint8Array(N);
  seen[0] = 1;
  while (stack.length) {
    const top = stack[stack.length - 1];
    const [v, i] = top;
    if (i < succ[v].length) {
      top[1]++;
      const w = succ[v][i];
      if (!seen[w]) { seen[w] = 1; stack.push([w, 0]); }
    } else {
      post[v] = order.length;
      order.push(v);
      stack.pop();
    }
  }
  const preds = Array.from({ length: N }, () => []);
  for (let v = 0; v < N; v++) if (post[v] >= 0) for (const w of succ[v]) preds[w].push(v);
  const idom = new Int32Array(N).fill(-1);
  idom[0] = 0;
  const intersect = (a, b) => {
    while (a !== b) {
      while (post[a] < post[b]) a = idom[a];
      while (post[b] < post[a]) b = idom[b];
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let k = order.length - 2; k >= 0; k--) {  // reverse postorder, skipping the root
      const v = order[k];
      let d = -1;
      for (const p of preds[v]) if (idom[p] !== -1) d = d === -1 ? p : intersect(p, d);
      if (d !== idom[v]) { idom[v] = d; changed = true; }
    }
  }
  const retained = nodes.map((n, i) => (post[i] >= 0 ? n.self_size : 0));
  for (let k = 0; k < order.length - 1; k++) {  // postorder: children before parents
    const v = order[k];
    retained[idom[v]] += retained[v];
  }
  console.log(`live nodes: ${order.length}, garbage nodes: ${N - order.length}`);
  console.log(`root retained: ${retained[0]} bytes`);
  const top = nodes.map((n, i) => [retained[i], n]).filter(([, n]) => n.type !== 'synthetic')
    .sort((a, b) => b[0] - a[0]).slice(0, 5);
  for (const [r, n] of top) console.log(`  retained ${r}\t${n.type}\t${n.name}\t@${n.id}`);

  const expectedFile = process.argv[3];
  if (expectedFile) {
    const exp = JSON.parse(fs.readFileSync(expectedFile, 'utf8'));
    let checked = 0, mismatches = 0;
    const byId = new Map();
    nodes.forEach((n, i) => byId.set(n.id, i));
    // Same objects and same references: every object of the JSON export is
    // one node (id 2*id+1), with its edges to the same objects in the same
    // order; no other non-synthetic nodes exist.
    const objectNodes = nodes.filter((n) => n.type !== 'synthetic').length;
    if (objectNodes !== exp.objects.length) fail(`${objectNodes} object nodes, heapscope has ${exp.objects.length} objects`);
    let objectEdges = 0;
    for (const o of exp.objects) {
      const i = byId.get(2 * o.id + 1);
      if (i === undefined) fail(`object ${o.id} missing from the heapsnapshot`);
      const n = nodes[i];
      if (n.self_size !== o.size) fail(`object ${o.id}: self_size ${n.self_size}, heapscope size ${o.size}`);
      const got = n.out_edges.map((e) => e.to.id);
      const want = o.edges.map((e) => 2 * e.to + 1);
      if (got.join(',') !== want.join(',')) fail(`object ${o.id}: edges to ${got} but heapscope has ${want}`);
      objectEdges += got.length;
    }
    console.log(`objects and edges match heapscope: ${objectNodes} objects, ${objectEdges} edges`);
    for (const o of exp.objects) {
      if (!o.reachable) continue;  // heapscope reports garbage with its shallow size only
      const i = byId.get(2 * o.id + 1);
      if (i === undefined) fail(`object ${o.id} missing from the heapsnapshot`);
      if (retained[i] !== o.retained) {
        if (mismatches++ < 10) console.error(`retained mismatch for object ${o.id}: heapsnapshot ${retained[i]}, heapscope ${o.retained}`);
      }
      checked++;
    }
    if (mismatches) fail(`${mismatches} retained-size mismatches`);
    console.log(`retained sizes match heapscope for ${checked} reachable objects`);
  }
  console.log('OK');
}

main().catch((e) => fail(e.stack || String(e)));
