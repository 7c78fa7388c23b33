import { afterEach, describe, expect, it } from 'vitest';
import { createTabSync, type TabMessage, type TabSync } from '../../../src/persistence/tab-sync';

let channelCount = 0;
const open: Array<{ close(): void }> = [];

afterEach(() => {
  for (const sync of open.splice(0)) sync.close();
});

/** A tab on its own channel name, so tests never hear each other; collects what it receives. */
function tab(tabId: string, channelName: string): TabSync & { received: TabMessage[]; next(): Promise<TabMessage> } {
  const received: TabMessage[] = [];
  const waiting: Array<(message: TabMessage) => void> = [];
  const sync = createTabSync({
    tabId,
    channelName,
    onMessage: (message) => {
      received.push(message);
      waiting.shift()?.(message);
    },
  });
  open.push(sync);
  return Object.assign(sync, {
    received,
    next: () => new Promise<TabMessage>((resolve) => waiting.push(resolve)),
  });
}

function channelName(): string {
  channelCount += 1;
  return `ost-editor-test-${channelCount}`;
}

describe('createTabSync', () => {
  it('delivers a message from one tab to another, naming the sender', async () => {
    const name = channelName();
    const first = tab('tab-a', name);
    const second = tab('tab-b', name);
    const arrived = second.next();
    first.notify({ type: 'tree-saved', treeId: 'tree-1' });
    expect(await arrived).toEqual({ type: 'tree-saved', treeId: 'tree-1', sourceTabId: 'tab-a' });
    expect(first.available).toBe(true);
  });

  it('ignores messages that carry its own tab id', async () => {
    const name = channelName();
    const sender = tab('tab-a', name);
    const sameTab = tab('tab-a', name);
    const other = tab('tab-b', name);

    const atOther = other.next();
    sender.notify({ type: 'tree-deleted', treeId: 'gone' });
    await atOther;
    const atSameTab = sameTab.next();
    other.notify({ type: 'trees-changed', treeId: 'new' });
    await atSameTab;

    expect(sameTab.received).toEqual([{ type: 'trees-changed', treeId: 'new', sourceTabId: 'tab-b' }]);
    expect(sender.received.map((message) => message.treeId)).toEqual(['new']);
  });

  it('ignores messages of a shape it does not know', async () => {
    const name = channelName();
    const listener = tab('tab-b', name);
    const stranger = new BroadcastChannel(name);
    open.push(stranger);
    const arrived = listener.next();
    stranger.postMessage({ type: 'tree-exploded', treeId: 'x', sourceTabId: 'tab-z' });
    stranger.postMessage('hello');
    stranger.postMessage({ type: 'tree-saved', treeId: 'real', sourceTabId: 'tab-z' });
    expect((await arrived).treeId).toBe('real');
    expect(listener.received).toHaveLength(1);
  });

  it('sends nothing once closed', async () => {
    const name = channelName();
    const closing = tab('tab-a', name);
    const listener = tab('tab-b', name);
    const witness = tab('tab-c', name);
    closing.close();
    closing.notify({ type: 'tree-saved', treeId: 'after-close' });
    const arrived = listener.next();
    witness.notify({ type: 'tree-saved', treeId: 'marker' });
    await arrived;
    expect(listener.received.map((message) => message.treeId)).toEqual(['marker']);
  });

  it('works as a silent no-op where BroadcastChannel does not exist', () => {
    const sync = createTabSync({ tabId: 'tab-a', onMessage: () => {}, channelConstructor: undefined });
    expect(sync.available).toBe(false);
    expect(() => {
      sync.notify({ type: 'tree-saved', treeId: 't' });
      sync.close();
    }).not.toThrow();
  });
});
