// Sign in, the dashboard against the API, filtering the asset list (URL state), exports of exactly the view, the hover card,
// themes, and a first look at every page, with a screenshot of each.
import { api, check, equal, eventually, finish, launch, parseCsv, readDownload, required, screenshot, signIn, step } from './lib.mjs';

const account = required('E2E_ACCOUNT');
const otherRegion = required('E2E_REGION');
const { browser, page, context, problems } = await launch();
const assetCount = (n) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'asset' : 'assets'}`;

const digits = (text) => Number((text ?? '').replace(/[^0-9]/g, ''));

await step('signs in (or opens an open server) and lands where it was going', async () => {
  await signIn(page);
});

await step('dashboard totals, service counts and costs equal the API', async () => {
  await page.goto('/');
  await page.getByTestId('total-total').waitFor();
  const dashboard = await api(page, '/api/dashboard');
  for (const key of ['total', 'active', 'inactive', 'gone', 'decommissioned'])
    equal(digits(await page.getByTestId(`total-${key}`).textContent()), dashboard.counts.totals[key], `total ${key}`);
  check(dashboard.counts.totals.total > 0, 'the estate was discovered');
  const rows = await page.getByTestId('by-service').locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.getAttribute('data-key'), Number(tr.querySelector('[data-testid=line-total]').textContent.replace(/[^0-9]/g, ''))]));
  equal(rows, dashboard.counts.byService.map((l) => [l.key ?? '', l.total]), 'by service');
  const accountRow = await page.getByTestId('by-account').locator(`tbody tr[data-key="${account}"] [data-testid=line-total]`).textContent();
  equal(digits(accountRow), dashboard.counts.byAccount.find((l) => l.key === account).total, 'the account line');
  check(dashboard.costs.thisMonth !== null, 'costs were fetched');
  check((await page.getByTestId('cost-this-month').textContent()).includes(dashboard.costs.thisMonth.toFixed(2)), 'cost this month');
  check((await page.getByTestId('cost-last-month').textContent()).includes(dashboard.costs.lastMonth.toFixed(2)), 'cost last month');
  await page.locator('.recharts-bar-rectangle').first().waitFor();
  await screenshot(page, 'dashboard');
});

/** The list's total and rows, and what the API answers for the parameters in the page's URL. */
async function listMatchesApi() {
  const params = new URL(page.url()).searchParams;
  params.set('includeTotal', 'true');
  params.set('pageSize', '1000');
  const answer = await api(page, `/api/assets?${params}`);
  await page.getByTestId('asset-total').filter({ hasText: assetCount(answer.total) }).waitFor();
  const shown = await page.locator('[data-testid=asset-table] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-asset-id')));
  equal(shown, answer.items.slice(0, shown.length).map((a) => a.id), 'rows in the API order');
  return answer;
}

let filtered;
await step('filters include and exclude values and tags, with the view in the URL', async () => {
  await page.goto('/assets');
  await page.getByTestId('asset-table').waitFor();
  await page.getByRole('button', { name: 'Include service ec2' }).click();
  await page.waitForURL(/service=ec2/);
  let answer = await listMatchesApi();
  check(answer.items.every((a) => a.service === 'ec2'), 'only ec2 assets');
  const services = await page.locator('[data-testid=asset-table] td[data-column=service]').allTextContents();
  check(services.length > 0 && services.every((s) => s === 'ec2'), `every row is ec2: ${services}`);

  await page.locator('[data-facet=region] h2 button').click();
  await page.getByRole('button', { name: `Exclude region ${otherRegion}` }).click();
  await page.waitForURL(new RegExp(`region\\.exclude=${otherRegion}`));
  answer = await listMatchesApi();
  check(answer.items.every((a) => a.region !== otherRegion), 'no asset of the excluded region');

  await page.getByLabel('Tag key, or key=value').fill('Env=prod');
  await page.getByRole('button', { name: 'Include tag' }).click();
  await page.waitForURL(/tag=Env%3Dprod/);
  await page.getByRole('button', { name: 'Name', exact: true }).click();
  await page.waitForURL(/sort=-name/);
  answer = await listMatchesApi();
  check(answer.total >= 1, 'some prod instances remain');
  filtered = answer;
  await screenshot(page, 'assets');
});

await step('a link to the view reproduces it', async () => {
  const copy = await context.newPage();
  await copy.goto(page.url());
  await copy.getByTestId('asset-total').filter({ hasText: assetCount(filtered.total) }).waitFor();
  equal(await copy.getByTestId('filter-chip').allTextContents(), await page.getByTestId('filter-chip').allTextContents(), 'filter chips');
  await copy.close();
});

await step('the CSV export holds exactly the rows of the view, in its order', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  check(download.suggestedFilename().endsWith('.csv'), `a CSV file: ${download.suggestedFilename()}`);
  const rows = parseCsv(readDownload(await download.path()).toString('utf8')).filter((r) => r.length > 1);
  const header = rows[0];
  const id = header.indexOf('Human ID');
  const name = header.indexOf('Name');
  check(id >= 0 && name >= 0, `the header names its columns: ${header}`);
  equal(rows.slice(1).map((r) => r[id]), filtered.items.map((a) => a.humanId), 'exported human ids');
  equal(rows.slice(1).map((r) => r[name]), filtered.items.map((a) => a.name ?? ''), 'exported names');
});

await step('the Excel export downloads a workbook of the same view', async () => {
  const href = await page.getByTestId('export-xlsx').getAttribute('href');
  equal(new URL(href, 'http://x').searchParams.toString(), new URL(await page.getByTestId('export-csv').getAttribute('href'), 'http://x').searchParams.toString(), 'same parameters');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  const bytes = readDownload(await download.path());
  check(bytes.length > 1000 && bytes[0] === 0x50 && bytes[1] === 0x4b, 'an xlsx (zip) file');
});

await step('hovering an asset shows its key fields', async () => {
  const link = page.getByTestId('asset-link').first();
  await link.hover();
  const card = page.getByTestId('hover-card');
  await card.waitFor();
  check((await card.textContent()).includes(filtered.items[0].resourceType), 'the card names the resource type');
  await card.getByText('IPs').waitFor();
});

await step('bulk update sets the owner of the selected assets, and bulk dependency links them to one target', async () => {
  const n = filtered.items.length;
  await page.getByRole('checkbox', { name: 'Select every asset on this page' }).check();
  await page.getByTestId('selected-count').filter({ hasText: `${n} selected` }).waitFor();

  await page.getByRole('button', { name: 'Bulk update…' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Owner: what to do').selectOption('set');
  await dialog.getByLabel('Owner', { exact: true }).fill('team-e2e');
  await dialog.getByLabel('Criticality: what to do').selectOption('set');
  await dialog.getByLabel('Criticality', { exact: true }).selectOption('high');
  await screenshot(page, 'bulk-update');
  await dialog.getByRole('button', { name: `Update ${assetCount(n)}` }).click();
  await page.getByText(`Updated ${n} of ${assetCount(n)}.`).waitFor();
  for (const asset of filtered.items)
    await eventually(() => api(page, `/api/assets/${asset.id}`), (a) => a.fields.owner === 'team-e2e' && a.fields.criticality === 'high',
      `${asset.id} owner and criticality`);

  await page.getByRole('button', { name: 'Add dependency…' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Target asset (name, human id, ARN or id)').fill('main-vpc');
  await dialog.getByRole('button', { name: /main-vpc/ }).click();
  await dialog.getByTestId('picked-asset').waitFor();
  await dialog.getByRole('button', { name: `Add to ${assetCount(n)}` }).click();
  await page.getByText(`Added the relationship to ${assetCount(n)}.`).waitFor();
  for (const asset of filtered.items)
    await eventually(() => api(page, `/api/assets/${asset.id}/relationships`),
      (r) => r.outgoing.some((o) => o.edge.type === 'depends-on' && o.node.name === 'main-vpc'), `${asset.id} depends on main-vpc`);
});

await step('the asset page shows every section', async () => {
  await page.getByTestId('asset-link').first().click();
  await page.waitForURL(/\/assets\/ast-/);
  for (const section of ['overview', 'fields', 'network', 'tags', 'attributes', 'relationships', 'history'])
    await page.getByTestId(`section-${section}`).waitFor();
  await page.getByTestId('timeline-entry').first().waitFor();
  await screenshot(page, 'asset-detail');
});

await step('the dark theme applies and is remembered', async () => {
  await page.goto('/');
  await page.getByLabel('Theme').selectOption('dark');
  equal(await page.locator('html').getAttribute('data-bs-theme'), 'dark', 'theme attribute');
  await page.reload();
  equal(await page.locator('html').getAttribute('data-bs-theme'), 'dark', 'theme after reload');
  await page.getByTestId('total-total').waitFor();
  await screenshot(page, 'dashboard-dark');
  await page.getByLabel('Theme').selectOption('light');
});

await step('every other page loads its data without an error', async () => {
  const assetId = filtered.items[0].id;
  for (const [path, name, ready] of [
    ['/accounts', 'accounts', account],
    ['/discovery', 'discovery-jobs', 'Completed'],
    ['/audit', 'audit', 'Appeared'],
    ['/settings/categories', 'categories', 'Compute'],
    [`/assets/${assetId}/graph`, 'graph', 'Relationships'],
  ]) {
    await page.goto(path);
    await page.getByText(ready, { exact: false }).first().waitFor();
    check(await page.locator('.alert-danger').count() === 0, `${path} shows no error: ${await page.locator('.alert-danger').allTextContents()}`);
    await screenshot(page, name);
  }
});

await browser.close();
finish(problems);
