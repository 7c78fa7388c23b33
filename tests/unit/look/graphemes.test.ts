import { describe, expect, it } from 'vitest';
import { baseDirection, graphemes } from '../../../src/look/graphemes';

describe('grapheme clusters and base direction (DESIGN.md Look: every script)', () => {
  it('keeps a family emoji, a flag and a letter with a combining mark whole', () => {
    expect(graphemes('👨‍👩‍👧‍👦🇩🇪é!')).toEqual(['👨‍👩‍👧‍👦', '🇩🇪', 'é', '!']);
  });

  it('takes the direction of the first strong character, as dir="auto" does', () => {
    expect(baseDirection('יעד Q3: להגדיל שימור ב-20% עד סוף השנה')).toBe('rtl');
    expect(baseDirection('20% — زيادة الاحتفاظ (3 مرات)')).toBe('rtl');
    expect(baseDirection('Q3 goal: יעד')).toBe('ltr');
    expect(baseDirection('日本語のタイトル')).toBe('ltr');
    expect(baseDirection('123 —')).toBe('ltr');
  });
});
