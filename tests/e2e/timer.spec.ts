import { expect, test } from '@playwright/test';
import { importTree, treeFile } from './helpers';

const file = treeFile('Timer', { kind: 'outcome', title: 'More learners keep a 7-day streak' });

test.beforeEach(async ({ page }) => {
  // The page's clock is ours: minutes pass in an instant and exactly.
  await page.clock.install({ time: new Date('2026-11-30T10:00:00Z') });
  await importTree(page, file);
  // From here on time moves only when the test says so.
  await page.clock.pauseAt(new Date('2026-11-30T11:00:00Z'));
});

test('the timer counts down from a picked length, pauses, resumes and shows the end', async ({ page }) => {
  const timer = page.getByTestId('timer');
  await page.getByTestId('timer-menu').click();
  await page.getByTestId('timer-preset-3').click();
  await expect(timer).toHaveText('3:00');

  await page.clock.runFor(61_000);
  await expect(timer).toHaveText('1:59');
  await page.getByTestId('timer-pause').click();
  await page.clock.runFor(30_000);
  await expect(timer).toHaveText('1:59');
  await page.getByTestId('timer-start').click();
  await page.clock.runFor(60_000);
  await expect(timer).toHaveText('0:59');

  await expect(page.getByTestId('timer-ended')).toHaveCount(0);
  await page.clock.runFor(60_000);
  await expect(timer).toHaveText('0:00');
  await expect(timer).toHaveAttribute('data-state', 'ended');
  await expect(page.getByTestId('timer-ended')).toBeVisible();
  await expect(page.getByTestId('timer-ended')).toContainText('Time’s up');

  await page.getByTestId('timer-reset').click();
  await expect(timer).toHaveText('3:00');
  await expect(page.getByTestId('timer-ended')).toHaveCount(0);
});

test('the time can be typed, and the header start button starts it', async ({ page }) => {
  const timer = page.getByTestId('timer');
  await expect(timer).toHaveText('5:00');
  await page.getByTestId('timer-start').click();
  await page.clock.runFor(1_000);
  await expect(timer).toHaveText('4:59');

  await page.getByTestId('timer-menu').click();
  await page.getByTestId('timer-input').fill('soon');
  await page.getByTestId('timer-set').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Type minutes' })).toBeVisible();
  await page.getByTestId('timer-input').fill('2:30');
  await page.getByTestId('timer-set').click();
  await expect(timer).toHaveText('2:30');
  await page.clock.runFor(150_000);
  await expect(timer).toHaveAttribute('data-state', 'ended');
});

test('a background tab that was not repainted still shows the right time', async ({ page }) => {
  await page.getByTestId('timer-start').click();
  // Jump the clock without running timers in between, as a throttled tab would experience it.
  await page.clock.fastForward('02:00');
  await expect(page.getByTestId('timer')).toHaveText('3:00');
});

test('present mode shows the running time, and the end', async ({ page }) => {
  // Present mode loads on first use; load it once with the clock running, then stop the clock again.
  await page.clock.resume();
  await page.getByTestId('present').click();
  await expect(page.getByTestId('present-step')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveAttribute('data-presenting');
  await page.clock.pauseAt(new Date('2026-11-30T12:00:00Z'));

  await page.getByTestId('timer-start').click();
  await page.getByTestId('present').click();
  await expect(page.locator('html')).toHaveAttribute('data-presenting', '');
  const shown = page.getByTestId('present-overlay').getByRole('timer');
  await expect(shown).toHaveText('5:00');
  await page.clock.runFor(60_000);
  await expect(shown).toHaveText('4:00');
  await page.clock.runFor(240_000);
  await expect(page.getByTestId('timer-ended')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('timer')).toHaveText('0:00');
});
