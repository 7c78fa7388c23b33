import { newId } from '../domain/ids';
import type { OverwrittenField } from './field-merge';

export const TAB_CHANNEL_NAME = 'ost-editor';

/**
 * What one tab tells the others after it wrote: `tree-saved` (reload it if open), `tree-deleted`
 * (close it if open), `trees-changed` (a tree was added; refresh the library list).
 */
export interface TabMessage {
  type: 'tree-saved' | 'tree-deleted' | 'trees-changed';
  treeId: string;
  sourceTabId: string;
  /** With `tree-saved`: stored values that save replaced, written by some other tab before it. */
  overwritten?: OverwrittenField[];
}

export interface TabSync {
  /** Tells every other tab; this tab's id is filled in. */
  notify(message: Omit<TabMessage, 'sourceTabId'>): void;
  close(): void;
  /** False where the browser has no BroadcastChannel: tabs then only see changes on reload. */
  readonly available: boolean;
}

export interface TabSyncOptions {
  tabId: string;
  onMessage: (message: TabMessage) => void;
  channelName?: string;
  /** The BroadcastChannel constructor; tests pass undefined to see the fallback. */
  channelConstructor?: typeof BroadcastChannel | undefined;
}

const MESSAGE_TYPES: ReadonlySet<string> = new Set(['tree-saved', 'tree-deleted', 'trees-changed']);

function isTabMessage(data: unknown): data is TabMessage {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as Record<string, unknown>;
  return (
    typeof record.type === 'string' &&
    MESSAGE_TYPES.has(record.type) &&
    typeof record.treeId === 'string' &&
    typeof record.sourceTabId === 'string' &&
    (record.overwritten === undefined || Array.isArray(record.overwritten))
  );
}

/** A fresh id for this tab, so it can tell its own messages from others'. */
export function newTabId(): string {
  return newId();
}

export function createTabSync(options: TabSyncOptions): TabSync {
  const { tabId, onMessage } = options;
  const Channel = 'channelConstructor' in options ? options.channelConstructor : globalThis.BroadcastChannel;
  if (typeof Channel !== 'function') {
    return { notify() {}, close() {}, available: false };
  }
  const channel = new Channel(options.channelName ?? TAB_CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    // Another app version (or anything else on this origin) may post shapes we do not know.
    if (!isTabMessage(event.data) || event.data.sourceTabId === tabId) return;
    onMessage(event.data);
  };
  let closed = false;
  return {
    notify(message) {
      if (closed) return;
      const full: TabMessage = {
        type: message.type,
        treeId: message.treeId,
        sourceTabId: tabId,
        ...(message.overwritten ? { overwritten: message.overwritten } : {}),
      };
      channel.postMessage(full);
    },
    close() {
      closed = true;
      channel.close();
    },
    available: true,
  };
}
