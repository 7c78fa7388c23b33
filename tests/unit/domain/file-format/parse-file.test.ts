import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../../src/domain/file-format/parse-file';
import type { ImportError, ImportResult } from '../../../../src/domain/file-format/import-result';
import {
  MAX_EVIDENCE_PER_TREE,
  MAX_FILE_BYTES,
  MAX_NODES_PER_TREE,
  MAX_TITLE_LENGTH,
} from '../../../../src/domain/file-format/limits';
import type { Tree } from '../../../../src/domain/types';
import { sampleTree, sampleTreeFile, treeWithNodes } from './sample-files';

function importJson(value: unknown): ImportResult {
  return parseImport(JSON.stringify(value));
}

function expectError(result: ImportResult): ImportError {
  if (result.ok) throw new Error('expected the import to fail, but it succeeded');
  return result.error;
}

function expectTrees(result: ImportResult): Tree[] {
  if (!result.ok) throw new Error(`expected the import to succeed: ${result.error.message} ${result.error.problems.join('; ')}`);
  return result.trees;
}

describe('parseImport of a tree file', () => {
  it('reads a valid file into one tree with its nodes in file order', () => {
    const result = importJson(sampleTreeFile());
    expect(result.ok && result.source).toBe('tree');
    const [tree] = expectTrees(result);
    expect(tree?.title).toBe('Checkout');
    expect(tree?.nodes.map((node) => node.id)).toEqual(['outcome', 'opp-1', 'sol-1', 'exp-1', 'opp-2']);
    expect(tree?.evidence[0]).toEqual({
      id: 'ev-1',
      kind: 'interview',
      firstHand: true,
      summary: 'Three of five buyers left at the shipping step.',
    });
  });

  it('strips fields it does not know, including a rank', () => {
    const file = sampleTreeFile();
    file.tree.owner = 'someone@example.com';
    file.tree.nodes[1] = { ...file.tree.nodes[1]!, rank: 'a0', html: '<b>x</b>' };
    const [tree] = expectTrees(importJson(file));
    expect(tree).not.toHaveProperty('owner');
    expect(tree?.nodes[1]).not.toHaveProperty('rank');
    expect(tree?.nodes[1]).not.toHaveProperty('html');
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expectTrees(parseImport(`\uFEFF${JSON.stringify(sampleTreeFile())}`));
  });

  it('accepts a node under a kind it may not hang under, leaving it to the validator', () => {
    const file = sampleTreeFile();
    file.tree.nodes[2]!.parentId = 'outcome';
    const [tree] = expectTrees(importJson(file));
    expect(tree?.nodes[2]?.parentId).toBe('outcome');
  });

  it('keeps text that looks like markup as plain text', () => {
    const file = sampleTreeFile();
    file.tree.nodes[1]!.title = '<script>alert("x")</script> & <img onerror=alert(1)>';
    const [tree] = expectTrees(importJson(file));
    expect(tree?.nodes[1]?.title).toBe('<script>alert("x")</script> & <img onerror=alert(1)>');
  });
});

describe('parseImport refuses a file that is too large', () => {
  it('refuses a 50 MB file before reading it as JSON', () => {
    const error = expectError(parseImport('x'.repeat(50 * 1024 * 1024)));
    expect(error.kind).toBe('too-large');
    expect(error.message).toContain('20 MB');
  });

  it('counts bytes, not characters', () => {
    // Each "é" is one character but two UTF-8 bytes: under the limit in characters, over it in bytes.
    const text = `"${'é'.repeat(MAX_FILE_BYTES / 2 + 1)}"`;
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    expect(expectError(parseImport(text)).kind).toBe('too-large');
  });

  it('opens a file of exactly the limit', () => {
    const json = JSON.stringify(sampleTreeFile());
    const padded = json + ' '.repeat(MAX_FILE_BYTES - json.length);
    expectTrees(parseImport(padded));
    expect(expectError(parseImport(`${padded} `)).kind).toBe('too-large');
  });

  it('refuses a tree of 200,000 nodes, naming the count and the limit', () => {
    const error = expectError(importJson(sampleTreeFile(treeWithNodes(199_999))));
    expect(error.kind).toBe('too-large');
    expect(error.problems).toEqual(['tree.nodes: 200,000 nodes; the limit is 20,000']);
  });

  it('opens a tree of exactly the node limit and refuses one node more', () => {
    expectTrees(importJson(sampleTreeFile(treeWithNodes(MAX_NODES_PER_TREE - 1))));
    expect(expectError(importJson(sampleTreeFile(treeWithNodes(MAX_NODES_PER_TREE)))).kind).toBe('too-large');
  });

  it('refuses more evidence items than the limit', () => {
    const tree = sampleTree();
    tree.evidence = Array.from({ length: MAX_EVIDENCE_PER_TREE + 1 }, (_, i) => ({
      id: `e${i}`,
      kind: 'other',
      firstHand: false,
      summary: '',
    }));
    const error = expectError(importJson(sampleTreeFile(tree)));
    expect(error.kind).toBe('too-large');
    expect(error.problems[0]).toMatch(/^tree\.evidence: 5,001 evidence items/);
  });

  it('refuses a title longer than the limit and keeps one of exactly the limit', () => {
    const file = sampleTreeFile();
    file.tree.nodes[1]!.title = 'a'.repeat(MAX_TITLE_LENGTH);
    expectTrees(importJson(file));
    file.tree.nodes[1]!.title = 'a'.repeat(MAX_TITLE_LENGTH + 1);
    const error = expectError(importJson(file));
    expect(error.kind).toBe('invalid-shape');
    expect(error.problems[0]).toMatch(/^tree\.nodes\[1\]\.title: /);
  });
});

describe('parseImport refuses a file that is not a tree file', () => {
  it.each([
    ['text that is not JSON', 'Dear team, here is the tree'],
    ['an empty file', ''],
    ['JSON cut short', JSON.stringify(sampleTreeFile()).slice(0, 100)],
    ['binary junk', '\u0089PNG\r\n\u001a\n\u0000\u0000'],
  ])('calls %s not JSON', (_, text) => {
    const error = expectError(parseImport(text));
    expect(error.kind).toBe('not-json');
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.problems).toHaveLength(1);
  });

  it.each([
    ['another app’s JSON', { type: 'excalidraw', elements: [] }],
    ['a bare tree without the envelope', sampleTree()],
    ['a list', [sampleTreeFile()]],
    ['a number', 42],
    ['null', null],
    ['an unknown format name', { ...sampleTreeFile(), format: 'ost-forest' }],
  ])('calls %s not an OST file', (_, value) => {
    const error = expectError(importJson(value));
    expect(error.kind).toBe('not-ost-file');
    expect(error.problems[0]).toMatch(/^format: expected "ost-tree" or "ost-backup"/);
  });
});

describe('parseImport and the format version', () => {
  it('refuses a file from a newer editor and says to update', () => {
    const error = expectError(importJson({ ...sampleTreeFile(), version: 3 }));
    expect(error.kind).toBe('too-new');
    expect(error.message).toBe(
      'This file was made by a newer version of the editor (format version 3). Update the editor to open it.',
    );
  });

  it.each([['missing', undefined], ['text', '1'], ['zero', 0], ['a fraction', 1.5]])(
    'refuses a version that is %s',
    (_, version) => {
      const error = expectError(importJson({ ...sampleTreeFile(), version }));
      expect(error.kind).toBe('invalid-shape');
      expect(error.problems[0]).toMatch(/^version: expected a whole number/);
    },
  );
});

describe('parseImport refuses fields of the wrong shape, naming their paths', () => {
  it('refuses a title that is a number', () => {
    const file = sampleTreeFile();
    file.tree.nodes[3]!.title = 42;
    const error = expectError(importJson(file));
    expect(error.kind).toBe('invalid-shape');
    expect(error.problems).toEqual([expect.stringMatching(/^tree\.nodes\[3\]\.title: .*expected string/)]);
  });

  it('refuses an unknown node kind', () => {
    const file = sampleTreeFile();
    file.tree.nodes[2]!.kind = 'feature';
    expect(expectError(importJson(file)).problems[0]).toMatch(/^tree\.nodes\[2\]\.kind: /);
  });

  it('refuses a tree without its nodes', () => {
    const { nodes: _nodes, ...tree } = sampleTree();
    expect(expectError(importJson({ ...sampleTreeFile(), tree })).problems[0]).toMatch(/^tree\.nodes: /);
  });

  it('refuses evidence whose firstHand is not a boolean', () => {
    const file = sampleTreeFile();
    file.tree.evidence[0]!.firstHand = 'yes';
    expect(expectError(importJson(file)).problems[0]).toMatch(/^tree\.evidence\[0\]\.firstHand: /);
  });

  it('refuses an id that would collide with an object’s built-in properties', () => {
    const file = sampleTreeFile();
    file.tree.nodes[4]!.id = '__proto__';
    expect(expectError(importJson(file)).problems[0]).toMatch(/^tree\.nodes\[4\]\.id: /);
  });

  it('lists at most five problems and counts the rest in the message', () => {
    const file = sampleTreeFile();
    for (const node of file.tree.nodes) node.title = 7;
    file.tree.evidence[0]!.summary = null;
    const error = expectError(importJson(file));
    expect(error.problems).toHaveLength(5);
    expect(error.message).toContain('6 problems; the first 5 are listed.');
  });
});

describe('parseImport refuses nodes that do not form one tree', () => {
  it('names a node whose parent does not exist by its path', () => {
    const tree = treeWithNodes(15);
    tree.nodes[12]!.parentId = 'x';
    const error = expectError(importJson(sampleTreeFile(tree)));
    expect(error.kind).toBe('invalid-structure');
    expect(error.problems).toEqual(['tree.nodes[12].parentId: no node with id "x"']);
    expect(error.message).toMatch(/Nothing was imported/);
  });

  it('refuses a cycle of parents', () => {
    const file = sampleTreeFile();
    file.tree.nodes[1]!.parentId = 'exp-1';
    const error = expectError(importJson(file));
    expect(error.kind).toBe('invalid-structure');
    expect(error.problems).toEqual(['tree.nodes[1].parentId: the parents form a cycle ("opp-1" → "exp-1" → "sol-1" → "opp-1")']);
  });

  it('refuses two nodes with the same id', () => {
    const file = sampleTreeFile();
    file.tree.nodes[4]!.id = 'opp-1';
    expect(expectError(importJson(file)).problems).toEqual(['tree.nodes[4].id: "opp-1" is already the id of tree.nodes[1]']);
  });

  it('refuses two evidence items with the same id', () => {
    const file = sampleTreeFile();
    file.tree.evidence.push({ id: 'ev-1', kind: 'survey', firstHand: false, summary: 'again' });
    expect(expectError(importJson(file)).problems).toEqual(['tree.evidence[1].id: "ev-1" is already the id of tree.evidence[0]']);
  });

  it('refuses a second root', () => {
    const file = sampleTreeFile();
    file.tree.nodes.push({ id: 'outcome-2', kind: 'outcome', parentId: null, title: 'Another goal' });
    expect(expectError(importJson(file)).problems[0]).toMatch(/^tree\.nodes\[5\]\.parentId: a second root/);
  });

  it('refuses a root that is not an outcome', () => {
    const file = sampleTreeFile();
    file.tree.nodes[0]!.kind = 'opportunity';
    file.tree.nodes[0]!.status = 'identified';
    expect(expectError(importJson(file)).problems).toEqual(['tree.nodes[0].kind: the root must be an outcome, not an opportunity']);
  });

  it('refuses a tree without nodes', () => {
    const file = sampleTreeFile();
    file.tree.nodes = [];
    expect(expectError(importJson(file)).problems[0]).toMatch(/^tree\.nodes: the tree has no nodes/);
  });

  it('refuses a status that belongs to another kind', () => {
    const file = sampleTreeFile();
    file.tree.nodes[2]!.status = 'passed';
    expect(expectError(importJson(file)).problems).toEqual([
      'tree.nodes[2].status: "passed" is not a status of a solution (idea, testing, validated, discarded, building, shipped)',
    ]);
  });

  it('refuses a link to evidence the file does not hold', () => {
    const file = sampleTreeFile();
    file.tree.nodes[1]!.evidenceIds = ['ev-1', 'ev-404'];
    expect(expectError(importJson(file)).problems).toEqual(['tree.nodes[1].evidenceIds[1]: no evidence with id "ev-404"']);
  });
});

describe('parseImport repairs what is safe to repair', () => {
  it('drops a javascript: link with a warning and keeps the evidence', () => {
    const file = sampleTreeFile();
    file.tree.evidence[0]!.url = 'javascript:alert(document.cookie)';
    const result = importJson(file);
    const [tree] = expectTrees(result);
    expect(tree?.evidence[0]).not.toHaveProperty('url');
    expect(tree?.evidence[0]?.summary).toBe('Three of five buyers left at the shipping step.');
    expect(result.ok && result.warnings).toEqual([
      'tree.evidence[0].url: removed the link "javascript:alert(document.cookie)"; only http and https links are kept',
    ]);
  });

  it.each(['https://example.com/research/42', 'http://intranet.local/notes'])('keeps the web link %s', (url) => {
    const file = sampleTreeFile();
    file.tree.evidence[0]!.url = url;
    const result = importJson(file);
    expect(expectTrees(result)[0]?.evidence[0]?.url).toBe(url);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it.each(['data:text/html,<script>alert(1)</script>', 'java\tscript:alert(1)', 'example.com/page', 'file:///etc/passwd'])(
    'drops the link %s',
    (url) => {
      const file = sampleTreeFile();
      file.tree.evidence[0]!.url = url;
      expect(expectTrees(importJson(file))[0]?.evidence[0]).not.toHaveProperty('url');
    },
  );

  it('keeps an evidence link listed twice on one node once', () => {
    const file = sampleTreeFile();
    file.tree.nodes[1]!.evidenceIds = ['ev-1', 'ev-1'];
    expect(expectTrees(importJson(file))[0]?.nodes[1]?.evidenceIds).toEqual(['ev-1']);
  });
});
