// A read-only user reads everything and sees no control that changes anything.
import { check, finish, launch, screenshot, signIn, step } from './lib.mjs';

const { browser, page, problems } = await launch();
const none = async (locator, what) => check(await locator.count() === 0, `a read-only user sees no ${what}`);

await step('signs in as the read-only user', async () => {
  check(await signIn(page), 'the server has sign-in');
  await page.getByTestId('current-user').filter({ hasText: 'Read-only' }).waitFor();
});

await step('the asset list has no selection, bulk actions or new asset button, but exports', async () => {
  await page.goto('/assets');
  await page.getByTestId('asset-link').first().waitFor();
  await none(page.getByRole('checkbox'), 'selection checkboxes');
  await none(page.getByRole('link', { name: 'New manual asset' }), 'new asset button');
  await none(page.getByRole('button', { name: /Bulk update|Add dependency/ }), 'bulk actions');
  await page.getByTestId('export-csv').waitFor();
  await screenshot(page, 'read-only-assets');
});

await step('the asset page has no edit, decommission or relationship controls', async () => {
  await page.getByTestId('asset-link').first().click();
  await page.getByTestId('section-relationships').getByRole('heading', { name: /Outgoing/ }).waitFor();
  await page.getByTestId('timeline-entry').first().waitFor();
  await none(page.getByRole('link', { name: 'Edit' }), 'edit link');
  await none(page.getByRole('button', { name: /Decommission|Add relationship|Remove/ }), 'asset changing buttons');
  await screenshot(page, 'read-only-asset');
});

await step('there is no settings entry, and the settings pages say they are for administrators', async () => {
  await none(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }), 'settings link');
  for (const path of ['/settings', '/settings/users', '/settings/api-clients', '/settings/categories']) {
    await page.goto(path);
    await page.getByTestId('admins-only').waitFor();
  }
});

await browser.close();
finish(problems);
