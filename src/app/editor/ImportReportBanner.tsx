import { useState } from 'react';
import { takeImportReport } from '../../export/import-report';
import { ImportNotice } from '../../panels/library/ImportNotice';
import { useServices } from '../../ui/services-context';
import { navigateTo } from '../use-hash-route';

/**
 * Over a tree just imported from a file: what the import changed (e.g. a removed link), and
 * "Undo import", which removes the tree again and returns to the library.
 */
export function ImportReportBanner({ treeId }: { treeId: string }) {
  const { repository } = useServices();
  const [report, setReport] = useState(() => takeImportReport(treeId));
  if (!report) return null;
  return (
    <div className="import-report-banner">
      <ImportNotice
        imported={report}
        onUndo={() => {
          setReport(undefined);
          void repository.deleteTree(treeId).then(() => navigateTo('#/'));
        }}
        onDismiss={() => setReport(undefined)}
      />
    </div>
  );
}
