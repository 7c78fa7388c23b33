import { useEffect, useState } from 'react';

export type Route = { screen: 'library' } | { screen: 'tree'; treeId: string };

/** `#/tree/<id>` opens a tree (so a reload reopens it); anything else is the library. */
export function parseRoute(hash: string): Route {
  const match = /^#\/tree\/([^/?#]+)/.exec(hash);
  if (match?.[1]) return { screen: 'tree', treeId: decodeURIComponent(match[1]) };
  return { screen: 'library' };
}

export function treeHref(treeId: string): string {
  return `#/tree/${encodeURIComponent(treeId)}`;
}

export function navigateTo(hash: string): void {
  if (window.location.hash !== hash) window.location.hash = hash;
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
