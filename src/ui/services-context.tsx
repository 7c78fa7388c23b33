import { createContext, useContext, type ReactNode } from 'react';
import type { TreeRepository } from '../persistence/repository';
import type { TabMessage } from '../persistence/tab-sync';

/** What the screens need from outside React: storage, and this tab's identity for multi-tab sync. */
export interface AppServices {
  /** Every write also tells the other tabs of this app. */
  repository: TreeRepository;
  tabId: string;
  /** Listens to what other tabs wrote; returns an unsubscribe function. */
  onTabMessage(listener: (message: TabMessage) => void): () => void;
}

const ServicesContext = createContext<AppServices | null>(null);

/** Gives every screen below it the app's services (the app shell builds them once). */
export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The services of the nearest provider; throws when used outside one (a wiring bug). */
export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>.');
  return services;
}
