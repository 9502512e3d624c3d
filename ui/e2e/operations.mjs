// Running the estate from the UI: a discovery started and followed to its end, an account registered through the form (a
// refused id first), a connection test, a manual asset, the audit, the graph and the administration pages, each
// checked against what the API answers, with a screenshot of each page.
import { api, check, equal, eventually, finish, launch, required, screenshot, signIn, step } from './lib.mjs';

const account = required('E2E_ACCOUNT');
const newAccount = required('E2E_NEW_ACCOUNT');
const { browser, page, problems } = await launch();
const digits = (text) => Number((text ?? '').replace(/[^0-9]/g, ''));

await step('signs in', async () => {
  await signIn(page);
});

await step('a dry run started from the UI previews the changed instance field by field and records nothing', async () => {
  await page.goto('/discovery');
  const form = page.getByRole('form', { name: 'Start a discovery' });
  await form.getByLabel('Discover').selectOption(account);
  await form.getByLabel(/Dry run/).check();
  await form.getByRole('button', { name: 'Start dry run' }).click();
  await page.waitForURL(/\/discovery\/[0-9a-f-]{36}$/);
  const dryRunId = page.url().split('/').pop();
  await page.getByTestId('job-status').filter({ hasText: 'Completed' }).waitFor({ timeout: 120_000 });
  const preview = await api(page, `/api/discovery-jobs/${dryRunId}/preview?limit=50`);
  const changed = preview.items.filter((r) => r.item.kind === 'Changed');
  check(changed.length === 1, `one changed asset in the preview: ${JSON.stringify(preview.items.map((r) => r.item.kind))}`);
  const section = page.getByTestId('dry-run-preview');
  await section.getByRole('button', { name: 'Changed' }).click();
  const row = section.locator('tbody tr').filter({ hasText: changed[0].item.name ?? changed[0].item.resourceId });
  await row.waitFor();
  for (const change of changed[0].item.changes)
    check((await row.textContent()).includes(`${change.field}: ${change.old ?? '∅'} → ${change.new ?? '∅'}`), `the change of ${change.field} shows`);
  const timeline = await api(page, `/api/assets/${changed[0].item.assetId}/timeline?page=1&pageSize=50`);
  check(!timeline.entries.some((e) => e.type === 'AssetChanged'), 'the dry run recorded no change');
  await screenshot(page, 'discovery-dry-run');
});

let jobId;
await step('starts a discovery of every active account from the UI and follows it to the end', async () => {
  await page.goto('/discovery');
  const form = page.getByRole('form', { name: 'Start a discovery' });
  await form.getByLabel('Discover').selectOption('');
  await form.getByRole('button', { name: 'Start discovery' }).click();
  await page.waitForURL(/\/discovery\/[0-9a-f-]{36}$/);
  jobId = page.url().split('/').pop();
  // The page polls the running job; it ends when the badge says so.
  await page.getByTestId('job-status').filter({ hasText: 'Completed' }).waitFor({ timeout: 120_000 });
  const job = await api(page, `/api/discovery-jobs/${jobId}`);
  equal(job.status, 'Completed', 'the API says the job completed');
  equal(job.accountIds, [account], 'every active account is the one account');
  for (const [key, value] of Object.entries({ seen: job.totals.seen, new: job.totals.new, changed: job.totals.changed, gone: job.totals.gone,
    failed: job.totals.failedScopes, unfinished: job.totals.unfinishedScopes }))
    equal(digits(await page.getByTestId(`total-${key}`).textContent()), value, `total ${key}`);
  check(job.totals.seen > 0, 'the job saw the estate');
  equal(job.totals.changed, 1, 'the real run records the instance the dry run previewed');
  const row = page.getByTestId('account-progress').locator('tbody tr').first();
  equal((await row.locator('td').allTextContents()).slice(0, 3), [account, 'Done', String(job.scopes.length)], 'the account line');
  check(await page.locator('.progress').count() === 0, 'no progress bar once finished');
  check((await page.getByTestId('job-log').textContent()).length > 0, 'the log shows');
  await screenshot(page, 'discovery-job');
});

await step('the job list shows the job with the API’s counts', async () => {
  await page.goto('/discovery');
  const link = page.getByTestId('jobs-table').locator(`a[href="/discovery/${jobId}"]`);
  await link.waitFor();
  const jobs = await api(page, '/api/discovery-jobs');
  const job = jobs.find((j) => j.jobId === jobId);
  const cells = await link.locator('xpath=ancestor::tr').locator('td').allTextContents();
  equal(cells.slice(4, 9).map(Number), [job.totals.seen, job.totals.new, job.totals.changed, job.totals.gone, job.totals.failedScopes], 'the job row');
  await screenshot(page, 'discovery-jobs-list');
});

await step('registering an account shows the API’s error next to a bad id, then registers it', async () => {
  await page.goto('/accounts');
  await page.getByTestId('accounts-table').waitFor();
  await page.getByRole('button', { name: 'Register account' }).click();
  const form = page.getByRole('form', { name: 'Register account' });
  await form.getByLabel('Account id', { exact: true }).fill('52000000009');
  await form.getByLabel('Name', { exact: true }).fill('Browser member');
  await form.getByLabel('Kind').selectOption('member');
  await form.getByLabel('Environment').selectOption('staging');
  await form.getByLabel('Regions').fill('eu-west-1, us-east-1');
  await form.getByLabel('How the product reaches the account').selectOption('assumeRole');
  await form.getByLabel('Management account id').fill(account);
  await form.getByLabel('Role name').fill('InventoryReader');
  await form.getByRole('button', { name: 'Register account' }).click();
  const id = form.getByLabel('Account id', { exact: true });
  await eventually(() => id.getAttribute('aria-invalid'), (v) => v === 'true', 'the account id is marked invalid');
  const described = await id.evaluate((el) => el.getAttribute('aria-describedby').split(' ').map((d) => document.getElementById(d)?.textContent).join(' '));
  check(described.includes('accountId must be exactly 12 digits.'), `the message beside the field: ${described}`);
  await screenshot(page, 'account-form-error');

  await id.fill(newAccount);
  await form.getByRole('button', { name: 'Register account' }).click();
  await page.getByRole('status').filter({ hasText: `Account ${newAccount} (Browser member) is registered.` }).waitFor();
  const saved = await api(page, `/api/accounts/${newAccount}`);
  equal([saved.displayName, saved.kind, saved.environment, saved.regions, saved.credentials.type, saved.credentials.managementAccountId, saved.credentials.roleName],
    ['Browser member', 'member', 'staging', ['eu-west-1', 'us-east-1'], 'assumeRole', account, 'InventoryReader'], 'the registered account');
  await page.getByTestId('accounts-table').getByText(newAccount).waitFor();
});

await step('deactivating the new account keeps it out of discovery', async () => {
  const actions = page.getByRole('group', { name: `Actions for ${newAccount}` });
  await actions.getByRole('button', { name: 'Deactivate' }).click();
  await actions.getByRole('button', { name: 'Reactivate' }).waitFor();
  equal((await api(page, `/api/accounts/${newAccount}`)).active, false, 'the API says deactivated');
});

await step('a connection test shows who AWS says the product is', async () => {
  await page.getByRole('group', { name: `Actions for ${account}` }).getByRole('button', { name: 'Test connection' }).click();
  const result = page.getByTestId('connection-result');
  await result.waitFor();
  const text = await result.textContent();
  check(text.includes('Connected.') && text.includes(account), `the result names the account: ${text}`);
  await screenshot(page, 'account-connection');
  await page.keyboard.press('Escape');
  await result.waitFor({ state: 'detached' });
  const costs = await api(page, '/api/costs');
  const row = page.getByTestId('accounts-table').locator('tr', { hasText: account }).first();
  const mine = (await api(page, `/api/accounts/${account}`)).costs;
  check((await row.textContent()).includes(mine.thisMonth.toFixed(2)), 'the account’s cost this month');
  check(costs.items.length === 1, 'one management account in the costs');
  await screenshot(page, 'accounts-page');
});

await step('a manual asset registered through the form opens on its page', async () => {
  await page.goto('/assets/new');
  await page.getByLabel('Name', { exact: true }).fill('Payroll SaaS');
  await page.getByLabel('Kind').selectOption('saas');
  await page.getByLabel('Owner').fill('finance');
  await page.getByLabel('URL').fill('not a url');
  await page.getByRole('button', { name: 'Register asset' }).click();
  await eventually(() => page.getByLabel('URL').getAttribute('aria-invalid'), (v) => v === 'true', 'the URL is marked invalid');
  await screenshot(page, 'asset-new');
  await page.getByLabel('URL').fill('https://payroll.example.com');
  await page.getByRole('button', { name: 'Register asset' }).click();
  await page.waitForURL(/\/assets\/ast-m/);
  const id = page.url().split('/').pop();
  const asset = await eventually(() => page.request.get(`/api/assets/${id}`).then((r) => (r.ok() ? r.json() : null)), (a) => a !== null, 'the asset reads back');
  equal([asset.name, asset.fields.owner, asset.fields.url], ['Payroll SaaS', 'finance', 'https://payroll.example.com'], 'the registered asset');
});

await step('the audit lists what appeared, and the inventory as of now, as the API does', async () => {
  const from = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
  await page.goto(`/audit?view=changes&from=${encodeURIComponent(from)}`);
  await page.getByTestId('audit-table').waitFor();
  const changes = await api(page, `/api/audit?from=${encodeURIComponent(from)}&pageSize=50&includeTotal=true`);
  check((await page.getByTestId('audit-total').textContent()).startsWith(`${changes.total} events`), 'the audit total');
  equal(await page.getByTestId('audit-table').locator('tbody tr').count(), Math.min(50, changes.total), 'a page of events');
  await screenshot(page, 'audit-changes');

  const at = new Date().toISOString();
  await page.goto(`/audit?view=as-of&at=${encodeURIComponent(at)}`);
  await page.getByTestId('as-of-table').waitFor();
  const asOf = await api(page, `/api/assets/as-of?at=${encodeURIComponent(at)}&pageSize=50&includeTotal=true`);
  check((await page.getByTestId('audit-total').textContent()).startsWith(`${asOf.total} assets`), 'the as-of total');
  equal(await page.getByTestId('as-of-table').locator('tbody tr').count(), Math.min(50, asOf.total), 'a page of assets');
  await screenshot(page, 'audit-as-of');
});

await step('the graph draws an instance’s neighbourhood with labelled edges and linked nodes', async () => {
  const list = await api(page, '/api/assets?q=web-1&pageSize=1');
  const id = list.items[0].id;
  await page.goto(`/assets/${id}/graph?depth=2`);
  const svg = page.getByTestId('graph-svg');
  await svg.waitFor();
  const graph = await api(page, `/api/assets/${id}/neighbourhood?depth=2`);
  equal(await svg.locator('a').count(), graph.nodes.length, 'a node per asset');
  equal((await svg.getByTestId('edge-label').allTextContents()).sort(), graph.edges.map((e) => e.type).sort(), 'a label per edge');
  check(graph.edges.length > 0, 'the instance has relationships');
  await screenshot(page, 'graph-drawing');
  await svg.locator(`a[href="/assets/${graph.nodes.find((n) => n.id !== id).id}"]`).first().click();
  await page.waitForURL((url) => url.pathname.startsWith('/assets/') && !url.pathname.endsWith('/graph'));
});

await browser.close();
finish(problems);
