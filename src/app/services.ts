import { newId } from '../domain/ids';
import { OstDatabase } from '../persistence/db';
import { notifyingRepository } from '../persistence/notifying-repository';
import { createRepository } from '../persistence/repository';
import { createTabSync, type TabMessage } from '../persistence/tab-sync';
import { findingCountsOf } from '../store/derived/findings';
import type { AppServices } from '../ui/services-context';

/**
 * Builds the app's services over an opened database (see persistence/open-database.ts, which says
 * why when it cannot be opened), or over the IndexedDB database of that name (tests).
 */
export function createAppServices(database?: OstDatabase | string): AppServices {
  const db = database instanceof OstDatabase ? database : new OstDatabase(database);
  const tabId = newId();
  const listeners = new Set<(message: TabMessage) => void>();
  const tabSync = createTabSync({ tabId, onMessage: (message) => listeners.forEach((listener) => listener(message)) });
  const repository = createRepository(db, {
    summarize: (doc) => {
      // The editor has already validated this very document (memoised by identity): reuse it.
      const counts = findingCountsOf(doc);
      return { errorCount: counts.errors, warningCount: counts.warnings };
    },
  });
  return {
    repository: notifyingRepository(repository, tabSync),
    tabId,
    onTabMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
