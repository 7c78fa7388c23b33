import fc from 'fast-check';
import { MAX_MEASURE_MAGNITUDE, MAX_VOTES } from '../../../../src/domain/file-format/limits';
import { ASSUMPTION_TYPES, EVIDENCE_KINDS, NODE_KINDS, STATUSES } from '../../../../src/domain/kinds';
import type { CheckIn, Evidence, KeyResult, NodeKind, Tree, VoteRound } from '../../../../src/domain/types';

/**
 * Generated file-shaped trees within the import limits: one root outcome, any kinds below it
 * (kind rules are findings, not import errors), every optional field sometimes present, text of
 * any Unicode including lone surrogates, evidence linked at random.
 */

type FileNode = Tree['nodes'][number];

const OBJECT_PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
const idArbitrary = fc.string({ minLength: 1, maxLength: 16 }).filter((id) => !OBJECT_PROTOTYPE_NAMES.has(id));
const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength });

// JSON writes -0 as 0; a tree holding -0 would come back different only in that sign.
const measure = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -MAX_MEASURE_MAGNITUDE, max: MAX_MEASURE_MAGNITUDE })
  .map((value) => (value === 0 ? 0 : value));
// Calendar days from 1970 to 2099, written as the date input writes them.
const calendarDate = fc.integer({ min: 0, max: 47_000 }).map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

const checkInArbitrary: fc.Arbitrary<CheckIn> = fc.record({ date: calendarDate, value: measure, note: text(20) }, { requiredKeys: ['date', 'value'] });

/** Key results with ids unique within their outcome and check-ins oldest first, as the editor keeps them. */
const keyResultsArbitrary: fc.Arbitrary<KeyResult[]> = fc
  .uniqueArray(idArbitrary, { minLength: 0, maxLength: 4 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc
          .record(
            {
              name: text(20),
              baseline: measure,
              target: measure,
              unit: text(5),
              direction: fc.constantFrom('increase' as const, 'decrease' as const),
              deadline: text(12),
              checkIns: fc.array(checkInArbitrary, { maxLength: 5 }).map((list) => [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))),
            },
            { requiredKeys: ['name'] },
          )
          .map((fields): KeyResult => ({ id, ...fields })),
      ),
    ),
  )
  .map((list) => [...list]);

const outcomeFields = fc.record(
  { keyResults: keyResultsArbitrary, objective: text(40), businessGoal: text(40) },
  { requiredKeys: [] },
);

function optionalNodeFields(kind: NodeKind) {
  const common = fc.record(
    {
      description: text(60),
      status: fc.constantFrom(...STATUSES[kind]),
      collapsed: fc.boolean(),
      target: fc.boolean(),
      assumption: text(30),
      assumptionType: fc.constantFrom(...ASSUMPTION_TYPES),
      successCriterion: text(30),
      result: text(30),
      votes: fc.nat({ max: MAX_VOTES }),
    },
    { requiredKeys: [] },
  );
  // Key results, objective and business goal belong to outcomes only (the import refuses them elsewhere).
  if (kind !== 'outcome') return common;
  return fc.tuple(common, outcomeFields).map(([fields, outcome]) => ({ ...fields, ...outcome }));
}

const evidenceFields = fc.record(
  {
    kind: fc.constantFrom(...EVIDENCE_KINDS),
    firstHand: fc.boolean(),
    summary: text(40),
    quote: text(40),
    source: text(20),
    date: text(12),
    url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
  },
  { requiredKeys: ['kind', 'firstHand', 'summary'] },
);

export function treeArbitrary(maxNodes = 25, maxEvidence = 6): fc.Arbitrary<Tree> {
  return fc
    .record({
      nodeIds: fc.uniqueArray(idArbitrary, { minLength: 1, maxLength: maxNodes }),
      evidenceIds: fc.uniqueArray(idArbitrary, { maxLength: maxEvidence }),
    })
    .chain(({ nodeIds, evidenceIds }) =>
      fc.record({
        id: idArbitrary,
        title: text(30),
        createdAt: text(24),
        updatedAt: text(24),
        settings: fc.record({ silencedRules: fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }) }),
        nodes: fc.tuple(...nodeIds.map((id, position) => nodeArbitrary(id, position, nodeIds, evidenceIds))),
        evidence: fc.tuple(...evidenceIds.map((id) => evidenceFields.map((fields): Evidence => ({ id, ...fields })))),
        voteRounds: fc.option(voteRoundsArbitrary(nodeIds), { nil: undefined }),
      }),
    )
    .map(({ voteRounds, ...tree }): Tree => ({
      ...tree,
      nodes: [...tree.nodes],
      evidence: [...tree.evidence],
      ...(voteRounds && voteRounds.length > 0 ? { voteRounds } : {}),
    }));
}

/** Voting rounds on the tree's nodes, as the editor keeps them: every earlier round revealed, at most the last open. */
function voteRoundsArbitrary(nodeIds: string[]): fc.Arbitrary<VoteRound[]> {
  const round = fc
    .record({
      id: idArbitrary,
      parentId: fc.constantFrom(...nodeIds),
      candidateIds: fc.shuffledSubarray(nodeIds, { minLength: 1 }),
      voters: fc.integer({ min: 1, max: 4 }),
      dotsPerVoter: fc.integer({ min: 1, max: 4 }),
      revealed: fc.boolean(),
      startedAt: text(24),
    })
    .chain((fields) =>
      fc
        .record({
          dots: fc.tuple(...Array.from({ length: fields.voters }, () => fc.array(fc.constantFrom(...fields.candidateIds), { maxLength: fields.dotsPerVoter }))),
          currentVoter: fc.integer({ min: 0, max: fields.voters - 1 }),
        })
        .map(({ dots, currentVoter }): VoteRound => ({ ...fields, dots: dots.map((list) => [...list]), currentVoter })),
    );
  return fc.array(round, { maxLength: 3 }).map((rounds) => rounds.map((item, index) => (index < rounds.length - 1 ? { ...item, revealed: true } : item)));
}

function nodeArbitrary(id: string, position: number, nodeIds: string[], evidenceIds: string[]): fc.Arbitrary<FileNode> {
  // Each node hangs under an earlier one, so the result is always a tree; array order is random
  // enough to make sibling order matter.
  const kind = position === 0 ? fc.constant<NodeKind>('outcome') : fc.constantFrom(...NODE_KINDS.filter((k) => k !== 'outcome'));
  const parentId = position === 0 ? fc.constant(null) : fc.constantFrom(...nodeIds.slice(0, position));
  return fc
    .record({ kind, parentId, title: text(30), links: fc.option(fc.subarray(evidenceIds)) })
    .chain(({ kind: nodeKind, parentId: parent, title, links }) =>
      optionalNodeFields(nodeKind).map(
        (fields): FileNode => ({ id, kind: nodeKind, parentId: parent, title, ...fields, ...(links ? { evidenceIds: links } : {}) }),
      ),
    );
}

/** The ids of each parent's children, in order: what "sibling order" means. */
export function siblingOrder(tree: Tree): Map<string | null, string[]> {
  const order = new Map<string | null, string[]>();
  for (const node of tree.nodes) order.set(node.parentId, [...(order.get(node.parentId) ?? []), node.id]);
  return order;
}
