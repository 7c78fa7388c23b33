import { describe, expect, it } from 'vitest';
import { treeToDoc } from '../../../src/domain/tree-doc';
import type { Tree } from '../../../src/domain/types';
import { buildTreeSvg } from '../../../src/export/svg';

// A real XML parser (the browser's DOMParser, here jsdom's) reads the exported document.

const SVG_NS = 'http://www.w3.org/2000/svg';

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

const hostileTitles = [
  '</text><script>alert(1)</script>',
  '"><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject>',
  'a ]]> b <![CDATA[ c',
  '&lt; &#x3C; &unknown;',
  'null\u0000 bell\u0007 unit\u001f',
];

function hostileTree(): Tree {
  return {
    id: 't',
    title: '<svg onload="alert(1)">',
    createdAt: '',
    updatedAt: '',
    evidence: [],
    nodes: [
      { id: 'o', kind: 'outcome', parentId: null, title: 'Outcome' },
      ...hostileTitles.map((title, index): Tree['nodes'][number] => ({ id: `n${index}<&>"'`, kind: 'opportunity', parentId: 'o', title })),
    ],
  };
}

describe('the exported SVG document', () => {
  it('parses as XML with an svg root in the SVG namespace', () => {
    const document = parse(buildTreeSvg(treeToDoc(hostileTree()), { background: 'white' }).svg);
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(document.documentElement.localName).toBe('svg');
    expect(document.documentElement.namespaceURI).toBe(SVG_NS);
  });

  it('holds hostile titles as text only: no script, no foreign object, no event handler', () => {
    const document = parse(buildTreeSvg(treeToDoc(hostileTree()), { background: 'white', measure: (text) => text.length * 2 }).svg);
    expect(document.querySelectorAll('script, foreignObject, iframe, image, use, a, style')).toHaveLength(0);
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) expect(attribute.name).not.toMatch(/^on|href$/i);
    }
    const titles = Array.from(document.querySelectorAll('g[data-kind="opportunity"]')).map((group) => {
      const lines = Array.from(group.querySelectorAll('text[font-weight="600"] tspan')).map((line) => line.textContent);
      return lines.join(' ');
    });
    expect(titles).toEqual([...hostileTitles.slice(0, 4), 'null bell unit']);
    expect(document.querySelector('.caption')?.textContent).toBe('<svg onload="alert(1)">');
  });

  it('names each node by its id and kind, ids read back exactly', () => {
    const document = parse(buildTreeSvg(treeToDoc(hostileTree()), { background: 'white' }).svg);
    const ids = Array.from(document.querySelectorAll('g[data-id]')).map((group) => group.getAttribute('data-id'));
    expect(ids).toEqual(['o', ...hostileTitles.map((_, index) => `n${index}<&>"'`)]);
    expect(document.querySelector('g[data-id="o"]')?.getAttribute('data-kind')).toBe('outcome');
  });
});
