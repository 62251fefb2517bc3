import { startDemo } from './session';
const s = await startDemo({ extensionDir: '/work/main/.output/chrome-mv3', proxy: true });
try {
  const w = s.b.context.serviceWorkers()[0]!;
  let closed = false;
  w.once('close', () => (closed = true));
  s.b.context.on('serviceworker', (x) => console.log('new sw', x.url()));
  const page = await s.b.context.newPage();
  await page.goto(`chrome-extension://${s.b.extensionId}/popup.html`);
  const sw = await s.b.context.newPage();
  await sw.goto('chrome://serviceworker-internals/');
  await sw.waitForTimeout(1000);
  console.log((await sw.locator('body').innerText()).slice(0, 1500));
  const row = sw.locator('.serviceworker-registration', { hasText: s.b.extensionId });
  console.log('rows', await row.count(), await row.locator('button').allInnerTexts());
  await row.getByRole('button', { name: 'Stop' }).first().click();
  await new Promise((r) => setTimeout(r, 2000));
  console.log('closed?', closed, s.b.context.serviceWorkers().length);
  const w2 = s.b.context.serviceWorkers()[0];
  if (w2) console.log('eval', await w2.evaluate(() => 1).catch((e) => 'dead ' + e.message.slice(0, 80)));
  await page.reload();
  await new Promise((r) => setTimeout(r, 1000));
  console.log('after reload', s.b.context.serviceWorkers().length);
} finally {
  await s.close();
}
