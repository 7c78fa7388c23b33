// The editor on a shared screen in a workshop: 1280×720, the example tree readable from the back of
// the room, findings in view, and a dark theme for dim rooms. Screenshots are kept for a human look.
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { EXAMPLE_OUTCOME, nodeByTitle, openExampleTree } from './helpers';

/** Smallest title size on screen, in CSS pixels at 100 % zoom (DESIGN.md "Look"). */
const MIN_TITLE_FONT_PX = 16;
/** Smallest title size as drawn, after the canvas zoom. */
const MIN_EFFECTIVE_TITLE_PX = 14;
/** WCAG AA for normal text. */
const MIN_CONTRAST = 4.5;

interface TitleReading {
  title: string;
  fontSize: number;
  contrast: number;
}

/** The canvas zoom and, for each node title on screen, its font size and its contrast with its node. */
async function readTitles(page: Page): Promise<{ zoom: number; titles: TitleReading[] }> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const scale = /scale\(([\d.]+)\)/.exec(viewport?.style.transform ?? '');
    const zoom = scale ? Number(scale[1]) : Number.NaN;

    const channels = (colour: string): number[] => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (colour: string): number => {
      const [r = 0, g = 0, b = 0] = channels(colour).map((value) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const opaqueBackground = (element: Element | null): string => {
      for (let current = element; current; current = current.parentElement) {
        const colour = getComputedStyle(current).backgroundColor;
        const alpha = channels(colour)[3];
        if (colour !== 'transparent' && alpha !== 0) return colour;
      }
      return 'rgb(255, 255, 255)';
    };

    const canvas = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
    const titles = [...document.querySelectorAll<HTMLElement>('.react-flow__node .ost-node-title')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return canvas !== undefined && box.bottom > canvas.top && box.top < canvas.bottom && box.right > canvas.left && box.left < canvas.right;
      })
      .map((element) => {
        const style = getComputedStyle(element);
        const text = luminance(style.color);
        const background = luminance(opaqueBackground(element));
        const contrast = (Math.max(text, background) + 0.05) / (Math.min(text, background) + 0.05);
        return { title: element.getAttribute('title') ?? '', fontSize: Number.parseFloat(style.fontSize), contrast };
      });
    return { zoom, titles };
  });
}

function pageBackgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });
}

async function expectReadable(page: Page, testInfo: TestInfo, theme: string): Promise<void> {
  const { zoom, titles } = await readTitles(page);
  const smallest = Math.min(...titles.map((title) => title.fontSize));
  const lowestContrast = Math.min(...titles.map((title) => title.contrast));
  testInfo.annotations.push({
    type: `readability (${theme})`,
    description: `${titles.length} titles on screen; zoom ${zoom.toFixed(3)}; smallest title ${smallest}px → ${(smallest * zoom).toFixed(1)}px drawn; lowest contrast ${lowestContrast.toFixed(2)}:1`,
  });
  expect(titles.length, 'node titles on screen').toBeGreaterThan(0);
  expect(titles.map((title) => title.title)).toContain(EXAMPLE_OUTCOME);
  for (const title of titles) {
    expect(title.fontSize, `font size of “${title.title}”`).toBeGreaterThanOrEqual(MIN_TITLE_FONT_PX);
    expect(title.fontSize * zoom, `drawn size of “${title.title}” at zoom ${zoom}`).toBeGreaterThanOrEqual(MIN_EFFECTIVE_TITLE_PX);
    expect(title.contrast, `contrast of “${title.title}” with its node (${theme})`).toBeGreaterThanOrEqual(MIN_CONTRAST);
  }
}

async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = `test-results/${name}`;
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('at 1280×720 the example tree opens readable, with the findings in view', async ({ page }, testInfo) => {
  expect(page.viewportSize()).toEqual({ width: 1280, height: 720 });
  await openExampleTree(page);
  await expect(nodeByTitle(page, EXAMPLE_OUTCOME)).toBeInViewport();
  const findings = page.getByTestId('findings');
  await expect(findings).toBeVisible();
  await expect(findings).toBeInViewport();
  await expect(findings.locator('[data-rule="solution-needs-evidenced-problem"]')).toBeVisible();

  await expectReadable(page, testInfo, 'light');
  await keepScreenshot(page, testInfo, 'example-1280x720.png');
});

test('the dark theme switches on, stays readable and is remembered', async ({ page }, testInfo) => {
  await openExampleTree(page);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
  const lightBackground = await pageBackgroundLuminance(page);

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  const darkBackground = await pageBackgroundLuminance(page);
  expect(darkBackground, 'the page background is dark').toBeLessThan(0.2);
  expect(lightBackground, 'the light page background was light').toBeGreaterThan(0.8);
  await expect(page.getByTestId('findings')).toBeVisible();
  await expectReadable(page, testInfo, 'dark');
  await keepScreenshot(page, testInfo, 'example-dark-1280x720.png');

  await page.reload();
  await expect(nodeByTitle(page, EXAMPLE_OUTCOME)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
