import { article } from '../operations/add-node';
import type { Tree } from '../types';
import { quote } from './problem-path';

const OUTCOME_ONLY_FIELDS = ['keyResults', 'objective', 'businessGoal'] as const;

/**
 * Problems with the outcome-only fields of one node, as `path: what is wrong`: key results,
 * objective and business goal on a node that is not an outcome (the editor never writes them
 * there, and nothing would show them), and two key results of one outcome with the same id (the
 * canvas, charts and check-ins address a key result by its id). `path` is the node's path.
 */
export function checkOutcomeFields(node: Tree['nodes'][number], path: string): string[] {
  const problems: string[] = [];
  if (node.kind !== 'outcome') {
    for (const field of OUTCOME_ONLY_FIELDS) {
      if (node[field] !== undefined) problems.push(`${path}.${field}: only an outcome has ${describeField(field)}, not ${article(node.kind)} ${node.kind}`);
    }
    return problems;
  }
  const firstIndexById = new Map<string, number>();
  node.keyResults?.forEach((keyResult, index) => {
    const first = firstIndexById.get(keyResult.id);
    if (first === undefined) firstIndexById.set(keyResult.id, index);
    else problems.push(`${path}.keyResults[${index}].id: ${quote(keyResult.id)} is already the id of ${path}.keyResults[${first}]`);
  });
  return problems;
}

function describeField(field: (typeof OUTCOME_ONLY_FIELDS)[number]): string {
  return field === 'keyResults' ? 'key results' : field === 'objective' ? 'an objective' : 'a business goal';
}
