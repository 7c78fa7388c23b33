import { EditorScreen } from './editor/EditorScreen';
import { LibraryScreen } from '../panels/library/LibraryScreen';
import { ServicesProvider, type AppServices } from './services';
import { useTheme } from './theme';
import { useHashRoute } from './use-hash-route';
import './app.css';

export function App({ services }: { services: AppServices }) {
  const route = useHashRoute();
  const [theme, toggleTheme] = useTheme();
  return (
    <ServicesProvider services={services}>
      {route.screen === 'tree' ? (
        <EditorScreen key={route.treeId} treeId={route.treeId} theme={theme} onToggleTheme={toggleTheme} />
      ) : (
        <LibraryScreen theme={theme} onToggleTheme={toggleTheme} />
      )}
    </ServicesProvider>
  );
}
