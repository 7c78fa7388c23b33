import { expect, test } from '@playwright/test';
import { setOffline } from './faults';
import { chooseImportFile, openLibrary, treeFile } from './helpers';

test('an import started offline says the importer could not load, leaves the button usable, and works once online', async ({ page, context }) => {
  await openLibrary(page);
  await setOffline(context, true);
  const file = treeFile('Offline import', { kind: 'outcome', title: 'Imported later' });
  await chooseImportFile(page, 'offline.ost.json', file);
  const alert = page.getByTestId('import-error');
  await expect(alert).toContainText(/could not be loaded/);
  await expect(page.getByRole('button', { name: 'Import or restore…' })).toBeEnabled();

  await setOffline(context, false);
  await chooseImportFile(page, 'offline.ost.json', file);
  await expect(page).toHaveURL(/#\/tree\//);
});
