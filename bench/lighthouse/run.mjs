// Lighthouse over Masthead's reader pages, run by bench/lighthouse.sh (see there for usage).
//
// For every edition (ru at /, en at /en/, hy at /hy/) it finds a home, an article, a section and
// a search page (the query is a word of the article's title), and runs Lighthouse on each in the
// light and the dark theme. The theme is what boot.js reads from localStorage["masthead.theme"]
// before the first paint; Lighthouse cannot set storage before a load, so this drives the same
// Chromium with puppeteer-core: it opens a cheap page on the site's origin (/healthz), stores the
// theme there, then hands the tab to Lighthouse. Lighthouse's own storage reset clears the HTTP
// cache, service workers and Cache Storage of the origin but not localStorage (its default
// clearStorageTypes), so every run still loads cold, in the chosen theme; after each run the tab's
// <html data-theme> is checked, and a run whose theme did not apply is marked "theme?".
//
// Env: BASE (site URL), EDITIONS ("ru en hy"), THEMES ("light dark"), PAGES ("home article
// section search"), PRESET ("mobile", Lighthouse's default throttled phone, or "desktop"),
// OUT (where JSON reports and page HTML go), CHROMIUM (/usr/bin/chromium).
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';

const env = process.env;
const BASE = (env.BASE || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const EDITIONS = (env.EDITIONS || 'ru en hy').split(/\s+/).filter(Boolean);
const THEMES = (env.THEMES || 'light dark').split(/\s+/).filter(Boolean);
const PAGES = (env.PAGES || 'home article section search').split(/\s+/).filter(Boolean);
const PRESET = env.PRESET || 'mobile';
const OUT = env.OUT || 'bench/out-lighthouse';
const CHROMIUM = env.CHROMIUM || '/usr/bin/chromium';
const DEFAULT_EDITION = 'ru';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const SHORT = {performance: 'perf', accessibility: 'a11y', 'best-practices': 'bp', seo: 'seo'};

const prefix = ed => (ed === DEFAULT_EDITION ? '' : `/${ed}`);

async function get(url) {
  const r = await fetch(url, {headers: {Accept: 'text/html'}});
  if (!r.ok) throw new Error(`GET ${url}: HTTP ${r.status}`);
  return r.text();
}

function unescapeHtml(s) {
  return s
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

// The pages of one edition: {home, article, section, search} → path.
async function discover(ed) {
  const p = prefix(ed);
  const home = `${p}/`;
  const html = await get(BASE + home);
  const first = kind => {
    const m = html.match(new RegExp(`href="(${p}/${kind}/[^"?#]+)"`));
    return m ? m[1] : null;
  };
  const pages = {home};
  const article = first('post');
  const section = first('category');
  if (article) pages.article = article;
  if (section) pages.section = section;
  let word = 'a';
  if (article) {
    const a = await get(BASE + article);
    const h1 = a.match(/<h1[^>]*class="article-title"[^>]*>([\s\S]*?)<\/h1>/);
    const words = h1 ? unescapeHtml(h1[1]).match(/\p{L}{4,}/gu) || [] : [];
    if (words.length) word = words.sort((x, y) => y.length - x.length)[0];
  }
  pages.search = `${p}/search?q=${encodeURIComponent(word)}`;
  return pages;
}

// One line for a failing audit: its title, display value and the first elements it names.
function reason(audit) {
  let s = audit.title.replace(/\s+/g, ' ');
  if (audit.displayValue) s += ` (${audit.displayValue})`;
  const items = audit.details && Array.isArray(audit.details.items) ? audit.details.items : [];
  const nodes = items
    .map(it => (it.node && (it.node.selector || it.node.snippet)) || it.url || '')
    .filter(Boolean);
  if (nodes.length) {
    s += `: ${nodes.slice(0, 3).join(' | ')}`;
    if (nodes.length > 3) s += ` (+${nodes.length - 3} more)`;
  }
  return s.length > 300 ? s.slice(0, 297) + '...' : s;
}

// The failing audits of a category: those that weigh in its score; for performance also the
// three opportunities or insights (weight 0, but they say what to fix) that would save most.
function failing(lhr, cat) {
  const c = lhr.categories[cat];
  const out = [];
  const hints = [];
  for (const ref of c.auditRefs) {
    const a = lhr.audits[ref.id];
    if (!a || a.score === null || a.score >= 1) continue;
    if (['notApplicable', 'manual', 'informative', 'error'].includes(a.scoreDisplayMode)) continue;
    if (ref.weight > 0) out.push({id: a.id, weighted: true, why: reason(a)});
    else if (cat === 'performance' && a.score < 0.9) hints.push(a);
  }
  const saves = a => {
    const d = a.details || {};
    const m = a.metricSavings || {};
    return [d.overallSavingsMs || m.LCP || m.FCP || m.TBT || 0, d.overallSavingsBytes || 0];
  };
  hints.sort((x, y) => saves(y)[0] - saves(x)[0] || saves(y)[1] - saves(x)[1] || x.score - y.score);
  for (const a of hints.slice(0, 3)) out.push({id: a.id, weighted: false, why: reason(a)});
  return out;
}

// A path as a reader reads it (the search query's letters, not %D1%8D...).
const shown = p => { try { return decodeURI(p); } catch (e) { return p; } };

async function main() {
  fs.mkdirSync(OUT, {recursive: true});
  const targets = [];
  for (const ed of EDITIONS) {
    const pages = await discover(ed);
    for (const kind of PAGES) {
      if (!pages[kind]) {
        console.error(`${ed}: no ${kind} page found on ${BASE}${prefix(ed)}/ (skipped)`);
        continue;
      }
      const file = `${OUT}/${ed}-${kind}.html`;
      fs.writeFileSync(file, await get(BASE + pages[kind]));
      targets.push({ed, kind, path: pages[kind]});
    }
  }

  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true, // new headless
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
  const rows = [];
  try {
    for (const theme of THEMES) {
      for (const t of targets) {
        const page = await browser.newPage();
        await page.goto(`${BASE}/healthz`, {waitUntil: 'load'});
        await page.evaluate(v => localStorage.setItem('masthead.theme', v), theme);
        const flags = {
          output: 'json', logLevel: 'error', onlyCategories: CATEGORIES,
          locale: 'en-US', // reasons in English whatever the page's language
        };
        const started = Date.now();
        const result = await lighthouse(BASE + t.path, flags,
          PRESET === 'desktop' ? desktopConfig : undefined, page);
        const lhr = result.lhr;
        const applied = await page
          .evaluate(() => document.documentElement.getAttribute('data-theme'))
          .catch(() => null);
        await page.close();
        fs.writeFileSync(`${OUT}/${t.ed}-${t.kind}-${theme}.json`, JSON.stringify(lhr));
        const scores = {};
        const fails = {};
        for (const c of CATEGORIES) {
          const s = lhr.categories[c] && lhr.categories[c].score;
          scores[c] = s === null || s === undefined ? null : Math.round(s * 100);
          if (scores[c] !== null && scores[c] < 100) fails[c] = failing(lhr, c);
        }
        const row = {...t, theme, scores, fails, themeOk: applied === theme,
          error: lhr.runtimeError ? lhr.runtimeError.message : null,
          secs: Math.round((Date.now() - started) / 1000)};
        rows.push(row);
        console.error(`  ${t.ed} ${t.kind} ${theme}: ` +
          CATEGORIES.map(c => `${SHORT[c]} ${scores[c] ?? '-'}`).join(', ') + ` (${row.secs} s)`);
      }
    }
  } finally {
    await browser.close();
  }

  // The table.
  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  console.log(`Lighthouse ${result_version()} on ${BASE}, ${PRESET} preset` +
    (PRESET === 'mobile' ? ' (simulated slow 4G and 4x slower CPU)' : '') +
    '; performance means something only against a release build');
  console.log('');
  console.log(`${pad('edition', 8)}${pad('page', 9)}${pad('theme', 7)}` +
    CATEGORIES.map(c => lpad(SHORT[c], 6)).join('') + '  url');
  for (const r of rows) {
    console.log(`${pad(r.ed, 8)}${pad(r.kind, 9)}${pad(r.theme, 7)}` +
      CATEGORIES.map(c => lpad(r.scores[c] ?? '-', 6)).join('') + `  ${shown(r.path)}` +
      (r.themeOk ? '' : '  (theme?)') + (r.error ? `  (error: ${r.error})` : ''));
  }

  // Failing audits, each run with its own.
  const failed = rows.filter(r => Object.keys(r.fails).length);
  if (failed.length) {
    console.log('');
    console.log('Failing audits (those that weigh in the score; "~" marks one of the three performance');
    console.log('opportunities or insights that would save most)');
    for (const r of failed) {
      console.log(`${r.ed} ${r.kind} ${r.theme} (${shown(r.path)}):`);
      for (const c of CATEGORIES) {
        for (const f of r.fails[c] || []) {
          console.log(`  ${SHORT[c]}  ${f.weighted ? ' ' : '~'}${f.id}: ${f.why}`);
        }
      }
    }
  }
  const broken = rows.some(r => !r.themeOk || r.error);
  process.exitCode = broken ? 2 : 0;
}

let lhVersion = '';
function result_version() {
  if (lhVersion) return lhVersion;
  try {
    const pkg = JSON.parse(fs.readFileSync(
      path.join(path.dirname(new URL(import.meta.url).pathname), 'node_modules/lighthouse/package.json')));
    lhVersion = pkg.version;
  } catch (e) { lhVersion = '?'; }
  return lhVersion;
}

main().catch(e => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(3);
});
