import { expect, test } from '@playwright/test';
import { chooseImportFile, EXAMPLE_OUTCOME, exportFromMenu, nodeByTitle, openExampleTree, openLibrary, selectNode } from './helpers';

// The production page ships a Content-Security-Policy, and a whole session triggers no violation
// and no request to another origin.

test('a whole session (library, editor, panels, every export, import) breaks no policy and calls no other origin', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    if (url.origin !== origin) foreign.push(request.url());
  });
  const consoleViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text());
  });

  await openLibrary(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).toMatch(/script-src 'self'(;|$)/);
  expect(policy).not.toMatch(/unsafe-eval|https?:/);
  expect(await page.locator('script:not([src])').count()).toBe(0);

  await openExampleTree(page);
  await selectNode(page, EXAMPLE_OUTCOME);
  await page.getByTestId('open-evidence').click();
  await page.keyboard.press('Escape');
  await page.getByTestId('findings-toggle').click();
  await page.getByTestId('findings-toggle').click();
  const exported = await exportFromMenu(page, 'export-json');
  await exportFromMenu(page, 'export-png');
  await exportFromMenu(page, 'export-svg');
  await exportFromMenu(page, 'export-markdown');

  await openLibrary(page);
  await chooseImportFile(page, 'again.ost.json', exported.bytes);
  await expect(page).toHaveURL(/#\/tree\//);
  await expect(nodeByTitle(page, EXAMPLE_OUTCOME)).toBeVisible();

  const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  expect(violations).toEqual([]);
  expect(consoleViolations).toEqual([]);
  expect(foreign).toEqual([]);
});
