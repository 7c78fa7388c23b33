import { EditorScreen } from './editor/EditorScreen';
import { LibraryScreen } from '../panels/library/LibraryScreen';
import { ServicesProvider, type AppServices } from '../ui/services-context';
import { useTheme } from '../ui/theme';
import { navigateTo, treeHref, useHashRoute } from './use-hash-route';
import './app.css';

function openTree(treeId: string, isNew = false): void {
  navigateTo(isNew ? `${treeHref(treeId)}?new` : treeHref(treeId));
}

/** The app shell: the services for every screen, and the library or the open tree by URL. */
export function App({ services }: { services: AppServices }) {
  const route = useHashRoute();
  const [theme, toggleTheme] = useTheme();
  return (
    <ServicesProvider services={services}>
      {route.screen === 'tree' ? (
        <EditorScreen key={route.treeId} treeId={route.treeId} theme={theme} onToggleTheme={toggleTheme} />
      ) : (
        <LibraryScreen theme={theme} onToggleTheme={toggleTheme} onOpenTree={openTree} />
      )}
    </ServicesProvider>
  );
}
