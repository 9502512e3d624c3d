// An asset's history after a change discovery found: the timeline shows each field's old and new value, and the as-of view
// shows the asset as it was before the change.
import { check, equal, finish, launch, required, screenshot, signIn, step } from './lib.mjs';

const resourceId = required('E2E_RESOURCE_ID');
const { browser, page, problems } = await launch();

await step('signs in', async () => {
  await signIn(page);
});

await step('finds the asset by its resource id and opens it', async () => {
  await page.goto('/assets');
  await page.getByLabel('Search name, ID, ARN or resource id').fill(resourceId);
  await page.waitForURL(new RegExp(`q=${resourceId}`));
  await page.getByTestId('asset-total').filter({ hasText: '1 asset' }).waitFor();
  await page.getByTestId('asset-link').first().click();
  await page.waitForURL(/\/assets\/ast-/);
});

/** The old and new values of a field in the newest AssetChanged entry. */
async function change(field) {
  const entry = page.locator('[data-testid=timeline-entry][data-type=AssetChanged]').first();
  const row = entry.locator(`[data-testid=change][data-field="${field}"]`);
  await row.waitFor();
  return [await row.getByTestId('old').textContent(), await row.getByTestId('new').textContent()];
}

await step('the timeline shows the change with each field old -> new, its time and source', async () => {
  const entry = page.locator('[data-testid=timeline-entry][data-type=AssetChanged]').first();
  await entry.waitFor();
  equal(await change('attributes.InstanceType'), ['t3.micro', 't3.large'], 'instance type');
  equal(await change('tags.Env'), ['prod', 'staging'], 'Env tag');
  check(await entry.locator('time').getAttribute('datetime'), 'the entry has its time');
  check((await entry.textContent()).includes('by discovery job'), 'the entry names its source');
  check(await page.locator('[data-testid=timeline-entry][data-type=AssetSeen]').count() === 1, 'the first sighting is listed too');
  await page.getByTestId('section-history').scrollIntoViewIfNeeded();
  await screenshot(page, 'asset-timeline');
});

const attribute = (key) => page.getByTestId('section-attributes').locator(`tr[data-key="${key}"] td`).nth(1).textContent();
const tag = (key) => page.getByTestId('section-tags').locator(`tr[data-key="${key}"] td`).nth(1).textContent();

await step('now the asset has the new values', async () => {
  equal(await attribute('InstanceType'), 't3.large', 'instance type now');
  equal(await tag('Env'), 'staging', 'Env now');
});

await step('as of a time before the change, the asset shows the old values', async () => {
  // The first whole second after the asset was first seen, which must come before the change.
  const seen = new Date(await page.locator('[data-testid=timeline-entry][data-type=AssetSeen] time').getAttribute('datetime'));
  const changed = new Date(await page.locator('[data-testid=timeline-entry][data-type=AssetChanged] time').first().getAttribute('datetime'));
  const asOf = new Date(Math.ceil(seen.getTime() / 1000) * 1000);
  check(asOf < changed, `a whole second lies between first sight ${seen.toISOString()} and the change ${changed.toISOString()}`);
  const local = asOf.toISOString().slice(0, 19); // the browser runs in UTC, so the instant's UTC wall time is its local time
  await page.getByLabel('Show as of').fill(local);
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await page.waitForURL(/[?&]at=/);
  await page.getByTestId('as-of-banner').waitFor();
  await page.getByTestId('section-attributes').locator('tr[data-key="InstanceType"] td', { hasText: 't3.micro' }).waitFor();
  equal(await tag('Env'), 'prod', 'Env then');
  const change = page.locator('[data-testid=timeline-entry][data-type=AssetChanged]').first();
  check(await change.evaluate((el) => el.classList.contains('future')), 'the change is marked as after the as-of time');
  await screenshot(page, 'asset-as-of');
});

await step('back to now shows the current values again', async () => {
  await page.getByRole('button', { name: 'Back to now' }).click();
  await page.getByTestId('section-attributes').locator('tr[data-key="InstanceType"] td', { hasText: 't3.large' }).waitFor();
  check(await page.getByTestId('as-of-banner').count() === 0, 'no as-of banner');
});

await browser.close();
finish(problems);
