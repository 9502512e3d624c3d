// Shared plumbing of the end-to-end scripts: headless Chromium through playwright-core, steps that report, screenshots,
// and the API read through the browser's own session so both see the same data.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const baseUrl = required('INVENTORY_URL');
export const screenshots = process.env.INVENTORY_SCREENSHOTS ?? join(process.cwd(), 'e2e-screenshots');
const executablePath = process.env.INVENTORY_CHROMIUM ?? '/usr/bin/chromium';
const timeout = 20_000;

export function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set.`);
    process.exit(2);
  }
  return value;
}

export async function launch() {
  mkdirSync(screenshots, { recursive: true });
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 1000 }, acceptDownloads: true,
    timezoneId: 'UTC', locale: 'en-GB' });
  context.setDefaultTimeout(timeout);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // The server's content security policy allows no inline script; a page that breaks it fails the run.
  page.on('console', (m) => m.text().includes('Content Security Policy') && problems.push(`CSP: ${m.text()}`));
  return { browser, context, page, problems };
}

let passed = 0;
let failed = 0;

/** Runs one scenario step, printing ok / not ok; a failing step fails the script but later steps still run. */
export async function step(name, run) {
  try {
    await run();
    passed++;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed++;
    console.log(`not ok - ${name}\n  ${String(error?.stack ?? error).split('\n').join('\n  ')}`);
  }
}

export function finish(problems = []) {
  for (const p of problems) console.log(`not ok - ${p}`);
  failed += problems.length;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

export function equal(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

export async function screenshot(page, name) {
  // Charts and fonts settle before the picture is taken.
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

/** GET through the browser context, with its cookies. */
export async function api(page, path) {
  const response = await page.request.get(path);
  check(response.ok(), `GET ${path} answered ${response.status()}: ${await response.text()}`);
  return response.json();
}

/** Signs in through the sign-in page when the server has sign-in; an open server goes straight to the dashboard. */
export async function signIn(page, username = process.env.INVENTORY_USERNAME, password = process.env.INVENTORY_PASSWORD) {
  const me = await page.request.get('/api/auth/me');
  if (me.status() === 404) {
    await page.goto('/');
    return false;
  }
  check(username && password, 'The server asks for sign-in but INVENTORY_USERNAME and INVENTORY_PASSWORD are not set.');
  await page.goto('/assets');
  await page.waitForURL(/\/sign-in\?returnUrl=%2Fassets/);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await screenshot(page, 'sign-in');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/assets');
  return true;
}

/** Waits until a condition read from the page holds, for values that follow asynchronous read models. */
export async function eventually(read, accept, what, wait = timeout) {
  const until = Date.now() + wait;
  let last;
  while (Date.now() < until) {
    last = await read();
    if (accept(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: still ${JSON.stringify(last)} after ${wait} ms`);
}

/** RFC 4180 CSV, as the export writes it (UTF-8 with BOM, quoted fields, CRLF). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export function readDownload(path) {
  return readFileSync(path);
}
