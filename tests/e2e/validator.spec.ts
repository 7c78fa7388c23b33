import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  canvasNodes,
  createTree,
  editingField,
  importTree,
  nodeByTitle,
  nodeId,
  openLibrary,
  openTreeId,
  selectNode,
  treeFile,
  typeTitle,
  waitForSaved,
} from './helpers';

const RULE = 'solution-needs-evidenced-problem';
const OUTCOME = 'More teams renew after the first year';
const OPPORTUNITY = "I can't tell which projects are late";
const SOLUTION = 'Weekly digest of late projects';
const INTERVIEW = 'Ana (PM at a 40-person agency) finds out about late projects from angry clients';

function findingsPanel(page: Page): Locator {
  return page.getByTestId('findings');
}

function ruleFinding(page: Page, solutionId: string): Locator {
  return findingsPanel(page).locator(`[data-rule="${RULE}"][data-node-id="${solutionId}"]`);
}

function headerCount(page: Page, severity: 'error' | 'warning' | 'info'): Locator {
  return page.getByTestId('findings-counts').locator(`[data-severity="${severity}"]`);
}

function inspector(page: Page): Locator {
  return page.getByTestId('inspector');
}

/** The status select of the selected node, in the inspector. */
function statusSelect(page: Page): Locator {
  return inspector(page).getByLabel('Status', { exact: true });
}

/** Records new first-hand evidence in the inspector's picker and links it to the selected node. */
async function linkNewInterview(page: Page, summary: string): Promise<void> {
  const picker = inspector(page).getByTestId('evidence-picker');
  await picker.getByRole('button', { name: 'New evidence…' }).click();
  const form = picker.getByRole('form', { name: 'New evidence' });
  await form.getByLabel('Kind').selectOption('interview');
  const firstHand = form.getByRole('checkbox', { name: /First-hand/ });
  await expect(firstHand, 'an interview counts as first-hand unless the user says otherwise').toBeChecked();
  await form.getByLabel('Summary (required)').fill(summary);
  await form.getByRole('button', { name: 'Add and link' }).click();
  await expect(form).toHaveCount(0);
}

/** Everything about the solution's evidence rule that a user can see once the problem is evidenced. */
async function expectEvidencedProblem(page: Page, solutionId: string): Promise<void> {
  const opportunity = nodeByTitle(page, OPPORTUNITY);
  await expect(opportunity.getByTestId('evidence-count')).toHaveAttribute('data-count', '1');
  await expect(opportunity.getByTestId('evidence-count')).toHaveText('1 evidence');
  await expect(nodeByTitle(page, SOLUTION).locator('.finding-badge[data-severity="error"]')).toHaveCount(0);
  await expect(ruleFinding(page, solutionId)).toHaveCount(0);
  await expect(findingsPanel(page).locator(`[data-rule="${RULE}"]`)).toHaveCount(0);
  await expect(headerCount(page, 'error')).toHaveAttribute('data-count', '0');
}

test('a solution under an unevidenced opportunity is an error until first-hand evidence is linked', async ({ page }) => {
  await openLibrary(page);
  const treeId = await createTree(page);
  await typeTitle(page, OUTCOME);
  await page.keyboard.press('Tab');
  await typeTitle(page, OPPORTUNITY);
  await page.keyboard.press('Enter');
  await expect(editingField(page)).toHaveCount(0);
  await expect(headerCount(page, 'error')).toHaveAttribute('data-count', '0');

  await page.keyboard.press('Alt+KeyS');
  await typeTitle(page, SOLUTION);
  await page.keyboard.press('Enter');
  await expect(editingField(page)).toHaveCount(0);
  const solutionId = await nodeId(nodeByTitle(page, SOLUTION));

  // The error shows on the solution itself, in the findings panel and in the header.
  const badge = nodeByTitle(page, SOLUTION).locator('.finding-badge');
  await expect(badge).toHaveAttribute('data-severity', 'error');
  await expect(badge).toHaveAttribute('data-count', '1');
  const finding = ruleFinding(page, solutionId);
  await expect(finding).toHaveCount(1);
  await expect(finding).toHaveAttribute('data-severity', 'error');
  await expect(finding).toContainText(OPPORTUNITY);
  await expect(headerCount(page, 'error')).toHaveAttribute('data-count', '1');

  // A click on the finding selects the solution and shows it in the inspector.
  // (Esc on the canvas clears the selection first.)
  await page.keyboard.press('Escape');
  await expect(page.locator('.ost-node[data-selected]')).toHaveCount(0);
  await expect(inspector(page).getByLabel('Title', { exact: true })).toHaveCount(0);
  await finding.locator('.finding-main').click();
  await expect(nodeByTitle(page, SOLUTION).locator('.ost-node')).toHaveAttribute('data-selected', 'true');
  await expect(page.locator('.ost-node[data-selected]')).toHaveCount(1);
  await expect(inspector(page).getByLabel('Title', { exact: true })).toHaveValue(SOLUTION);
  await expect(finding).toHaveClass(/is-current/);

  // The opportunity gets an interview, recorded in place from the inspector.
  await selectNode(page, OPPORTUNITY);
  await expect(inspector(page).getByLabel('Title', { exact: true })).toHaveValue(OPPORTUNITY);
  await linkNewInterview(page, INTERVIEW);
  const linked = inspector(page).getByRole('list', { name: 'Linked evidence' });
  await expect(linked.getByRole('listitem')).toHaveCount(1);
  await expect(linked).toContainText(INTERVIEW);
  await expect(inspector(page)).toContainText('1 linked, 1 first-hand');

  await expectEvidencedProblem(page, solutionId);

  // All of it survives a reload.
  await waitForSaved(page);
  await page.reload();
  await expect(nodeByTitle(page, SOLUTION)).toBeVisible();
  expect(openTreeId(page)).toBe(treeId);
  await expect(canvasNodes(page)).toHaveCount(3);
  await expectEvidencedProblem(page, solutionId);
  await expect(page.getByTestId('open-evidence')).toHaveText('Evidence (1)');
  await selectNode(page, OPPORTUNITY);
  await expect(inspector(page).getByRole('list', { name: 'Linked evidence' })).toContainText(INTERVIEW);
});

test('unlinking the only first-hand evidence brings the error back', async ({ page }) => {
  await importTree(
    page,
    treeFile(
      'Renewals',
      {
        kind: 'outcome',
        title: OUTCOME,
        children: [{ kind: 'opportunity', title: OPPORTUNITY, evidence: ['ana'], children: [{ kind: 'solution', title: SOLUTION }] }],
      },
      [{ key: 'ana', kind: 'interview', firstHand: true, summary: INTERVIEW }],
    ),
  );
  const solutionId = await nodeId(nodeByTitle(page, SOLUTION));
  await expectEvidencedProblem(page, solutionId);

  await selectNode(page, OPPORTUNITY);
  await inspector(page).getByRole('button', { name: `Unlink “${INTERVIEW}”` }).click();
  await expect(nodeByTitle(page, SOLUTION).locator('.finding-badge')).toHaveAttribute('data-severity', 'error');
  await expect(ruleFinding(page, solutionId)).toHaveCount(1);
  await expect(headerCount(page, 'error')).toHaveAttribute('data-count', '1');

  // Undo links it again, and the error goes with it.
  await page.getByTestId('undo').click();
  await expectEvidencedProblem(page, solutionId);
});

test('a solution whose problem has no first-hand evidence cannot be set to building', async ({ page }) => {
  await importTree(
    page,
    treeFile(
      'Renewals',
      {
        kind: 'outcome',
        title: OUTCOME,
        children: [{ kind: 'opportunity', title: OPPORTUNITY, evidence: ['survey'], children: [{ kind: 'solution', title: SOLUTION }] }],
      },
      [{ key: 'survey', kind: 'survey', firstHand: false, summary: 'Survey: 30% of PMs miss deadlines they could have seen coming' }],
    ),
  );
  const solutionId = await nodeId(nodeByTitle(page, SOLUTION));
  // Second-hand evidence alone does not count.
  await expect(ruleFinding(page, solutionId)).toHaveCount(1);

  await selectNode(page, SOLUTION);
  const status = statusSelect(page);
  await expect(status).toHaveValue('idea');
  await expect(status.locator('option[value="building"]')).toBeDisabled();
  await expect(status.locator('option[value="shipped"]')).toBeDisabled();
  await expect(status.locator('option[value="testing"]')).toBeEnabled();
  await expect(inspector(page).getByTestId('status-gate')).toContainText(/can't be built/);

  // Forcing the choice past the disabled option (as a script or an assistive tool might) is refused too.
  await status.evaluate((select: HTMLSelectElement) => {
    select.value = 'building';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(inspector(page).getByTestId('status-refused')).toBeVisible();
  await expect(status).toHaveValue('idea');
  await expect(nodeByTitle(page, SOLUTION).locator('.chip')).toHaveText('idea');

  // With an interview linked to the opportunity, building is allowed.
  await selectNode(page, OPPORTUNITY);
  await linkNewInterview(page, INTERVIEW);
  await expect(ruleFinding(page, solutionId)).toHaveCount(0);
  await selectNode(page, SOLUTION);
  await expect(statusSelect(page).locator('option[value="building"]')).toBeEnabled();
  await statusSelect(page).selectOption('building');
  await expect(nodeByTitle(page, SOLUTION).locator('.chip')).toHaveText('building');
  await expect(inspector(page).getByTestId('status-gate')).toHaveCount(0);
});
