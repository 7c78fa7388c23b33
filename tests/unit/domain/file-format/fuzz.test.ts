import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkStructure } from '../../../../src/domain/file-format/check-structure';
import type { ImportResult } from '../../../../src/domain/file-format/import-result';
import { MAX_PROBLEMS_SHOWN } from '../../../../src/domain/file-format/limits';
import { isWebLink } from '../../../../src/domain/file-format/normalise';
import { parseImport } from '../../../../src/domain/file-format/parse-file';
import { serializeTree } from '../../../../src/domain/file-format/serialize';
import { docToTree, treeToDoc } from '../../../../src/domain/tree-doc';
import { treeArbitrary } from './tree-arbitrary';

/** What every answer of the importer must satisfy, whatever it was given. */
function expectWellFormed(result: ImportResult): void {
  if (!result.ok) {
    expect(result.error.message.length).toBeGreaterThan(0);
    expect(result.error.problems.length).toBeGreaterThan(0);
    expect(result.error.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS_SHOWN);
    for (const problem of result.error.problems) expect(problem).toMatch(/^\S[^:]*: ./s);
    return;
  }
  // Whatever got through is a sound tree the editor can hold and export again.
  result.trees.forEach((tree, index) => {
    expect(checkStructure(tree, `trees[${index}]`)).toEqual([]);
    for (const item of tree.evidence) if (item.url !== undefined) expect(isWebLink(item.url)).toBe(true);
    const doc = treeToDoc(tree);
    expect(Object.keys(doc.nodes)).toHaveLength(tree.nodes.length);
    expect(parseImport(serializeTree(doc)).ok).toBe(true);
    expect(docToTree(doc).nodes).toHaveLength(tree.nodes.length);
  });
}

/** An oracle for cycles: climbing from any node must reach the root within as many steps as there are nodes. */
function everyNodeReachesTheRoot(nodes: Array<{ id: string; parentId: string | null }>): boolean {
  const parentOf = new Map(nodes.map((node) => [node.id, node.parentId]));
  return nodes.every((node) => {
    let current: string | null | undefined = node.id;
    for (let steps = 0; steps <= nodes.length; steps++) {
      if (current === null) return true;
      current = parentOf.get(current ?? '');
    }
    return false;
  });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Slot = { holder: Json[] | { [key: string]: Json }; key: string | number };

/** Every place in a JSON value that holds a value, parents before children. */
function slotsOf(value: Json): Slot[] {
  const slots: Slot[] = [];
  const visit = (holder: Json) => {
    if (holder === null || typeof holder !== 'object') return;
    const entries: Array<[string | number, Json]> = Array.isArray(holder) ? holder.map((item, i) => [i, item]) : Object.entries(holder);
    for (const [key, child] of entries) {
      slots.push({ holder, key });
      visit(child);
    }
  };
  visit(value);
  return slots;
}

function read(slot: Slot): Json | undefined {
  return Array.isArray(slot.holder) ? slot.holder[slot.key as number] : slot.holder[slot.key as string];
}

function write(slot: Slot, value: Json): void {
  if (Array.isArray(slot.holder)) slot.holder[slot.key as number] = value;
  else slot.holder[slot.key as string] = value;
}

function remove(slot: Slot): void {
  if (Array.isArray(slot.holder)) slot.holder.splice(slot.key as number, 1);
  else delete slot.holder[slot.key as string];
}

const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: fc.jsonValue() }),
  // Copying one value over another makes duplicate ids, unknown parents and cycles likely.
  fc.record({ op: fc.constant('copy' as const), at: fc.nat(), from: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer Change> ? Change : never;

function mutate(file: Json, mutations: Mutation[]): void {
  for (const change of mutations) {
    const slots = slotsOf(file);
    if (slots.length === 0) return;
    const slot = slots[change.at % slots.length];
    if (!slot) return;
    if (change.op === 'delete') remove(slot);
    else if (change.op === 'replace') write(slot, change.value as Json);
    else {
      const source = slots[change.from % slots.length];
      const copied = source ? read(source) : undefined;
      if (copied !== undefined) write(slot, structuredClone(copied));
    }
  }
}

describe('the importer never throws', () => {
  it('on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectWellFormed(parseImport(JSON.stringify(value) ?? ''))), { numRuns: 300 });
  });

  it('on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => expectWellFormed(parseImport(text))), { numRuns: 300 });
  });

  it('on JSON values wearing the envelope of a tree file', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('ost-tree', 'ost-backup'), (value, format) => {
        expectWellFormed(parseImport(JSON.stringify({ format, version: 1, tree: value, trees: value })));
      }),
      { numRuns: 300 },
    );
  });

  it('on a valid file with values deleted, replaced or copied over others', () => {
    fc.assert(
      fc.property(treeArbitrary(12, 4), fc.array(mutation, { minLength: 1, maxLength: 4 }), (tree, mutations) => {
        const file = JSON.parse(serializeTree(treeToDoc(tree))) as Json;
        mutate(file, mutations);
        expectWellFormed(parseImport(JSON.stringify(file)));
      }),
      { numRuns: 500 },
    );
  });

  it('on a valid file whose parents are rewired, and refuses exactly the rewirings that make a cycle', () => {
    const rewiring = fc.array(fc.record({ node: fc.nat(), newParent: fc.nat() }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(treeArbitrary(12, 2), rewiring, (tree, changes) => {
        const nodes = tree.nodes.map((node) => ({ ...node }));
        for (const { node, newParent } of changes) {
          const child = nodes[node % nodes.length];
          const parent = nodes[newParent % nodes.length];
          if (child && parent && child.parentId !== null) child.parentId = parent.id;
        }
        const result = parseImport(JSON.stringify({ format: 'ost-tree', version: 1, tree: { ...tree, nodes } }));
        expectWellFormed(result);
        expect(result.ok ? 'ok' : result.error.kind).toBe(everyNodeReachesTheRoot(nodes) ? 'ok' : 'invalid-structure');
      }),
      { numRuns: 300 },
    );
  });

  it('on a valid file cut short anywhere', () => {
    fc.assert(
      fc.property(treeArbitrary(8, 3), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (tree, fraction) => {
        const text = serializeTree(treeToDoc(tree));
        const result = parseImport(text.slice(0, Math.floor(text.length * fraction)));
        expect(!result.ok && result.error.kind).toBe('not-json');
      }),
    );
  });
});
