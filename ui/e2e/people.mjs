// People and roles through the UI: an admin creates a read-only user on the users page (and an API client, whose secret is
// shown once), then that user signs in and finds no control they cannot use on accounts, discovery, an asset and settings.
import { api, check, equal, finish, launch, required, screenshot, signIn, step } from './lib.mjs';

const readerName = required('E2E_READER');
const readerPassword = required('E2E_READER_PASSWORD');
const { browser, page, problems } = await launch();
const mainArea = () => page.locator('main');

await step('an admin signs in', async () => {
  await signIn(page);
});

await step('the admin creates a read-only user on the users page', async () => {
  await page.goto('/settings/users');
  await page.getByTestId('users-table').waitFor();
  await page.getByRole('button', { name: 'New user' }).click();
  const form = page.getByRole('form', { name: 'New user' });
  await form.getByLabel('Username').fill(readerName);
  await form.getByLabel('Name', { exact: true }).fill('Rita Reader');
  await form.getByLabel('E-mail').fill(`${readerName}@example.com`);
  await form.getByLabel('Role').selectOption('ReadOnly');
  await form.getByLabel('Password').fill(readerPassword);
  await form.getByRole('button', { name: 'Create user' }).click();
  await page.getByRole('status').filter({ hasText: `${readerName} can now sign in.` }).waitFor();
  const users = await api(page, '/api/admin/users');
  const created = users.find((u) => u.username === readerName);
  equal([created?.role, created?.active, created?.displayName], ['ReadOnly', true, 'Rita Reader'], 'the API has the user');
  await page.getByTestId('users-table').getByRole('cell', { name: readerName, exact: true }).waitFor();
  await screenshot(page, 'users');
});

await step('the admin registers an API client and sees its secret once', async () => {
  await page.goto('/settings/api-clients');
  await page.getByRole('button', { name: 'New API client' }).click();
  await page.getByLabel('Name').fill('e2e-exporter');
  await page.getByRole('button', { name: 'Create client' }).click();
  const secret = (await page.getByTestId('new-client-secret').textContent()).trim();
  check(secret.length >= 16, 'a secret is shown');
  await screenshot(page, 'api-client-secret');
  await page.getByRole('button', { name: 'I have stored the secret' }).click();
  await page.getByTestId('api-clients-table').getByText('e2e-exporter').waitFor();
  check(!(await mainArea().textContent()).includes(secret), 'the secret is not shown again');
  await screenshot(page, 'api-clients');
});

await step('the admin changes settings, sees a field error beside the issuer, and is told a test e-mail needs mail set up', async () => {
  await page.goto('/settings');
  const sso = page.getByRole('form', { name: 'Single sign-on settings' });
  await sso.waitFor();
  const before = await api(page, '/api/admin/settings');
  equal(await page.getByLabel('Scheduled discovery').inputValue(), before.discoveryInterval, 'the discovery interval');
  equal(Number(await page.getByLabel('Session timeout (minutes)').inputValue()), before.sessionTimeoutMinutes, 'the session timeout');

  const general = page.getByRole('form', { name: 'Discovery and sessions settings' });
  await general.getByLabel('Session timeout (minutes)').fill('120');
  await general.getByRole('button', { name: 'Save discovery and sessions' }).click();
  await general.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  equal((await api(page, '/api/admin/settings')).sessionTimeoutMinutes, 120, 'the API has the new timeout');

  await sso.getByLabel('Offer single sign-on on the sign-in page').check();
  await sso.getByLabel('Issuer').fill('http://login.example.com/');
  await sso.getByRole('button', { name: 'Save single sign-on' }).click();
  const issuer = sso.getByLabel('Issuer');
  await sso.locator('.invalid-feedback').filter({ hasText: 'sso.issuer' }).waitFor();
  equal(await issuer.getAttribute('aria-invalid'), 'true', 'the issuer is marked invalid');
  equal((await api(page, '/api/admin/settings')).sso.enabled, false, 'nothing was saved');

  const test = page.getByRole('form', { name: 'Send a test e-mail' });
  await test.getByLabel('Send a test message to').fill('admin@example.com');
  await test.getByRole('button', { name: 'Send test e-mail' }).click();
  // Mail is disabled until an admin sets it up, so the page says the message was not sent rather than pretending.
  await test.getByRole('alert').filter({ hasText: 'The test message was not sent.' }).waitFor();
  await screenshot(page, 'settings');
});

await step('the admin sees the categories with their controls', async () => {
  await page.goto('/settings/categories');
  await page.getByTestId('service-mapping').waitFor();
  await page.getByRole('button', { name: 'New category' }).waitFor();
  await screenshot(page, 'categories-admin');
});

await step('the admin signs out and the read-only user signs in', async () => {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/sign-in/);
  await signIn(page, readerName, readerPassword);
  const me = await api(page, '/api/auth/me');
  equal([me.username, me.role], [readerName, 'ReadOnly'], 'signed in as the reader');
});

await step('the read-only user sees accounts without any control', async () => {
  await page.goto('/accounts');
  await page.getByTestId('accounts-table').waitFor();
  equal(await mainArea().getByRole('button').count(), 0, 'buttons on the accounts page');
  check(!(await page.getByRole('navigation', { name: 'Main' }).textContent()).includes('Settings'), 'no settings link');
  await screenshot(page, 'readonly-accounts');
});

await step('the read-only user sees discovery jobs without a start form or a cancel button', async () => {
  await page.goto('/discovery');
  const first = page.getByTestId('jobs-table').locator('tbody a').first();
  await first.waitFor();
  equal(await page.getByRole('form', { name: 'Start a discovery' }).count(), 0, 'start forms');
  await first.click();
  await page.getByTestId('total-seen').waitFor();
  equal(await mainArea().getByRole('button', { name: /Cancel/ }).count(), 0, 'cancel buttons');
  await screenshot(page, 'readonly-discovery-job');
});

await step('the read-only user sees an asset without edit, decommission or relationship controls', async () => {
  const list = await api(page, '/api/assets?q=web-1&pageSize=1');
  await page.goto(`/assets/${list.items[0].id}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByText('web-1').first().waitFor();
  equal(await mainArea().getByRole('link', { name: 'Edit' }).count(), 0, 'edit links');
  for (const name of ['Decommission…', 'Add relationship…'])
    equal(await mainArea().getByRole('button', { name }).count(), 0, `${name} buttons`);
  await screenshot(page, 'readonly-asset');
});

await step('the read-only user gets no settings form, and the API refuses administration', async () => {
  await page.goto('/settings');
  await page.getByTestId('admins-only').waitFor();
  equal(await mainArea().getByRole('button').count(), 0, 'buttons on the settings page');
  equal(await mainArea().getByRole('textbox').count(), 0, 'inputs on the settings page');
  const answer = await page.request.get('/api/admin/users');
  equal(answer.status(), 403, 'the API refuses the reader administration too');
});

await browser.close();
finish(problems);
