// `npm run bench`: builds the demo, runs it in Chromium and prints figures from one run. Timings are medians of a
// few trials (BENCH_TRIALS, 3 by default); on a shared machine they move from run to run, ratios within a run less.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, minifySync } from 'vite';

const PORT = Number(process.env.BENCH_PORT ?? 4177);
const BASE = `http://127.0.0.1:${PORT}`;
const TRIALS = Number(process.env.BENCH_TRIALS ?? 3);
const SCALE_COVERAGE = execSync(
  `npx tsx -e "import { SEED } from './mocks/seed/ids.ts'; console.log(SEED.scaleCoverage)"`,
)
  .toString()
  .trim();
const LIST_URL = `${BASE}/dashboard/analyses/security_coverages?seed=scale`;
const COVERAGE_URL = `${BASE}/dashboard/analyses/security_coverages/${SCALE_COVERAGE}`;
const PLAIN_URL = `${BASE}/__bench/index.html`;
/** The tables' accessible names (English catalog), and the bench page's plain table. */
const LIST_TABLE = 'Security Coverages';
const RESULT_TABLE = 'Coverage results';
const PLAIN_TABLE = 'Plain table';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value) => `${Math.round(value)} ms`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const line = (label, value) => console.log(`${label.padEnd(76)} ${value}`);
const gz = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;

/** Where a module's code comes from, for the breakdown of the list route's JavaScript. */
function origin(id) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1];
  if (!pkg) return /\/src\//.test(id) ? 'the console (code, catalogs, Relay artifacts)' : 'other';
  if (/^(react|react-dom|scheduler)$/.test(pkg)) return 'React, ReactDOM';
  if (/^(react-relay|relay-runtime|fbjs|invariant)$/.test(pkg)) return 'Relay';
  if (pkg === 'react-router') return 'react-router';
  if (/^(@mui|@emotion|@popperjs|stylis|react-transition-group|clsx|react-is|@babel)/.test(pkg))
    return 'MUI, emotion';
  if (/^(react-intl|@formatjs|intl-messageformat|tslib)/.test(pkg)) return 'react-intl';
  return 'other';
}

// 1. The demo build, recording each chunk's modules (for the mock's chunks and the breakdown), and the bench-only
// page of the plain table (dist/__bench, removed at the end).
console.log('Building the demo and the bench-only plain table page…');
execSync('npx relay-compiler', { stdio: 'ignore' });
const chunks = new Map();
await build({
  mode: 'demo',
  logLevel: 'warn',
  plugins: [
    {
      name: 'bench-chunks',
      generateBundle(_options, bundle) {
        for (const out of Object.values(bundle)) {
          if (out.type !== 'chunk') continue;
          chunks.set(out.fileName, {
            entry: out.facadeModuleId ?? '',
            imports: [...out.imports, ...out.dynamicImports],
            modules: Object.entries(out.modules).map(([id, m]) => ({ id, code: m.code ?? '' })),
          });
        }
      },
    },
  ],
});
await build({ configFile: 'tests/bench/plain-table/vite.config.ts', logLevel: 'warn' });

// The demo's mock: the chunk of mocks/browser.ts and the chunks that only it (or they) import.
const mockFiles = new Set(
  [...chunks].filter(([, c]) => c.entry.endsWith('mocks/browser.ts')).map(([f]) => f),
);
for (let grew = true; grew;) {
  grew = false;
  for (const [file] of chunks) {
    const importers = [...chunks].filter(([, c]) => c.imports.includes(file)).map(([f]) => f);
    if (!mockFiles.has(file) && importers.length && importers.every((f) => mockFiles.has(f))) {
      mockFiles.add(file);
      grew = true;
    }
  }
}
const appFiles = [...chunks.keys()].filter((f) => !mockFiles.has(f));

// 2. The mock's resolvers, in-process.
const resolvers = JSON.parse(
  execSync('npx tsx tests/bench/resolvers.ts').toString().trim().split('\n').pop(),
);

/**
 * In every page: when each GraphQL response body has arrived, when each table first shows a body row (and the
 * frame after, once it is painted), and the long tasks.
 */
function instrument() {
  const bench = { responses: [], firstRows: {}, painted: {}, longTasks: [] };
  window.__bench = bench;
  const fetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (String(typeof input === 'string' ? input : input.url).endsWith('/graphql')) {
      let name = '';
      try {
        name = JSON.parse(String(init?.body ?? '{}')).operationName ?? '';
      } catch {
        // not JSON: unnamed
      }
      response
        .clone()
        .text()
        .then(() => bench.responses.push({ name, at: performance.now() }));
    }
    return response;
  };
  new MutationObserver(() => {
    for (const table of document.querySelectorAll('table[aria-label]')) {
      const label = table.getAttribute('aria-label') ?? '';
      if (label in bench.firstRows || !table.querySelector('tbody tr:not([aria-hidden])')) continue;
      bench.firstRows[label] = performance.now();
      requestAnimationFrame(() => setTimeout(() => (bench.painted[label] = performance.now())));
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Waits for a table's first rows to be painted; returns when that was, and when the last response before came. */
async function firstRows(page, label, since) {
  await page.waitForFunction((l) => l in window.__bench.painted, label, { timeout: 180_000 });
  return page.evaluate(
    ({ l, since }) => {
      const b = window.__bench;
      const before = b.responses.filter((r) => r.at <= b.firstRows[l] && r.at >= since);
      return { painted: b.painted[l], data: Math.max(...before.map((r) => r.at)) };
    },
    { l: label, since },
  );
}

/**
 * The renderer main thread's tasks in a Chrome trace ('toplevel' category), with their wall and thread (CPU) times.
 * On a busy machine a task's wall time also counts the time its thread waited for a core; its CPU time does not.
 */
function mainThreadTasks(trace) {
  const { traceEvents } = JSON.parse(trace.toString());
  const mains = new Set(
    traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = traceEvents.filter(
    (e) =>
      e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`),
  );
  // The page's renderer is the busiest one.
  const busy = new Map();
  for (const t of tasks) busy.set(t.pid, (busy.get(t.pid) ?? 0) + (t.tdur ?? 0));
  const pid = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  return tasks.filter((t) => t.pid === pid).map((t) => ({ cpu: (t.tdur ?? 0) / 1000 }));
}

/**
 * Scrolls a table's scroll box to its last row (rows load as the end nears), a screen and a half per step, one step
 * every other frame. Returns the long tasks meanwhile (wall time from the Long Tasks API; main-thread CPU time from
 * a trace) and the rows in the DOM at the end. BENCH_TRACE=file.json keeps a trace to open in DevTools.
 */
async function scrollToEnd(browser, page, label) {
  await browser.startTracing(page, {
    categories: process.env.BENCH_TRACE
      ? ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline']
      : ['toplevel'],
  });
  const since = await page.evaluate(() => performance.now());
  const started = Date.now();
  for (;;) {
    const state = await page.evaluate(async (l) => {
      const table = document.querySelector(`table[aria-label="${l}"]`);
      const box = table.closest('.MuiTableContainer-root');
      box.scrollTop += Math.round(box.clientHeight * 1.5);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const last = Number(table.getAttribute('aria-rowcount'));
      return {
        atEnd: box.scrollTop + box.clientHeight >= box.scrollHeight - 2,
        lastShown: !!table.querySelector(`tbody tr[aria-rowindex="${last}"]`),
      };
    }, label);
    if (state.atEnd && state.lastShown) break;
    if (Date.now() - started > 300_000) throw new Error(`${label}: the end was never reached`);
  }
  const until = await page.evaluate(() => performance.now());
  const trace = await browser.stopTracing();
  if (process.env.BENCH_TRACE) writeFileSync(process.env.BENCH_TRACE, trace);
  const cpu = mainThreadTasks(trace).map((t) => t.cpu);
  // Long tasks are reported a little after they end: let the last ones arrive.
  await page.waitForTimeout(500);
  const seen = await page.evaluate(
    ({ l, since, until }) => {
      const table = document.querySelector(`table[aria-label="${l}"]`);
      const during = window.__bench.longTasks.filter((t) => t.start >= since && t.start <= until);
      return {
        wall: during.map((t) => t.duration),
        domRows: table.querySelectorAll('tbody tr[aria-rowindex]').length,
        total: Number(table.getAttribute('aria-rowcount')) - 1,
      };
    },
    { l: label, since, until },
  );
  const over50 = (values) => values.filter((v) => v > 50);
  return {
    ...seen,
    // The Long Tasks API reports tasks over 50 ms only.
    wall: seen.wall.length
      ? `longest ${ms(Math.max(...seen.wall))}, ${seen.wall.length} over 50 ms`
      : 'none over 50 ms',
    cpu: `longest ${ms(Math.max(0, ...cpu))}, ${over50(cpu).length} over 50 ms`,
  };
}

// 3. In Chromium, against the built demo on the scale seed. Vite itself (not through npx), so that stopping it
// stops the server: Vite allows one preview per project.
const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);
const figures = {};
try {
  for (let i = 0; i < 60; i += 1) {
    try {
      if ((await fetch(BASE)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const listTable = page.getByRole('table', { name: LIST_TABLE });
  // A first visit fills the HTTP cache (the scale data set itself is generated in the page at every load).
  await page.goto(LIST_URL);
  await listTable.getByRole('row').nth(1).waitFor({ timeout: 180_000 });

  // The list: the scripts its page load fetches, and the time to its first page.
  const listTimes = [];
  const listAfterData = [];
  let listScripts = [];
  for (let i = 0; i < TRIALS; i += 1) {
    const start = Date.now();
    await page.goto(LIST_URL);
    const t = await firstRows(page, LIST_TABLE, 0);
    listTimes.push(Date.now() - start);
    listAfterData.push(t.painted - t.data);
    listScripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname.replace(/^\//, ''))
        .filter((p) => p.endsWith('.js') && p.startsWith('assets/')),
    );
  }
  const unknown = listScripts.filter((f) => !existsSync(`dist/${f}`) || !chunks.has(f));
  if (unknown.length) throw new Error(`unknown scripts: ${unknown.join(', ')}`);
  figures.listFiles = listScripts.filter((f) => !mockFiles.has(f));
  figures.listMs = median(listTimes);
  figures.listAfterData = median(listAfterData);

  // The Result tab, opened from the Overview as an analyst does: to its first rows from the click, and from the
  // moment the last response it waited for arrived.
  const resultTrials = [];
  for (let i = 0; i < TRIALS; i += 1) {
    await page.goto(`${COVERAGE_URL}/overview?seed=scale`);
    const tab = page.getByRole('tab', { name: 'Result' });
    await tab.waitFor();
    await page.waitForLoadState('networkidle');
    const clickAt = await page.evaluate(() => {
      window.__bench.firstRows = {};
      window.__bench.painted = {};
      return performance.now();
    });
    await tab.click();
    const t = await firstRows(page, RESULT_TABLE, clickAt);
    resultTrials.push({ fromClick: t.painted - clickAt, afterData: t.painted - t.data });
  }
  figures.resultFromClick = median(resultTrials.map((t) => t.fromClick));
  figures.resultAfterData = median(resultTrials.map((t) => t.afterData));
  figures.resultScroll = await scrollToEnd(browser, page, RESULT_TABLE);

  // The plain table of the same rows: every page first (a plain table needs them all), then the first render.
  const plainTrials = [];
  for (let i = 0; i < TRIALS; i += 1) {
    await page.goto(PLAIN_URL);
    const t = await firstRows(page, PLAIN_TABLE, 0);
    plainTrials.push(t.painted - t.data);
  }
  figures.plainAfterData = median(plainTrials);
  figures.plainScroll = await scrollToEnd(browser, page, PLAIN_TABLE);
  await browser.close();
} finally {
  server.kill();
  rmSync('dist/__bench', { recursive: true, force: true });
}

// The list route's JavaScript by origin: each origin's share of the modules' code (minified and gzipped by origin,
// which compresses a little less than whole chunks do), applied to the real total.
const listBytes = figures.listFiles.reduce((s, f) => s + gz(f), 0);
const codeByOrigin = new Map();
for (const file of figures.listFiles)
  for (const m of chunks.get(file).modules)
    codeByOrigin.set(origin(m.id), `${codeByOrigin.get(origin(m.id)) ?? ''}\n;\n${m.code}`);
const shares = new Map(
  [...codeByOrigin].map(([name, code]) => [
    name,
    gzipSync(minifySync('bench.js', code, { compress: false }).code, { level: 9 }).length,
  ]),
);
const shareTotal = [...shares.values()].reduce((a, b) => a + b, 0);

console.log('\nJavaScript (gzip -9)');
line(
  'list route: every script its page load fetches',
  `${kb(listBytes)} in ${figures.listFiles.length} file(s)   (target ≤ 220 kB)`,
);
for (const [name, bytes] of [...shares].sort((a, b) => b[1] - a[1]))
  line(`  ≈ ${name}`, kb((listBytes * bytes) / shareTotal));
line('whole app, every chunk except the demo mock', kb(appFiles.reduce((s, f) => s + gz(f), 0)));
line(
  'demo mock (MSW, graphql-js, schema, seed), loaded apart',
  kb([...mockFiles].reduce((s, f) => s + gz(f), 0)),
);

console.log('\nMock resolver latency on the scale seed, in-process (ms)');
line(
  'list query (first 25 of 10,000 coverages) p50 / p95',
  `${resolvers.list.p50} / ${resolvers.list.p95}   (target p95 ≤ 20 ms)`,
);
line(
  'Result tab query (first 100 of 5,000 tested entities) p50 / p95',
  `${resolvers.result.p50} / ${resolvers.result.p95}`,
);

const rs = figures.resultScroll;
const ps = figures.plainScroll;
console.log(`\nIn Chromium, demo build, scale seed (medians of ${TRIALS} trials)`);
line(
  'list of 10,000 coverages: page load to the first page (demo boot included)',
  ms(figures.listMs),
);
line('list: first page after the data arrived', ms(figures.listAfterData));
line(
  'Result tab, 5,000 rows: from the click on the tab to the first rows',
  ms(figures.resultFromClick),
);
line(
  'Result tab: first rows after the data arrived',
  `${ms(figures.resultAfterData)}   (target ≤ 300 ms)`,
);
line(
  'Result tab: rows in the DOM after scrolling to the end',
  `${rs.domRows} of ${rs.total}   (target ≤ 200)`,
);
line(
  'Result tab: tasks while scrolling to the end, wall clock',
  `${rs.wall}   (target: none over 50 ms)`,
);
line('Result tab: the same tasks, main-thread CPU time', rs.cpu);
line(
  'plain MUI table, same 5,000 rows: first rows after the data arrived',
  ms(figures.plainAfterData),
);
line('plain table: rows in the DOM', `${ps.domRows} of ${ps.total}`);
line('plain table: tasks while scrolling to the end, wall clock', ps.wall);
line('plain table: the same tasks, main-thread CPU time', ps.cpu);
line(
  'first rows after the data, plain / virtualized',
  `${(figures.plainAfterData / figures.resultAfterData).toFixed(1)}×   (target ≥ 5×)`,
);
