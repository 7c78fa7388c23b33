// Typing with an input method (Japanese, Chinese, Korean): the keys that pick and confirm a candidate
// belong to the IME. None of them may commit a title, add a node, leave a field or close a form.
// Chromium's DevTools protocol drives a real composition: the page sees `keydown` with isComposing.
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { EXAMPLE_OUTCOME, editingField, nodeByTitle, openExampleTree, selectNode } from './helpers';

const OPPORTUNITY = 'Lessons feel too long when I only have a few minutes';

async function ime(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/** Composes `reading`, presses `key` inside the composition (as the IME's confirm or cancel key does), then commits `text`. */
async function compose(cdp: CDPSession, reading: string, text: string, key: 'Enter' | 'Escape' = 'Enter'): Promise<void> {
  await cdp.send('Input.imeSetComposition', { text: reading, selectionStart: reading.length, selectionEnd: reading.length });
  const code = key;
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key, code, windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
  await cdp.send('Input.insertText', { text });
}

test.beforeEach(async ({ page }) => {
  await openExampleTree(page);
});

test('confirming a candidate in a node title neither ends editing nor adds a node', async ({ page }) => {
  const cdp = await ime(page);
  await selectNode(page, OPPORTUNITY);
  await page.keyboard.press('Enter');
  await expect(editingField(page)).toBeFocused();
  await page.keyboard.type('Q1 ');
  await compose(cdp, 'にほんご', '日本語');
  await expect(editingField(page)).toBeFocused();
  await expect(editingField(page)).toHaveValue('Q1 日本語');
  // The Esc an IME uses to drop a candidate does not end editing either.
  await compose(cdp, 'て', '', 'Escape');
  await expect(editingField(page)).toBeFocused();
  await expect(editingField(page)).toHaveValue('Q1 日本語');

  // A plain Enter afterwards ends editing and keeps the whole title.
  await page.keyboard.press('Enter');
  await expect(editingField(page)).toHaveCount(0);
  await expect(nodeByTitle(page, 'Q1 日本語')).toHaveCount(1);
  await expect(page.locator('.ost-node-title.is-empty')).toHaveCount(0);
});

test('confirming a candidate in an inspector field keeps focus there and writes the whole text', async ({ page }) => {
  const cdp = await ime(page);
  await selectNode(page, OPPORTUNITY);
  await page.keyboard.press('Alt+Enter');
  const title = page.getByTestId('inspector').getByLabel('Title', { exact: true });
  await expect(title).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' ');
  await compose(cdp, 'みじかい', '短い');
  await compose(cdp, 'x', '', 'Escape');
  await expect(title).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(nodeByTitle(page, `${OPPORTUNITY} 短い`)).toHaveCount(1);
});

test('confirming a candidate in the tree title and in search does not leave or jump', async ({ page }) => {
  const cdp = await ime(page);
  const treeTitle = page.getByTestId('tree-title');
  await treeTitle.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  await compose(cdp, 'ちーむ', 'チーム');
  await expect(treeTitle).toBeFocused();
  await expect(treeTitle).toHaveValue(/ チーム$/);

  await page.getByTestId('canvas').focus();
  await page.keyboard.press('Control+f');
  const search = page.getByTestId('search-input');
  await expect(search).toBeFocused();
  await compose(cdp, 'ほげ', 'ほげ');
  await compose(cdp, 'x', '', 'Escape');
  // Still open: the Esc belonged to the IME.
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('ほげ');
  await expect(nodeByTitle(page, EXAMPLE_OUTCOME)).toHaveCount(1);
});
