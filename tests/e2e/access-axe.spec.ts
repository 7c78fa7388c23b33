// axe-core on every screen of the editor, in light and dark themes: zero violations of any impact.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openExampleTree, openExportMenu, openLibrary } from './helpers';

/** Runs axe over the page, or only over `regions` (CSS selectors) when just those changed. */
async function expectNoViolations(page: Page, what: string, regions: string[] = []): Promise<void> {
  // Let transitions settle so colours are measured as shown.
  await page.waitForTimeout(300);
  let builder = new AxeBuilder({ page });
  for (const region of regions) builder = builder.include(region);
  const results = await builder.analyze();
  const summary = results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, what).toEqual([]);
}

async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  const toggle = page.getByRole('button', { name: /Switch to (dark|light) theme/ });
  const current = (await toggle.getAttribute('aria-label'))?.includes('dark') ? 'light' : 'dark';
  if (current !== theme) await toggle.click();
}

// axe takes a while on the whole editor, several times per test.
test.setTimeout(240_000);

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test('library', async ({ page }) => {
      await openLibrary(page);
      await useTheme(page, theme);
      await expectNoViolations(page, 'library');
    });

    test('editor: nothing selected, each kind selected, findings open, inspector', async ({ page }) => {
      await openExampleTree(page);
      await useTheme(page, theme);
      await page.getByTestId('canvas').focus();
      await page.keyboard.press('Escape');
      await expectNoViolations(page, 'editor, nothing selected');
      // Each kind selected once, picked from the outline (it holds every node, on screen or not).
      await page.getByTestId('outline-toggle').click();
      for (const kind of ['outcome', 'opportunity', 'solution', 'experiment']) {
        await page.locator(`[data-testid="outline"] [role="treeitem"][data-kind="${kind}"]`).first().click();
        await expect(page.locator(`[data-kind="${kind}"][data-selected]`).first()).toBeAttached();
        // The whole page was checked above; selecting a node changes its inspector and the node itself.
        await expectNoViolations(page, `editor, ${kind} selected`, ['[data-testid="side-panel"]', '.react-flow__node:has([data-selected])', '[data-testid="outline"]']);
      }
    });

    test('evidence drawer and picker, export menu, keyboard help, outline', async ({ page }) => {
      await openExampleTree(page);
      await useTheme(page, theme);
      await page.getByTestId('canvas').focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(page.getByTestId('evidence-picker')).toBeVisible();
      // The whole page once; after it, only the part each step opens.
      await expectNoViolations(page, 'evidence picker');
      await page.getByTestId('open-evidence').click();
      await expect(page.getByTestId('evidence-library')).toBeVisible();
      await expectNoViolations(page, 'evidence library', ['[data-testid="evidence-library"]']);
      await page.keyboard.press('Escape');
      await openExportMenu(page);
      await expectNoViolations(page, 'export menu', ['.export-menu-popup']);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await expectNoViolations(page, 'keyboard help', ['[role="dialog"]']);
      await page.keyboard.press('Escape');
      await page.getByTestId('outline-toggle').click();
      await expect(page.getByTestId('outline')).toBeVisible();
      await expectNoViolations(page, 'outline', ['[data-testid="outline"]']);
    });

    test('present mode', async ({ page }) => {
      await openExampleTree(page);
      await useTheme(page, theme);
      await page.getByTestId('present').click();
      await expect(page.locator('html[data-presenting]')).toHaveCount(1);
      await expectNoViolations(page, 'present mode');
    });
  });
}
