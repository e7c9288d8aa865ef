// SCION side of `--engine-vs-scion`: the same documents and event scripts as the engine benchmark, under Node.
// Usage: node --expose-gc scion-macrosteps.js <repository root> [seconds per workload] [corpus document to leave out...]
// Prints one JSON object: per workload, the macrosteps run (one per start, one per external event) and the time.
'use strict';
const fs = require('fs');
const path = require('path');
const scxml = require('@scion-scxml/scxml');

const root = path.resolve(process.argv[2] || path.join(__dirname, '..', '..'));
const seconds = Number(process.argv[3] || 3);
const excluded = new Set(process.argv.slice(4));

// ORS actions are recorded, as the engine does: every attribute evaluated, a request id (req1, req2... per session)
// assigned to the requestid location.
function orsAction(action, builder) {
  patchModuleBuilder(builder);
  const attributes = Object.keys(action).filter(k => !k.startsWith('$') && k !== 'requestid');
  const record = '{' + attributes.map(k => JSON.stringify(k) + ': (' + action[k] + ')').join(', ') + '}';
  const assign = action.requestid ? action.requestid + ' = __id;' : '';
  return `{ const __self = this; __self.__orsRequests = (__self.__orsRequests || 0) + 1; const __id = 'req' + __self.__orsRequests; ${assign}`
    + ` (__self.__orsSideEffects || (__self.__orsSideEffects = [])).push({ element: ${JSON.stringify(action.$element || String(action.$type))}, attributes: JSON.stringify(${record}), requestid: __id }); }`;
}
// SCION 4.3.27 names an action's function '$' + its $type, which for a namespaced custom action is '{uri}name': not an
// identifier, so the module does not parse. The builder is reached through the first generator call (a priming
// compile, below) and given identifier-safe names from then on.
let patched = false;
function patchModuleBuilder(builder) {
  if (patched) return;
  patched = true;
  const proto = Object.getPrototypeOf(builder);
  const original = proto.generateActionFunction;
  proto.generateActionFunction = function (action) {
    if (typeof action.$type === 'string' && action.$type.startsWith('{')) {
      const m = action.$type.match(/^(?:{([^}]*)})?(.*)$/);
      const name = action.$type;
      action.$element = name;
      action.$type = { match: () => m, toString: () => 'ors_' + m[2].replace(/\W/g, '_') };
    }
    return original.call(this, action);
  };
}
const ors = {};
// The ORS actions the benchmark's routing strategy uses.
for (const [ns, tags] of Object.entries({
  'http://www.genesyslab.com/modules/queue': ['submit'],
  'http://www.genesyslab.com/modules/interaction': ['redirect'],
  'http://www.genesyslab.com/modules/dialog': ['play'],
})) {
  ors[ns] = Object.fromEntries(tags.map(t => [t, orsAction]));
}
scxml.registerCustomActionTags(ors);

const quiet = { log() {}, info() {}, error() {}, warn() {} };

// The engine's _genesys, as far as the routing strategy uses it: the user-data calls are recorded as the engine records
// them (arguments as JSON) and counted, so the check below can tell that SCION ran them rather than failing on them.
function genesysContext() {
  const context = { log() {}, info() {}, error() {}, warn() {}, userDataCalls: 0 };
  const userData = name => function () { context.userDataCalls++; context.lastUserData = name + ' ' + JSON.stringify(Array.prototype.slice.call(arguments)); return true; };
  context._genesys = { ixn: { interactions: {}, setuData: userData('setuData'), deleteuData: userData('deleteuData') } };
  return context;
}

function prepare(file, context = quiet) {
  return new Promise(resolve => {
    try {
      scxml.pathToModel(file, (err, model) => {
        if (err) { resolve({ error: String(err.message || err) }); return; }
        try {
          model.prepare((err2, fnModel) => resolve(err2 ? { error: String(err2.message || err2) } : { model, fnModel, context }), context);
        } catch (e) { resolve({ error: String(e.message || e) }); }
      });
    } catch (e) { resolve({ error: String(e.message || e) }); }
  });
}

// A virtual clock, as the engine has: SCION puts every <send> (a zero delay included) on the global setTimeout, and
// the event script's `after` moves the clock before its event, delivering what is due in due order (as
// ScxmlInterpreter.Advance does). Installed once the documents are prepared; cleared after each document.
const clock = { now: 0, next: 1, heap: [], live: new Set() };
function earlier(a, b) { return a.due < b.due || (a.due === b.due && a.id < b.id); }
function push(timer) {
  const heap = clock.heap;
  heap.push(timer);
  for (let i = heap.length - 1; i > 0;) {
    const parent = (i - 1) >> 1;
    if (!earlier(heap[i], heap[parent])) break;
    [heap[i], heap[parent]] = [heap[parent], heap[i]];
    i = parent;
  }
}
function pop() {
  const heap = clock.heap;
  const top = heap[0];
  const last = heap.pop();
  if (heap.length > 0) {
    heap[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < heap.length && earlier(heap[l], heap[m])) m = l;
      if (r < heap.length && earlier(heap[r], heap[m])) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  }
  return top;
}
function installVirtualClock() {
  global.setTimeout = (fn, ms) => { const id = clock.next++; push({ id, due: clock.now + (Number(ms) || 0), fn }); clock.live.add(id); return id; };
  global.clearTimeout = id => { clock.live.delete(id); };
}
function resetClock() { clock.heap.length = 0; clock.live.clear(); }
// Delivers what is due, in due order, at most 100,000 timers (the engine's bound on delayed events per advance).
function advance(ms) {
  const until = clock.now + (Number(ms) || 0);
  for (let delivered = 0; delivered < 100000 && clock.heap.length > 0 && clock.heap[0].due <= until;) {
    const timer = pop();
    if (!clock.live.delete(timer.id)) continue;
    clock.now = timer.due;
    delivered++;
    try { timer.fn(); } catch (e) { /* the document's own outcome */ }
  }
  clock.now = until;
}

// One pass: every document started and fed its script. SCION keeps a document's data model in the prepared module,
// so sessions of one prepared model are not independent (W3C test460 fails from the second session on, and slows
// without bound): `perSession` prepares the model for each session, as SCION's own test server does; without it
// the prepared model is reused (SCION's fastest way, right for the routing call, which ends in `finished` each time).
async function pass(workload, registry, perSession) {
  let macrosteps = 0;
  for (const item of workload) {
    const fnModel = perSession
      ? await new Promise(resolve => item.model.prepare((err, fn) => resolve(err ? item.fnModel : fn), item.context || quiet))
      : item.fnModel;
    const sc = new scxml.core.Statechart(fnModel, { sessionRegistry: registry, console: quiet });
    try { sc.start(); } catch (e) { /* an error is the document's own outcome */ }
    macrosteps++;
    for (const step of item.events) {
      advance(step.after);
      try { sc.gen(step.event); } catch (e) { /* as above */ }
      macrosteps++;
    }
    resetClock();
  }
  return macrosteps;
}

async function measure(workload, perSession) {
  await pass(workload, new Map(), perSession); // warm-up: the JIT, and each model's first run
  let macrosteps = 0;
  const start = process.hrtime.bigint();
  let elapsedNs = 0n;
  do {
    macrosteps += await pass(workload, new Map(), perSession);
    elapsedNs = process.hrtime.bigint() - start;
  } while (elapsedNs < BigInt(Math.round(seconds * 1e9)));
  const ms = Number(elapsedNs) / 1e6;
  return { macrosteps, milliseconds: Math.round(ms * 10) / 10, macrostepsPerSecond: Math.round(macrosteps / (ms / 1000)) };
}

function corpusFiles(folder) {
  const out = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) out.push(...corpusFiles(full));
    else if (entry.name.endsWith('.scxml') && fs.existsSync(full.slice(0, -6) + '.json')) out.push(full);
  }
  return out;
}

// Bytes per idle session (started, waiting for its interaction), as the engine's --session-memory measures them:
// sessions of the shared prepared model, with full collections around the count (node --expose-gc). Measured before
// anything else runs: later, the garbage of the timed workloads is still being released and the difference can come
// out negative.
function bytesPerIdleSession(routing) {
  if (typeof global.gc !== 'function') return undefined;
  const settle = () => { for (let i = 0; i < 5; i++) { global.gc(); } };
  const held = [];
  const startSessions = count => {
    for (let i = 0; i < count; i++) {
      const sc = new scxml.core.Statechart(routing.fnModel, { console: quiet });
      sc.start();
      held.push(sc);
    }
  };
  startSessions(1000);
  settle();
  const before = process.memoryUsage().heapUsed;
  startSessions(1000);
  settle();
  return Math.round((process.memoryUsage().heapUsed - before) / 1000);
}

async function main() {
  await new Promise(resolve => scxml.documentStringToModel('priming.scxml',
    '<scxml xmlns="http://www.w3.org/2005/07/scxml" xmlns:queue="http://www.genesyslab.com/modules/queue" version="1.0" datamodel="ecmascript"><state id="a"><onentry><queue:submit/></onentry></state></scxml>',
    (err, model) => { if (err || !model) { resolve(); return; } try { model.prepare(() => resolve()); } catch (e) { resolve(); } }));
  const routingFile = path.join(root, 'examples', 'RoutingStrategies', 'Strategies', 'RestartSafeVoiceRouting.scxml');
  const routing = await prepare(routingFile, genesysContext());
  if (routing.error) throw new Error(routingFile + ': ' + routing.error);
  const idleBytes = bytesPerIdleSession(routing);
  const routingWorkload = [{
    model: routing.model,
    fnModel: routing.fnModel,
    context: routing.context,
    events: [
      { event: { name: 'interaction.added', data: { interactionid: 'ixn-1' } } },
      { event: { name: 'dialog.play.done', data: { requestid: 'req1' } } },
      { event: { name: 'queue.submit.done', data: { requestid: 'req2' } } },
    ],
  }];
  const folder = path.join(root, 'tests', 'node', 'node_modules', '@scion-scxml', 'test-framework', 'test');
  const files = corpusFiles(folder).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const corpus = [];
  const skipped = [];
  for (const file of files) {
    const relative = path.relative(folder, file).split(path.sep).join('/');
    if (excluded.has(relative)) continue;
    const prepared = await prepare(file);
    const script = JSON.parse(fs.readFileSync(file.slice(0, -6) + '.json', 'utf8'));
    if (prepared.error) { skipped.push({ document: relative, reason: prepared.error.split('\n')[0] }); continue; }
    corpus.push({ document: relative, model: prepared.model, fnModel: prepared.fnModel, events: script.events || [] });
  }

  installVirtualClock();
  const result = {
    scion: require('@scion-scxml/scxml/package.json').version,
    node: process.version,
    routingCall: await measure(routingWorkload, false),
    routingCallPreparedPerSession: await measure(routingWorkload, true),
    conformanceCorpus: { documents: corpus.length, preparedPerSession: true, ...(await measure(corpus, true)), skipped },
  };
  // Proof that SCION runs the call as the engine does, and that reusing the prepared model is right for it: after
  // the measured calls, every call still ends in `finished`, having marked the call's user data twice (greeting,
  // routing) as the engine does; a script that failed would also end in `finished`, through the error handler.
  for (let i = 0; i < 100; i++) {
    const check = new scxml.core.Statechart(routing.fnModel, { console: quiet });
    const calls = routing.context.userDataCalls;
    check.start();
    let last;
    for (const step of routingWorkload[0].events) last = check.gen(step.event);
    if (JSON.stringify(last) !== '["finished"]') throw new Error('SCION ended routing call ' + i + ' in ' + JSON.stringify(last));
    if (routing.context.userDataCalls - calls !== 2) throw new Error('SCION made ' + (routing.context.userDataCalls - calls) + ' user-data calls in routing call ' + i + ', not 2');
  }

  if (idleBytes !== undefined) result.bytesPerIdleSession = idleBytes;
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
}

main().catch(e => { process.stderr.write(String(e.stack || e) + '\n'); process.exit(1); });
