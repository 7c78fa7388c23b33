import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { warmLazyParts } from '../../../src/app/warm-lazy-parts';

const SRC = resolve(__dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every module the file loads with a dynamic `import('…')`, as a path under src without extension. */
function dynamicImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)].map((match) => relative(SRC, resolve(dirname(file), match[1]!)));
}

const idleWindow = { setTimeout: (callback: () => void) => void queueMicrotask(callback) };

describe('Loading the lazy parts early on a first visit', () => {
  it('covers every part of the app that loads on first use', () => {
    const warmer = join(SRC, 'app/warm-lazy-parts.ts');
    const warmed = new Set(dynamicImports(warmer));
    const lazy = new Set(sourceFiles(SRC).filter((file) => file !== warmer).flatMap(dynamicImports));
    expect(lazy.size).toBeGreaterThan(0);
    expect([...lazy].filter((part) => !warmed.has(part))).toEqual([]);
  });

  it('loads each part in turn while idle, going on past one that fails', async () => {
    const loaded: string[] = [];
    const part = (name: string, fails = false) => ({
      name,
      load: async () => {
        loaded.push(name);
        if (fails) throw new TypeError('Failed to fetch dynamically imported module');
      },
    });
    await warmLazyParts(idleWindow, () => false, [part('import'), part('present', true), part('help')]);
    expect(loaded).toEqual(['import', 'present', 'help']);
  });

  it('loads nothing early when a service worker already controls the page', async () => {
    const loaded: string[] = [];
    await warmLazyParts(idleWindow, () => true, [{ name: 'import', load: async () => void loaded.push('import') }]);
    expect(loaded).toEqual([]);
  });
});
