import { createContext, useContext, type ReactNode } from 'react';
import { summarizeFindings } from '../domain/findings-summary';
import { newId } from '../domain/ids';
import { OstDatabase } from '../persistence/db';
import { notifyingRepository } from '../persistence/notifying-repository';
import { createRepository, type TreeRepository } from '../persistence/repository';
import { createTabSync, type TabMessage } from '../persistence/tab-sync';
import { findingsOf } from '../store/derived/findings';

/** What the screens need from outside React: storage, and this tab's identity for multi-tab sync. */
export interface AppServices {
  /** Every write also tells the other tabs of this app. */
  repository: TreeRepository;
  tabId: string;
  /** Listens to what other tabs wrote; returns an unsubscribe function. */
  onTabMessage(listener: (message: TabMessage) => void): () => void;
}

export function createAppServices(databaseName?: string): AppServices {
  const db = new OstDatabase(databaseName);
  const tabId = newId();
  const listeners = new Set<(message: TabMessage) => void>();
  const tabSync = createTabSync({ tabId, onMessage: (message) => listeners.forEach((listener) => listener(message)) });
  const repository = createRepository(db, {
    summarize: (doc) => {
      // The editor has already validated this very document (memoised by identity): reuse it.
      const counts = summarizeFindings(findingsOf(doc));
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

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>.');
  return services;
}
