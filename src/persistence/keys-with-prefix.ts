/**
 * What follows `prefix` in every key of `storage` that starts with it (e.g. the tree ids of all
 * journals); an empty list when the storage cannot be read (private modes, blocked storage).
 */
export function idsUnderPrefix(storage: Pick<Storage, 'length' | 'key'>, prefix: string): string[] {
  const ids: string[] = [];
  try {
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key?.startsWith(prefix)) ids.push(key.slice(prefix.length));
    }
  } catch {
    // Storage unavailable: nothing is kept there.
  }
  return ids;
}
