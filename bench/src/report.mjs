/**
 * Writes BENCHMARKS.md from one run's results: the tables, the comparisons in words, and how it was measured.
 */

/**
 * @typedef {import('./candidates.mjs').Candidate} Candidate
 * @typedef {import('./size.mjs').SizeResult} SizeResult
 * @typedef {import('./speed.mjs').SpeedResult} SpeedResult
 * @typedef {import('./requests.mjs').RequestResult} RequestResult
 * @typedef {import('./memory.mjs').MemoryResult} MemoryResult
 * @typedef {{ name: string, size: number, limit: number | undefined }} Budget
 * @typedef {{
 *   date: string, commit: string, seconds: number, machine: Record<string, string>, versions: [string, string][],
 *   candidates: Candidate[], sizes: Map<string, SizeResult>, speed: SpeedResult[],
 *   requests: { felles: RequestResult, noPause: RequestResult, naive: RequestResult } | undefined, requestSetup: string,
 *   memory: MemoryResult[], memoryBound: string, budgets: (Budget & { newLimit: string })[],
 *   stepper: { id: string, count: number }, runs: number, warmup: number, speedBudgetSeconds: number,
 *   typed: string, keyGapMs: number, budgetsWritten: boolean,
 * }} Report
 */

const KINDS = /** @type {const} */ ([
  ['combobox', 'Address lookup and comboboxes'],
  ['dialog', 'Consent dialog and dialogs'],
  ['button', 'Login button and buttons'],
  ['stepper', 'Life-event stepper and wizard'],
]);

/** @param {number} n */
const int = (n) => Math.round(n).toLocaleString('en').replace(/,/g, ' ');
/** @param {number} n */
const kb = (n) => (n / 1000).toFixed(1);
/** @param {number} n */
const ms = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
/** @param {number} ratio peer ÷ ours */
const times = (ratio) => (ratio >= 1 ? `${ratio.toFixed(1)}×` : `${ratio.toFixed(2)}×`);

/**
 * Faster or slower only when the middle halves of the two sets of samples do not overlap; otherwise the
 * difference is within what this machine's noise produces.
 * @param {import('./stats.mjs').Summary} ours @param {import('./stats.mjs').Summary} theirs
 */
const verdict = (ours, theirs) => (ours.p75 < theirs.p25 ? 'ours faster' : theirs.p75 < ours.p25 ? 'ours slower' : 'within noise');

/** @param {string} text */
const escape = (text) => text.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** @param {string[]} cells */
const row = (cells) => `| ${cells.join(' | ')} |`;
/** @param {string[]} head @param {string} [align] */
const header = (head, align) => [row(head), row(head.map((_, i) => (align?.[i] === 'l' ? ':--' : '--:')))].join('\n');

/** @param {Report} r */
export function renderReport(r) {
  const byId = new Map(r.candidates.map((c) => [c.id, c]));
  const speedOf = new Map(r.speed.map((s) => [s.id, s]));
  const label = (/** @type {string} */ id) => {
    const c = byId.get(id);
    return c ? `${c.library} ${escape(c.component)}` : id;
  };
  const out = [];
  out.push(`# Benchmarks

Felles against the libraries a team would otherwise pick, measured in one run of \`npm run bench\` on
${r.date} at commit ${r.commit}, in ${Math.round(r.seconds)} s including the build. Generated file: run the command
again rather than editing it.

**Machine:** ${Object.entries(r.machine)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ')}.

**Versions:** ${r.versions.map(([name, version]) => `${name} ${version}`).join(', ')}.

**Settings:** ${r.runs} interleaved round${r.runs === 1 ? '' : 's'} of speed samples after ${r.warmup} warm-up round${r.warmup === 1 ? '' : 's'} (\`FELLES_BENCH_RUNS=${r.runs}\`), a fresh browser context per sample; opening with 1 000 options within a ${r.speedBudgetSeconds}-second budget per candidate; typing: “${r.typed}”, one key every ${r.keyGapMs} ms.
`);

  out.push(`## Summary\n\n${summary(r, byId, speedOf).join('\n')}\n`);

  // ---- size
  out.push(`## 1. Size

Each entry bundled as a page would bundle it: esbuild, minified ESM for browsers, code splitting on. **Beyond Lit**
leaves the page's Lit out (every page with one of our elements already has it); **alone** includes it. "Later" is
code loaded on demand with \`import()\` (our API clients, Lion's translations), gzip bytes, not in the first load.
Compressed with node:zlib (gzip level 9, brotli quality 11). Ratios compare gzip bytes beyond Lit. For Aksel,
React and React DOM are its framework as Lit is ours: left out beyond it, counted alone. **Own CSS** is the
stylesheet a component needs besides Designsystemet's, which every page has (GOV.UK's compiled from its Sass with
govuk-frontend, Aksel's tokens, baseline and component sheets); ours carry their styles in their code, so their
JS is their JS + CSS. Aksel is imported from each component's own entry, with its packages' \`sideEffects: false\`
applied (esbuild otherwise reads the \`{"type": "module"}\` package.json of its ESM folder and keeps every
component and icon).
`);
  const sizeRow = (/** @type {string} */ id, /** @type {string} */ ratio, /** @type {string} */ cssRatio = '') => {
    const s = r.sizes.get(id);
    if (!s) return row([label(id), '–', '–', '–', '–', '–', '–', '–', '–', '–', ratio, cssRatio]);
    const b = s.beyondLit.initial;
    const a = s.withLit.initial;
    return row([
      label(id),
      int(b.min),
      int(b.gzip),
      int(b.brotli),
      int(a.min),
      int(a.gzip),
      int(a.brotli),
      int(s.beyondLit.lazy.gzip),
      s.css.gzip ? int(s.css.gzip) : '–',
      int(b.gzip + s.css.gzip),
      ratio,
      cssRatio,
    ]);
  };
  const sizeHead = header(
    [
      'entry',
      'min',
      'gzip',
      'brotli',
      'alone min',
      'alone gzip',
      'alone brotli',
      'later (gzip)',
      'own CSS (gzip)',
      'JS + CSS (gzip)',
      'peer ÷ ours',
      'JS + CSS: peer ÷ ours',
    ],
    'l',
  );
  const jsCss = (/** @type {string} */ id) => {
    const s = r.sizes.get(id);
    return s ? s.beyondLit.initial.gzip + s.css.gzip : 0;
  };
  for (const [kind, title] of KINDS) {
    const group = r.candidates.filter((c) => c.kind === kind && r.sizes.has(c.id));
    if (group.length === 0) continue;
    const ours = group.find((c) => c.ours);
    const oursGzip = ours ? r.sizes.get(ours.id)?.beyondLit.initial.gzip : undefined;
    out.push(`### ${title}\n\n${sizeHead}`);
    for (const c of group) {
      const gzip = /** @type {SizeResult} */ (r.sizes.get(c.id)).beyondLit.initial.gzip;
      const both = ours ? jsCss(ours.id) : 0;
      out.push(sizeRow(c.id, c.ours || !oursGzip || !gzip ? '' : times(gzip / oursGzip), c.ours || !both ? '' : times(jsCss(c.id) / both)));
    }
    out.push('');
  }
  out.push(`### Floor, clients and the whole library\n\n${sizeHead}`);
  for (const c of r.candidates.filter((c) => ['floor', 'client', 'bundle'].includes(c.kind) && r.sizes.has(c.id))) {
    out.push(sizeRow(c.id, ''));
  }
  out.push('');
  const kit = r.sizes.get('designsystemet-web');
  if (kit) {
    const theirs = kit.beyondLit.initial.gzip + kit.css.gzip;
    const lines = [];
    for (const id of ['felles-all', 'felles-bundle']) {
      const s = r.sizes.get(id);
      if (!s) continue;
      const alone = s.withLit.initial.gzip;
      lines.push(
        `- ${label(id)}: ${kb(alone)} kB gzip with Lit, styles included, against Designsystemet's ${kb(kit.beyondLit.initial.gzip)} kB JS + ${kb(kit.css.gzip)} kB CSS = ${kb(theirs)} kB: JS ${times(kit.beyondLit.initial.gzip / alone)}, JS + CSS ${times(theirs / alone)} (peer ÷ ours).`,
      );
    }
    out.push(`**The whole kit, JS + CSS** (the fair sum: Designsystemet's JavaScript needs its CSS; ours carries it):\n\n${lines.join('\n')}\n`);
  }

  // ---- speed
  out.push(`## 2. Speed in Chromium

Headless Chromium through Playwright, a fresh browser context per sample (no code cache), each component bundled
alone with its own Lit, on a page with Designsystemet's theme and component CSS (as a public service's page has). ${r.warmup} warm-up sample${r.warmup === 1 ? '' : 's'} dropped, then ${r.runs} samples; **median** with the
interquartile range in brackets, in milliseconds. **define**: import until the tag is registered. **render**: create,
connect, first render and layout. **open 20 / 1 000**: give that many options and open the list, until the last
one is on screen (ours through its \`source\` property, without network; the peers in their documented way:
Spectrum's \`options\`, Lion's and UI5's option children). Opening with 1 000 runs in pages of its own and takes
samples only while a ${r.speedBudgetSeconds}-second budget lasts, at least one (n says how many). **open** (dialogs): until the content is on screen.
Every dialog shows the same request, its end date formatted with \`Intl.DateTimeFormat\` in the page's language (the
first one on a page loads locale data, tens of milliseconds here, so it is part of every dialog's first render).
The steppers render the largest life event, *${r.stepper.id}* (${r.stepper.count} steps), the UI5 wizard the same
steps as \`<ui5-wizard-step>\`s, Aksel's Stepper and FormProgress (open) the same titles, GOV.UK's step-by-step the
titles and descriptions in its template's markup with its script, and the same markup as static HTML with its CSS
and no script (the floor). Aksel's components render with React 19's \`createRoot\`, committed with \`flushSync\`;
the native \`<dialog>\` is the floor for dialogs, Designsystemet's is the same element with its class and its
\`closedby\` polyfill.

**keydown → paint** (comboboxes): with 20 results on screen (each combobox given results for whatever is typed,
as a server search gives them; ours from the first character), “${r.typed}” is typed through the DevTools protocol,
so the keys are trusted events as from a keyboard, one every ${r.keyGapMs} ms. For each key, the time from the
keydown's time stamp to the task after the next animation frame (after that frame's paint): **median**, **p95**
over every key of every sample, and how many keys the Event Timing API (\`PerformanceObserver\` type \`event\`,
\`durationThreshold: 16\`) reported at 16 ms or more to their next paint. One frame is 16.7 ms. GOV.UK's
autocomplete updates its list on \`input\` (and polls every 100 ms); Spectrum, Lion and UI5 are not typed into.

"peer ÷ ours" above 1 means we are faster.
`);
  const fmt = (/** @type {import('./stats.mjs').Summary | undefined} */ s) =>
    s ? `${ms(s.median)} (${ms(s.p25)}–${ms(s.p75)})${s.n < r.runs ? ` n=${s.n}` : ''}` : '–';
  for (const [kind, title] of KINDS) {
    const group = r.candidates.filter((c) => c.kind === kind && speedOf.has(c.id));
    if (group.length === 0) continue;
    const names =
      kind === 'combobox'
        ? ['define', 'render', 'open20', 'open1000', 'typing']
        : kind === 'dialog'
          ? ['define', 'render', 'open']
          : ['define', 'render'];
    const titles = names.map(
      (n) =>
        ({
          open20: 'open 20',
          open1000: 'open 1 000',
          typing: 'keydown → paint',
          render: kind === 'stepper' ? `render ${r.stepper.count} steps` : 'render',
        })[n] ?? n,
    );
    const ours = group.find((c) => c.ours);
    out.push(
      `### ${title}\n\n${header(['component', ...titles, ...names.filter((n) => n !== 'define').map((n) => `${titles[names.indexOf(n)]}: peer ÷ ours`)], 'l')}`,
    );
    for (const c of group) {
      const s = /** @type {SpeedResult} */ (speedOf.get(c.id));
      const ratios = names
        .filter((n) => n !== 'define')
        .map((n) => {
          const mine = ours && speedOf.get(ours.id)?.measures[n]?.median;
          const theirs = s.measures[n]?.median;
          return c.ours || !mine || theirs === undefined ? '' : times(theirs / mine);
        });
      const cells = names.map((n) =>
        n === 'typing' && s.typing && s.measures.typing
          ? `${ms(s.measures.typing.median)} (p95 ${ms(s.typing.p95)}; ${s.typing.slow} of ${s.typing.keys} keys ≥ 16 ms)`
          : n === 'typing' && !s.measures.typing
            ? '–'
            : fmt(s.measures[n]),
      );
      out.push(row([label(c.id) + (s.errors.length ? ` ⚠ ${s.errors[0]}` : ''), ...cells, ...ratios]));
    }
    out.push('');
  }
  const floor = speedOf.get('lit-floor');
  if (floor) out.push(`The floor, one minimal Lit element: define ${fmt(floor.measures.define)}, render ${fmt(floor.measures.render)}.\n`);

  // ---- requests
  out.push(`## 3. Requests while typing\n\n${r.requestSetup}\n`);
  if (r.requests) {
    const { felles, noPause, naive } = r.requests;
    out.push(header(['lookup', 'keystrokes', 'requests sent', 'aborted', 'stale', 'wasted', 'cache hits', 'addresses chosen'], 'l'));
    for (const [name, q] of /** @type {const} */ ([
      ['&lt;felles-address-lookup&gt; (defaults: 3 characters, 250 ms pause)', felles],
      ['&lt;felles-address-lookup debounce="0"&gt; (no pause: cancelling and the cache only)', noPause],
      ['naive: a request per keystroke from 3 characters', naive],
    ])) {
      out.push(row([name, int(q.keystrokes), int(q.sent), int(q.aborted), int(q.stale), int(q.wasted), int(q.cacheHits), int(q.chosen)]));
    }
    out.push('');
  } else {
    out.push('Not measured: the address lookup or the sandbox was not available.\n');
  }

  // ---- memory
  out.push(`## 4. Memory

${r.memoryBound}
`);
  out.push(header(['element', 'heap before', 'heap after', 'growth', 'per cycle', 'DOM nodes', 'listeners', 'within bound'], 'l'));
  for (const m of r.memory) {
    const verdict = m.error ? `error: ${m.error}` : m.ok ? 'yes' : 'no';
    out.push(
      row([
        label(m.id),
        `${kb(m.before.heap)} kB`,
        `${kb(m.after.heap)} kB`,
        `${m.growth.heap >= 0 ? '+' : ''}${kb(m.growth.heap)} kB`,
        `${int(m.perCycleBytes)} B`,
        `${m.growth.nodes >= 0 ? '+' : ''}${m.growth.nodes}`,
        `${m.growth.listeners >= 0 ? '+' : ''}${m.growth.listeners}`,
        verdict,
      ]),
    );
  }
  out.push('');

  // ---- budgets
  out.push(`## Size budgets in CI

\`npm test\` runs size-limit on \`.size-limit.cjs\`. This run measured every entry with size-limit itself and ${
    r.budgetsWritten
      ? 'set each\nlimit to the measured size + 5 % (`node scripts/size-budgets.mjs --write`), so a regression of more than 5 % fails.'
      : 'left the\nlimits as they were (`--no-write`); "limit" is what `node scripts/size-budgets.mjs --write` would set: the measured size + 5 %.'
  }
`);
  out.push(header(['entry', 'measured (gzip)', 'limit'], 'l'));
  for (const b of r.budgets) out.push(row([b.name, `${int(b.size)} B`, b.newLimit]));
  out.push('');
  return out.join('\n');
}

/**
 * The comparisons in words, per kind: size and speed against each peer.
 * @param {Report} r @param {Map<string, Candidate>} byId @param {Map<string, SpeedResult>} speedOf
 */
function summary(r, byId, speedOf) {
  const lines = [
    'Each cell reads "peer vs ours", then the verdict; lower is better everywhere. Speed verdicts say "within noise"',
    'when the middle halves of the two sets of samples overlap.',
    '',
    header(
      ['ours', 'peer', 'size, kB gzip beyond Lit', 'first render, ms', 'open 20, ms', 'open 1 000, ms', 'keydown → paint, ms', 'open dialog, ms'],
      'll',
    ),
  ];
  /** @param {number} a ours @param {number} b theirs @param {[string, string]} words better, worse */
  const ratio = (a, b, [better, worse]) => (b >= a ? `ours ${(b / a).toFixed(1)}× ${better}` : `ours ${(a / b).toFixed(1)}× ${worse}`);
  for (const [kind] of KINDS) {
    const ours = r.candidates.find((c) => c.kind === kind && c.ours);
    if (!ours) continue;
    const mySize = r.sizes.get(ours.id)?.beyondLit.initial.gzip;
    const mine = speedOf.get(ours.id)?.measures;
    for (const p of r.candidates.filter((c) => c.kind === kind && !c.ours)) {
      const size = r.sizes.get(p.id)?.beyondLit.initial.gzip;
      const theirs = speedOf.get(p.id)?.measures;
      const cells = [size && mySize ? `${kb(size)} vs ${kb(mySize)}: ${ratio(mySize, size, ['smaller', 'larger'])}` : size === 0 ? 'no JS' : '–'];
      for (const name of /** @type {const} */ (['render', 'open20', 'open1000', 'typing', 'open'])) {
        const a = mine?.[name];
        const b = theirs?.[name];
        if (!a || !b) {
          cells.push('–');
          continue;
        }
        const v = verdict(a, b);
        cells.push(`${ms(b.median)} vs ${ms(a.median)}: ${v === 'within noise' ? v : ratio(a.median, b.median, ['faster', 'slower'])}`);
      }
      lines.push(row([escape(ours.component), `${p.library} ${escape(p.component)}`, ...cells]));
    }
  }
  lines.push('');
  if (r.requests) {
    const { felles, noPause, naive } = r.requests;
    lines.push(
      `- **Requests:** typing five addresses (${felles.keystrokes} keystrokes), the address lookup sent ${felles.sent} requests ` +
        `(${felles.wasted} wasted, ${felles.cacheHits} answered from its cache) where a request per keystroke sent ${naive.sent} ` +
        `(${naive.wasted} wasted: answers to text already changed, which the naive lookup shows anyway). Without its pause ` +
        `it would send ${noPause.sent}, but cancel ${noPause.aborted} in flight, so only ${noPause.stale} stale ` +
        `answer${noPause.stale === 1 ? '' : 's'} arrive${noPause.stale === 1 ? 's' : ''}.`,
    );
  }
  const ours = r.memory.filter((m) => byId.get(m.id)?.ours);
  if (ours.length) {
    const worst = Math.max(...ours.map((m) => m.growth.heap));
    lines.push(
      `- **Memory:** ${ours.filter((m) => m.ok).length} of ${ours.length} elements within the bound after 1 000 cycles ` +
        `(largest heap growth ${kb(worst)} kB, DOM nodes ${Math.max(...ours.map((m) => m.growth.nodes))}).`,
    );
  }
  return lines;
}
