import { EVIDENCE_KIND_LABEL } from '../../domain/kinds';
import type { Evidence } from '../../domain/types';

/** The item's kind and whether the team heard or saw it itself, as words (never colour alone). */
export function EvidenceTags({ item }: { item: Pick<Evidence, 'kind' | 'firstHand'> }) {
  return (
    <span className="evidence-tags">
      <span className="evidence-kind">{EVIDENCE_KIND_LABEL[item.kind]}</span>
      <span className={`evidence-hand ${item.firstHand ? 'is-first-hand' : 'is-second-hand'}`}>
        {item.firstHand ? 'First-hand' : 'Second-hand'}
      </span>
    </span>
  );
}
