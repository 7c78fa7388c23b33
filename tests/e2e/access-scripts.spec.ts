// Titles in every script: right-to-left and mixed titles are laid out in their own direction on
// screen and in pictures, user text quoted in app sentences is isolated, and pictures break lines
// between grapheme clusters (never inside a family emoji or a flag).
import { expect, test } from '@playwright/test';
import { exportFromMenu, importTree, nodeByTitle, treeFile } from './helpers';

const HEBREW = 'יעד Q3: להגדיל שימור ב-20% עד סוף השנה';
const ARABIC = 'المتعلمون يعودون أسبوعيا (3 مرات)';
const FAMILY = '👨‍👩‍👧‍👦';
const EMOJI = `Families share one phone ${FAMILY.repeat(12)} 🇩🇪🇫🇷🇯🇵`;

test('right-to-left, mixed and emoji titles keep their order and whole clusters, on screen and in the SVG', async ({ page }) => {
  await importTree(
    page,
    treeFile('Scripts', {
      kind: 'outcome',
      title: HEBREW,
      children: [
        // "Add …" reads like a solution, so the validator quotes this title in a finding.
        { kind: 'opportunity', title: `Add ${ARABIC}` },
        { kind: 'opportunity', title: EMOJI },
      ],
    }),
  );
  await expect(nodeByTitle(page, HEBREW).locator('[data-node-title]')).toHaveAttribute('dir', 'auto');
  await expect(page.getByTestId('tree-title')).toHaveAttribute('dir', 'auto');

  // The finding quoting the Arabic title isolates it from the English sentence.
  const finding = page.locator('[data-testid="findings"] [data-rule="opportunity-reads-like-solution"]');
  await expect(finding.locator('bdi').first()).toHaveText(new RegExp(`^Add ${ARABIC.replace(/[()]/g, '\\$&')}$`));

  const { bytes } = await exportFromMenu(page, 'export-svg');
  const svg = bytes.toString('utf8');
  const documentText = await page.evaluate((markup) => {
    const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
    return Array.from(parsed.querySelectorAll('text[font-weight="600"]')).map((text) => ({
      direction: text.getAttribute('direction'),
      lines: Array.from(text.querySelectorAll('tspan')).map((tspan) => tspan.textContent ?? ''),
    }));
  }, svg);
  const byText = (start: string) => documentText.find((text) => text.lines.join(' ').startsWith(start));
  expect(byText('יעד')).toMatchObject({ direction: 'rtl' });
  expect(byText('יעד')?.lines.join(' ')).toBe(HEBREW);
  expect(byText('Add')).toMatchObject({ direction: 'ltr' });
  expect(byText('Add')?.lines.join(' ')).toContain('(3 مرات)');
  const emoji = byText('Families');
  expect(emoji?.lines.length).toBeGreaterThan(1);
  const clusters = await page.evaluate((lines) => lines.flatMap((line) => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(line), (part) => part.segment)), emoji?.lines ?? []);
  const pictographs = clusters.filter((cluster) => /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(cluster));
  expect(pictographs.length).toBeGreaterThan(0);
  for (const cluster of pictographs) expect([FAMILY, '🇩🇪', '🇫🇷', '🇯🇵']).toContain(cluster);
});
