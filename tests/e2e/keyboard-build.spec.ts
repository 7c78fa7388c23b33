import { expect, test } from '@playwright/test';
import {
  createTree,
  editingField,
  expectChildOf,
  kindCounts,
  nodeTitles,
  openLibrary,
  openTreeId,
  typeTitle,
  waitForSaved,
} from './helpers';

const OUTCOME = 'Grow weekly active teams';
const OPPORTUNITY = 'Teams lose track of who does what';
const SOLUTION = 'Shared hand-off checklist';
const EXPERIMENT = 'Prototype the checklist with 5 teams';
const SECOND_EXPERIMENT = 'Fake door in team settings';
const SIBLING_OPPORTUNITY = "New members don't know the routines";
const SUB_OPPORTUNITY = 'Onboarding notes are out of date';

test('a four-level tree built with the keyboard alone is all there after a reload', async ({ page }) => {
  await openLibrary(page);
  const treeId = await createTree(page);
  const keys = page.keyboard;

  // The new tree's outcome starts in edit mode.
  await typeTitle(page, OUTCOME);
  // Tab keeps the text and adds an opportunity under the outcome, in edit mode.
  await keys.press('Tab');
  await typeTitle(page, OPPORTUNITY);
  await keys.press('Enter');
  await expect(editingField(page)).toHaveCount(0);

  // Alt+S: a solution under the opportunity; Tab under a solution adds an experiment.
  await keys.press('Alt+KeyS');
  await typeTitle(page, SOLUTION);
  await keys.press('Tab');
  await typeTitle(page, EXPERIMENT);
  await keys.press('Enter');

  // Enter on a selected node (not editing) adds a sibling.
  await keys.press('Enter');
  await typeTitle(page, SECOND_EXPERIMENT);
  await keys.press('Escape');
  await expect(editingField(page)).toHaveCount(0);

  // Up twice: experiment → solution → opportunity; Enter adds a sibling opportunity.
  await keys.press('ArrowUp');
  await keys.press('ArrowUp');
  await keys.press('Enter');
  await typeTitle(page, SIBLING_OPPORTUNITY);
  await keys.press('Enter');
  // Alt+O: an opportunity under that opportunity.
  await keys.press('Alt+KeyO');
  await typeTitle(page, SUB_OPPORTUNITY);
  await keys.press('Escape');
  await expect(editingField(page)).toHaveCount(0);

  const expectTree = async () => {
    expect(await kindCounts(page)).toEqual({ outcome: 1, opportunity: 3, solution: 1, experiment: 2 });
    expect((await nodeTitles(page)).sort()).toEqual(
      [OUTCOME, OPPORTUNITY, SOLUTION, EXPERIMENT, SECOND_EXPERIMENT, SIBLING_OPPORTUNITY, SUB_OPPORTUNITY].sort(),
    );
  };
  await expectTree();
  await expectChildOf(page, OUTCOME, OPPORTUNITY);
  await expectChildOf(page, OPPORTUNITY, SOLUTION);
  await expectChildOf(page, SOLUTION, EXPERIMENT);
  await expectChildOf(page, SOLUTION, SECOND_EXPERIMENT);
  await expectChildOf(page, OUTCOME, SIBLING_OPPORTUNITY);
  await expectChildOf(page, SIBLING_OPPORTUNITY, SUB_OPPORTUNITY);

  await waitForSaved(page);
  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  expect(openTreeId(page)).toBe(treeId);
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
  // The "?new" marker left the URL when the tree first opened, so a reload does not start editing.
  expect(page.url()).not.toContain('?new');
  await expect(editingField(page)).toHaveCount(0);
  await expectTree();
  await expectChildOf(page, OUTCOME, OPPORTUNITY);
  await expectChildOf(page, OPPORTUNITY, SOLUTION);
  await expectChildOf(page, SOLUTION, EXPERIMENT);
  await expectChildOf(page, SOLUTION, SECOND_EXPERIMENT);
  await expectChildOf(page, OUTCOME, SIBLING_OPPORTUNITY);
  await expectChildOf(page, SIBLING_OPPORTUNITY, SUB_OPPORTUNITY);
});
