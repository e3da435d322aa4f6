// `npm run bench`: builds the demo, runs it in Chromium and prints figures from one run. Figures on a shared
// machine are noisy: compare ratios within one run, never against a fixed number.
import { execSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4177);
const BASE = `http://127.0.0.1:${PORT}`;
const SCALE_COVERAGE = execSync(
  `npx tsx -e "import { SEED } from './mocks/seed/ids.ts'; console.log(SEED.scaleCoverage)"`,
)
  .toString()
  .trim();

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const line = (label, value) => console.log(`${label.padEnd(58)} ${value}`);

console.log('Building the demo…');
execSync('npm run build:demo', { stdio: 'ignore' });

// 1. JavaScript sizes (gzip): what the first page loads, the whole app, and the demo's mock apart.
const assets = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
const html = readFileSync('dist/index.html', 'utf8');
const initial = assets.filter((f) => html.includes(f));
const gz = (f) => gzipSync(readFileSync(`dist/assets/${f}`)).length;
const mock = assets.filter((f) => !initial.includes(f) && /browser|msw|mock/i.test(f));
const initialBytes = initial.reduce((sum, f) => sum + gz(f), 0);
const allBytes = assets.filter((f) => !mock.includes(f)).reduce((sum, f) => sum + gz(f), 0);
console.log('\nJavaScript (gzip)');
line('initial JS of the list route (first page load)', kb(initialBytes));
line('whole app, every chunk except the demo mock', kb(allBytes));
line(
  'demo mock chunk (MSW + graphql-js + schema), loaded apart',
  kb(mock.reduce((s, f) => s + gz(f), 0)),
);

// 2. The mock's resolvers, in-process.
const resolvers = JSON.parse(
  execSync('npx tsx tests/bench/resolvers.ts').toString().trim().split('\n').pop(),
);
console.log('\nMock resolver latency on the scale seed (ms)');
line(
  'list query (25 of 10,000 coverages) p50 / p95',
  `${resolvers.list.p50} / ${resolvers.list.p95}`,
);
line(
  'Result tab query (100 of 5,000 tested entities) p50 / p95',
  `${resolvers.result.p50} / ${resolvers.result.p95}`,
);

// 3. In Chromium, against the built demo on the scale seed.
// Vite itself (not through npx), so that stopping it stops the server: Vite allows one preview per project.
const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);
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
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // Seed once (the scale data set is generated in the browser and saved), then measure warm navigations.
  await page.goto(`${BASE}/dashboard/analyses/security_coverages?seed=scale`);
  await page
    .getByRole('table', { name: 'Security Coverages' })
    .getByRole('row')
    .nth(1)
    .waitFor({ timeout: 120_000 });

  let start = Date.now();
  await page.goto(`${BASE}/dashboard/analyses/security_coverages?seed=scale`);
  await page
    .getByRole('table', { name: 'Security Coverages' })
    .getByRole('row')
    .nth(1)
    .waitFor({ timeout: 60_000 });
  const listMs = Date.now() - start;

  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  start = Date.now();
  await page.goto(
    `${BASE}/dashboard/analyses/security_coverages/${SCALE_COVERAGE}/result?seed=scale`,
  );
  const table = page.getByRole('table').first();
  await table.getByRole('row').nth(1).waitFor({ timeout: 60_000 });
  const firstRowsMs = Date.now() - start;
  const total = Number((await table.getAttribute('aria-rowcount')) ?? 0);
  await page.evaluate(() => (window.__longest = 0));
  // Scroll to the end, letting each page of rows load.
  for (let i = 0; i < 400; i += 1) {
    const done = await page.evaluate(() => {
      const scroller = [...document.querySelectorAll('*')].find(
        (el) =>
          el.scrollHeight > el.clientHeight + 10 &&
          el.querySelector('table') &&
          getComputedStyle(el).overflowY !== 'visible',
      );
      const target = scroller ?? document.scrollingElement;
      target.scrollTop += 2000;
      return target.scrollTop + target.clientHeight >= target.scrollHeight - 5;
    });
    await page.waitForTimeout(30);
    if (done && i > 5) {
      const rows = await table.getAttribute('aria-rowcount');
      if (Number(rows) >= total) break;
    }
  }
  const longest = await page.evaluate(() => window.__longest);
  const domRows = await table.locator('tbody tr').count();
  console.log('\nIn Chromium, demo build, scale seed');
  line('list of 10,000 coverages: time to the first page', `${listMs} ms`);
  line('Result tab of 5,000 tested entities: time to the first rows', `${firstRowsMs} ms`);
  line('Result tab: rows in the DOM after scrolling to the end', `${domRows} of ${total}`);
  line('Result tab: longest task while scrolling to the end', `${Math.round(longest)} ms`);
  console.log('\n(A plain, non-virtualized table of the same rows is not measured yet.)');
  await browser.close();
} finally {
  server.kill();
}
