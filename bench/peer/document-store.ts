import type { PeerTreeFile } from './tree-file';

// The whole document as one JSON string under one key, with the raw IndexedDB API.
const DATABASE = 'peer-bench';
const STORE = 'documents';

let connection: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  connection ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return connection;
}

export async function loadDocument(key: string): Promise<PeerTreeFile | undefined> {
  const db = await open();
  const text = await new Promise<unknown>((resolve, reject) => {
    const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(key);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return typeof text === 'string' ? (JSON.parse(text) as PeerTreeFile) : undefined;
}

export async function saveDocument(key: string, document: PeerTreeFile): Promise<void> {
  const start = performance.now();
  const db = await open();
  const text = JSON.stringify(document);
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).put(text, key);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  // Read by the benchmark, like the app's `ost-save`.
  performance.measure('peer-save', { start, end: performance.now() });
}
