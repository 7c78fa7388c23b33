import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fileNameFor, MAX_FILE_NAME_CHARACTERS } from '../../../src/export/file-name';

describe('fileNameFor', () => {
  it('names the file after the title', () => {
    expect(fileNameFor('Checkout conversion', '.ost.json')).toBe('Checkout conversion.ost.json');
  });

  it('accepts the extension with or without its dot', () => {
    expect(fileNameFor('Plan', 'md')).toBe('Plan.md');
    expect(fileNameFor('Plan', '.md')).toBe('Plan.md');
  });

  it.each([
    ['Q3: checkout', 'Q3 - checkout'],
    ['Web/App', 'Web-App'],
    ['a\\b|c', 'a-b-c'],
    ['The "why"', "The 'why'"],
    ['What now? *urgent* <draft>', 'What now urgent draft'],
  ])('replaces characters Windows forbids: %j → %j', (title, stem) => {
    expect(fileNameFor(title, '.ost.json')).toBe(`${stem}.ost.json`);
  });

  it('turns line breaks and tabs into single spaces', () => {
    expect(fileNameFor('Line one\n\tline two\r\n', 'md')).toBe('Line one line two.md');
  });

  it('removes direction overrides that could disguise the extension', () => {
    expect(fileNameFor('report\u202Etxt.exe', 'md')).toBe('reporttxt.exe.md');
  });

  it('drops half an emoji left over from a broken string', () => {
    expect(fileNameFor('tree \ud83c', 'md')).toBe('tree.md');
  });

  it('trims leading and trailing dots and spaces', () => {
    expect(fileNameFor('  ..hidden tree...  ', 'md')).toBe('hidden tree.md');
  });

  it.each(['CON', 'con', 'Nul', 'COM1', 'lpt9', 'aux.notes', 'PRN '])('avoids the Windows device name %j', (title) => {
    const name = fileNameFor(title, '.ost.json');
    expect(name.split('.')[0]?.trim().toUpperCase()).not.toMatch(/^(CON|PRN|AUX|NUL|COM\d|LPT\d)$/);
  });

  it('leaves names that only start like a device name alone', () => {
    expect(fileNameFor('Console ideas', 'md')).toBe('Console ideas.md');
  });

  it.each(['', '   ', '...', '???', '\u0000\u0001'])('falls back to "Untitled tree" for %j', (title) => {
    expect(fileNameFor(title, '.ost.json')).toBe('Untitled tree.ost.json');
  });

  it('shortens a long title to 80 characters', () => {
    expect(fileNameFor('a'.repeat(300), 'md')).toBe(`${'a'.repeat(MAX_FILE_NAME_CHARACTERS)}.md`);
  });

  it('does not cut an emoji in half, and stays within 255 bytes', () => {
    const name = fileNameFor('👩‍👩‍👧'.repeat(100), '.ost.json');
    expect(name.endsWith('👩‍👩‍👧.ost.json')).toBe(true);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
  });

  it('gives a safe, non-empty name for any title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (title) => {
        const name = fileNameFor(title, '.ost.json');
        const stem = name.slice(0, -'.ost.json'.length);
        expect(stem.length).toBeGreaterThan(0);
        expect(stem).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
        expect(stem).not.toMatch(/^[\s.]|[\s.]$/);
        expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
        expect(() => encodeURIComponent(name)).not.toThrow(); // throws on half a surrogate pair
      }),
    );
  });
});
