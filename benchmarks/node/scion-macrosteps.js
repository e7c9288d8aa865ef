// SCION side of `--engine-vs-scion`: the same documents and event scripts as the engine benchmark, under Node.
// Usage: node scion-macrosteps.js <repository root> [seconds per workload]
// Prints one JSON object: per workload, the macrosteps run (one per start, one per external event) and the time.
'use strict';
const fs = require('fs');
const path = require('path');
const scxml = require('@scion-scxml/scxml');

const root = path.resolve(process.argv[2] || path.join(__dirname, '..', '..'));
const seconds = Number(process.argv[3] || 3);

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
for (const [ns, tags] of Object.entries({
  'http://www.genesyslab.com/modules/queue': ['submit', 'cancel'],
  'http://www.genesyslab.com/modules/interaction': ['redirect', 'route', 'deliver', 'attach', 'detach'],
  'http://www.genesyslab.com/modules/dialog': ['play', 'playandcollect', 'start', 'stop'],
})) {
  ors[ns] = Object.fromEntries(tags.map(t => [t, orsAction]));
}
scxml.registerCustomActionTags(ors);

function prepare(file) {
  return new Promise(resolve => {
    try {
      scxml.pathToModel(file, (err, model) => {
        if (err) { resolve({ error: String(err.message || err) }); return; }
        try {
          model.prepare((err2, fnModel) => resolve(err2 ? { error: String(err2.message || err2) } : { fnModel }), { console: { log() {}, info() {}, error() {}, warn() {} } });
        } catch (e) { resolve({ error: String(e.message || e) }); }
      });
    } catch (e) { resolve({ error: String(e.message || e) }); }
  });
}

// One pass: every document started and fed its script; delays are not waited for (the engine's clock is virtual).
function pass(workload, registry) {
  let macrosteps = 0;
  for (const item of workload) {
    const sc = new scxml.core.Statechart(item.fnModel, { sessionRegistry: registry, console: quiet });
    try { sc.start(); } catch (e) { /* an error is the document's own outcome */ }
    macrosteps++;
    for (const step of item.events) {
      try { sc.gen(step.event); } catch (e) { /* as above */ }
      macrosteps++;
    }
  }
  return macrosteps;
}
const quiet = { log() {}, info() {}, error() {}, warn() {} };

function measure(workload) {
  pass(workload, new Map()); // warm-up: the JIT, and each model's first run
  let macrosteps = 0;
  const start = process.hrtime.bigint();
  let elapsedNs = 0n;
  do {
    macrosteps += pass(workload, new Map());
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

async function main() {
  await new Promise(resolve => scxml.documentStringToModel('priming.scxml',
    '<scxml xmlns="http://www.w3.org/2005/07/scxml" xmlns:queue="http://www.genesyslab.com/modules/queue" version="1.0" datamodel="ecmascript"><state id="a"><onentry><queue:submit/></onentry></state></scxml>',
    (err, model) => { if (err || !model) { resolve(); return; } try { model.prepare(() => resolve()); } catch (e) { resolve(); } }));
  const routingFile = path.join(root, 'examples', 'RoutingStrategies', 'Strategies', 'RestartSafeVoiceRouting.scxml');
  const routing = await prepare(routingFile);
  if (routing.error) throw new Error(routingFile + ': ' + routing.error);
  const routingWorkload = [{
    fnModel: routing.fnModel,
    events: [
      { event: { name: 'interaction.added', data: { interactionid: 'ixn-1' } } },
      { event: { name: 'dialog.play.done', data: { requestid: 'req1' } } },
      { event: { name: 'queue.submit.done', data: { requestid: 'req2' } } },
    ],
  }];
  // Proof that SCION runs the call as the engine does: it ends in `finished`.
  const check = new scxml.core.Statechart(routing.fnModel, { console: quiet });
  check.start();
  let last;
  for (const step of routingWorkload[0].events) last = check.gen(step.event);
  if (JSON.stringify(last) !== '["finished"]') throw new Error('SCION ended the routing call in ' + JSON.stringify(last));

  const folder = path.join(root, 'tests', 'node', 'node_modules', '@scion-scxml', 'test-framework', 'test');
  const files = corpusFiles(folder).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const corpus = [];
  const skipped = [];
  for (const file of files) {
    const prepared = await prepare(file);
    const script = JSON.parse(fs.readFileSync(file.slice(0, -6) + '.json', 'utf8'));
    const relative = path.relative(folder, file).split(path.sep).join('/');
    if (prepared.error) { skipped.push({ document: relative, reason: prepared.error.split('\n')[0] }); continue; }
    corpus.push({ document: relative, fnModel: prepared.fnModel, events: script.events || [] });
  }

  const result = {
    scion: require('@scion-scxml/scxml/package.json').version,
    node: process.version,
    routingCall: measure(routingWorkload),
    conformanceCorpus: { documents: corpus.length, ...measure(corpus), skipped },
  };
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0); // delayed sends of the corpus are real timers in SCION: do not wait for them
}

main().catch(e => { process.stderr.write(String(e.stack || e) + '\n'); process.exit(1); });
