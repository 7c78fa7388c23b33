// How the benchmark drives each app: where it lives, how a tree gets in, how a title is edited,
// and which User Timing measures hold its layout, validation and save times.

/** The app under test (production build served at `/`). */
export const OURS = {
  key: 'ours',
  label: 'ours',
  measures: { layout: 'ost-layout', validate: 'ost-validate', save: 'ost-save' },

  /** Imports the tree file through the library's file input; the app then opens the new tree. */
  async load(page, { origin, treeFile }) {
    await page.goto(`${origin}/#/`);
    const input = page.locator('[data-testid="import-json"]');
    await input.waitFor({ state: 'attached', timeout: 30_000 });
    await input.setInputFiles(treeFile);
    const opened = page.waitForURL(/#\/tree\/[^/?]+/, { timeout: 60_000 });
    const refused = page.locator('[role="alert"]').waitFor({ timeout: 60_000 }).then(async () => {
      throw new Error(`import refused: ${await page.locator('[role="alert"]').first().innerText()}`);
    });
    await Promise.race([opened, refused]);
    refused.catch(() => undefined);
  },

  /** Selects the outcome node and presses F2; returns what the keystroke probe should watch. */
  async startEditing(page) {
    const outcome = page.locator('.react-flow__node:has([data-kind="outcome"])').first();
    await outcome.click({ position: { x: 24, y: 14 } });
    await page.keyboard.press('F2');
    const editor = page.locator('.react-flow__node textarea');
    await editor.waitFor({ state: 'visible', timeout: 10_000 });
    await page.waitForFunction(() => document.activeElement instanceof HTMLTextAreaElement, null, { timeout: 5_000 });
    return { selector: '.react-flow__node textarea', property: 'value' };
  },

  async stopEditing(page) {
    await page.keyboard.press('Escape');
  },
};

/** The peer: a plain React Flow app (bench/peer), served at `/peer/`. */
export const PEER = {
  key: 'peer',
  label: 'peer',
  measures: { layout: 'peer-layout', validate: null, save: 'peer-save' },

  /** The first visit fetches `tree-<n>.json` and stores it; later visits read IndexedDB. */
  async load(page, { origin, nodeCount }) {
    await page.goto(`${origin}/peer/?tree=${nodeCount}`);
    await page.locator('.react-flow__node').first().waitFor({ state: 'attached', timeout: 120_000 });
  },

  /** Clicks the outcome node to select it, then puts the caret at the end of the title field. */
  async startEditing(page, { rootId }) {
    const selector = `.react-flow__node[data-id="${rootId}"]`;
    await page.locator(selector).click({ timeout: 60_000 });
    const field = page.locator('[data-testid="peer-title"]');
    await field.click({ timeout: 60_000 });
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.activeElement instanceof HTMLInputElement && document.activeElement.value.length > 0, null, { timeout: 10_000 });
    // The label drawn on the canvas is what must change.
    return { selector, property: 'textContent' };
  },

  async stopEditing() {},
};
