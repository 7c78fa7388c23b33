import type { Evidence, OstNode } from '../types';

const MAX_QUOTED_LENGTH = 40;

/** A title in curly quotes, on one line, cut to ~40 characters so messages stay short. */
export function quoteTitle(title: string): string {
  const oneLine = title.replace(/\s+/g, ' ').trim();
  const short =
    oneLine.length > MAX_QUOTED_LENGTH ? `${oneLine.slice(0, MAX_QUOTED_LENGTH - 1).trimEnd()}…` : oneLine;
  return `“${short}”`;
}

// Names per node object: the validator names thousands of nodes on every keystroke, and a node
// keeps its object (immer) until it changes.
const names = new WeakMap<OstNode, string>();

/** How a message names a node: its quoted title, or "the untitled <kind>". */
export function nodeName(node: OstNode): string {
  let name = names.get(node);
  if (name === undefined) {
    name = node.title.trim() === '' ? `the untitled ${node.kind}` : quoteTitle(node.title);
    names.set(node, name);
  }
  return name;
}

/** A node named with a noun before its title: `opportunity “X”`, or `untitled opportunity`. */
export function namedAs(node: OstNode, noun: string = node.kind): string {
  return node.title.trim() === '' ? `untitled ${noun}` : `${noun} ${quoteTitle(node.title)}`;
}

export function evidenceName(item: Evidence): string {
  return item.summary.trim() === '' ? `the untitled ${item.kind} item` : quoteTitle(item.summary);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
