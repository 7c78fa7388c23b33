import { enablePatches, produceWithPatches, type Draft } from 'immer';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TreeDoc } from '../../../src/domain/types';
import { createAutosave, type AutosaveOptions, type AutosaveStatus } from '../../../src/persistence/autosave';
import type { TreeChanges } from '../../../src/persistence/repository';
import { sampleDoc } from './fixtures';

interface RecordedSave {
  at: number;
  doc: TreeDoc;
  nodeIds: string[];
  evidenceIds: string[];
  meta: boolean;
}

beforeAll(() => {
  enablePatches();
});

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});

afterEach(() => {
  vi.useRealTimers();
});

/** An editor stand-in: edits the document with immer and feeds the patches to autosave. */
function harness(
  saveChanges: (doc: TreeDoc, changes: TreeChanges) => Promise<void> = async () => {},
  overrides: Partial<AutosaveOptions> = {},
) {
  let doc = sampleDoc();
  const saves: RecordedSave[] = [];
  const statuses: AutosaveStatus[] = [];
  const repository = {
    async saveChanges(saved: TreeDoc, changes: TreeChanges) {
      const record = {
        at: Date.now(),
        doc: saved,
        nodeIds: [...changes.nodeIds].sort(),
        evidenceIds: [...changes.evidenceIds].sort(),
        meta: changes.meta,
      };
      await saveChanges(saved, changes);
      saves.push(record);
      return { overwritten: [] };
    },
  };
  const autosave = createAutosave({
    repository,
    getDoc: () => doc,
    onStatus: (status) => statuses.push(status),
    now: () => new Date(Date.now()),
    ...overrides,
  });
  return {
    autosave,
    saves,
    statuses,
    edit(recipe: (draft: Draft<TreeDoc>) => void) {
      const [next, patches] = produceWithPatches(doc, recipe);
      doc = next;
      autosave.track(patches);
    },
    current: () => doc,
  };
}

function retitle(nodeId: string, title: string) {
  return (draft: Draft<TreeDoc>) => {
    const node = draft.nodes[nodeId];
    if (node) node.title = title;
  };
}

describe('autosave', () => {
  it('saves once, 300 ms after a lone change, and not before', async () => {
    const { edit, saves, autosave } = harness();
    edit(retitle('opp', 'Typed'));
    expect(autosave.status().state).toBe('pending');
    await vi.advanceTimersByTimeAsync(299);
    expect(saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toHaveLength(1);
    expect(saves[0]?.nodeIds).toEqual(['opp']);
    expect(autosave.status()).toEqual({ state: 'saved', lastSavedAt: new Date(300).toISOString() });
  });

  it('gathers a burst of changes to different rows into one save', async () => {
    const { edit, saves } = harness();
    edit(retitle('opp', 'a'));
    await vi.advanceTimersByTimeAsync(40);
    edit(retitle('sol', 'b'));
    await vi.advanceTimersByTimeAsync(40);
    edit((draft) => {
      delete draft.evidence['ev-2'];
    });
    edit((draft) => {
      draft.meta.title = 'Renamed';
    });
    await vi.advanceTimersByTimeAsync(2000);
    expect(saves).toHaveLength(1);
    expect(saves[0]).toMatchObject({ nodeIds: ['opp', 'sol'], evidenceIds: ['ev-2'], meta: true });
  });

  it('writes the document as it is when the save starts', async () => {
    const { edit, saves, current } = harness();
    for (const title of ['D', 'De', 'Dec', 'Deci']) edit(retitle('sol', title));
    await vi.advanceTimersByTimeAsync(300);
    expect(saves[0]?.doc).toBe(current());
    expect(saves[0]?.doc.nodes.sol?.title).toBe('Deci');
  });

  it('stores every change within 500 ms under continuous typing', async () => {
    const { edit, saves } = harness();
    const typedAt = new Map<string, number>();
    for (let keystroke = 0; keystroke < 40; keystroke++) {
      const nodeId = `n${keystroke}`;
      typedAt.set(nodeId, Date.now());
      edit((draft) => {
        draft.nodes[nodeId] = { id: nodeId, kind: 'opportunity', parentId: 'outcome', rank: 'a1', title: nodeId };
      });
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves.length).toBeGreaterThan(1);
    for (const [nodeId, at] of typedAt) {
      const save = saves.find((candidate) => candidate.nodeIds.includes(nodeId));
      expect(save, nodeId).toBeDefined();
      expect((save?.at ?? Infinity) - at, nodeId).toBeLessThanOrEqual(500);
    }
  });

  it('saves at once on flush, and the debounced save then has nothing left to do', async () => {
    const { edit, saves, autosave } = harness();
    edit(retitle('exp', 'Now'));
    await autosave.flush();
    expect(saves).toHaveLength(1);
    expect(autosave.status().state).toBe('saved');
    await vi.advanceTimersByTimeAsync(2000);
    expect(saves).toHaveLength(1);
  });

  it('ignores patches that touch nothing', async () => {
    const { autosave, saves, statuses } = harness();
    autosave.track([]);
    await vi.advanceTimersByTimeAsync(1000);
    await autosave.flush();
    expect(saves).toHaveLength(0);
    expect(statuses).toHaveLength(0);
  });

  it('never runs two saves at once, and saves later changes after the running one', async () => {
    let running = 0;
    let mostAtOnce = 0;
    const releases: Array<() => void> = [];
    const { edit, saves, autosave } = harness(async () => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise<void>((resolve) => releases.push(resolve));
      running -= 1;
    });
    edit(retitle('opp', 'first'));
    const firstFlush = autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    edit(retitle('sol', 'second'));
    const secondFlush = autosave.flush();
    await vi.advanceTimersByTimeAsync(1000);
    expect(releases).toHaveLength(1);
    expect(autosave.status().state).toBe('pending');

    releases[0]?.();
    await firstFlush;
    await vi.advanceTimersByTimeAsync(0);
    expect(releases).toHaveLength(2);
    releases[1]?.();
    await secondFlush;

    expect(mostAtOnce).toBe(1);
    expect(saves.map((save) => save.nodeIds)).toEqual([['opp'], ['sol']]);
    expect(autosave.status().state).toBe('saved');
  });

  it('keeps failed changes, says the storage is full, retries, and reports saved once a write succeeds', async () => {
    let failuresLeft = 2;
    const { edit, saves, statuses, autosave, current } = harness(
      async () => {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
      },
      { retryMs: 2000 },
    );
    edit(retitle('opp', 'Before the disk filled up'));
    await vi.advanceTimersByTimeAsync(300);
    expect(autosave.status()).toEqual({
      state: 'error',
      message:
        "Your browser's storage is full, so the last changes are not saved yet. Free some space or export the tree as JSON; we keep retrying.",
    });

    edit(retitle('sol', 'Typed while it was full'));
    await vi.advanceTimersByTimeAsync(1999);
    expect(autosave.status().state).toBe('error');
    await vi.advanceTimersByTimeAsync(1);
    expect(autosave.status().state).toBe('error');
    await vi.advanceTimersByTimeAsync(2000);

    expect(autosave.status().state).toBe('saved');
    expect(saves).toHaveLength(1);
    expect(saves[0]?.nodeIds).toEqual(['opp', 'sol']);
    expect(saves[0]?.doc).toBe(current());
    expect(statuses.map((status) => status.state)).toEqual(['pending', 'saving', 'error', 'error', 'saved']);
  });

  it('keeps a change made while a failing write was still running', async () => {
    let calls = 0;
    let failRunningWrite: (() => void) | undefined;
    const { edit, saves, autosave } = harness(async () => {
      calls += 1;
      if (calls === 1) {
        await new Promise<void>((_resolve, reject) => {
          failRunningWrite = () => reject(new DOMException('closing', 'InvalidStateError'));
        });
      }
    });
    edit(retitle('opp', 'in the failing write'));
    const flushed = autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    edit(retitle('exp', 'typed meanwhile'));
    failRunningWrite?.();
    await flushed;
    expect(autosave.status().message).toMatch(/database was closed/);

    await vi.advanceTimersByTimeAsync(2000);
    expect(autosave.status().state).toBe('saved');
    expect(saves.map((save) => save.nodeIds)).toEqual([['exp', 'opp']]);
  });

  it('tells the caller which tree each successful save wrote', async () => {
    const saved: string[] = [];
    const { edit, autosave } = harness(undefined, { onSaved: (treeId) => saved.push(treeId) });
    edit(retitle('opp', 'x'));
    await autosave.flush();
    expect(saved).toEqual(['tree-1']);
  });

  it('stops saving on its own once disposed', async () => {
    const { edit, saves, autosave } = harness();
    edit(retitle('opp', 'x'));
    autosave.dispose();
    edit(retitle('sol', 'y'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(saves).toHaveLength(0);
  });
});
