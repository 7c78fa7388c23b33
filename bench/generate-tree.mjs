// Deterministic, seeded generator of Opportunity Solution Trees shaped like real ones, written as
// the app's JSON file format (version 2, with key results and check-ins). Used by the benchmark for 200, 2,000 and 10,000 nodes.
//
//   node bench/generate-tree.mjs 2000 [seed] > tree.json
//
// Shape: one outcome; 4–8 top opportunities; each top branch nests sub-opportunities 2–4 levels
// deep; solutions sit under the leaf-ish opportunities (and now and then directly under a
// branching one); 1–3 experiments under some solutions. The node count is exact: every subtree is
// given a budget of nodes and spends all of it.

import { pathToFileURL } from 'node:url';

/** mulberry32: a small, fast PRNG; the same seed always gives the same tree. */
function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const chance = (probability) => next() < probability;
  return { next, int, pick, chance };
}

const WHO = ['I', 'As a team lead I', 'As a new customer I', 'As an admin I', 'In finance I', 'As a mobile user I', 'As a shopper I', 'As a first-time user I'];
const NEEDS = [
  'struggle to find the report I need before the weekly meeting',
  'want to know what changed since my last visit',
  'cannot tell which invoices are still unpaid',
  'lose track of tasks when I switch between devices',
  'need to share results with people outside the company',
  'worry that my data is not backed up',
  'do not understand why my order was delayed',
  'want to compare plans without talking to sales',
  'spend too long setting up a new project',
  'miss important messages among the notifications',
  'am unsure whether the numbers on the dashboard are current',
  'want to undo a mistake without asking support',
  'find the checkout too long on a small screen',
  'cannot invite colleagues without admin rights',
  'need a quick way to export data for my accountant',
];
const SOLUTION_VERBS = ['Add', 'Offer', 'Show', 'Introduce', 'Send', 'Build', 'Redesign', 'Automate', 'Simplify', 'Provide'];
const SOLUTION_OBJECTS = [
  'a weekly digest email',
  'an onboarding checklist',
  'inline help next to each field',
  'a one-click export to spreadsheet',
  'saved filters on the dashboard',
  'a status page for orders',
  'templates for common projects',
  'a shared link with read-only access',
  'reminders before the deadline',
  'a comparison table of plans',
  'an activity feed',
  'bulk editing for invoices',
  'offline mode for the mobile app',
  'smart defaults based on past choices',
];
const SOLUTION_TAILS = ['', '', 'for returning users', 'on mobile', 'for admins', 'in the first week', 'with a short video'];
const EXPERIMENT_OPENINGS = ['Fake door test:', 'Prototype test:', 'Five interviews:', 'A/B test:', 'Concierge test:', 'Survey:', 'One-question poll:'];
const EXPERIMENT_BODIES = [
  'do users click the new button',
  'can five users finish the task unaided',
  'would customers pay for it',
  'does the digest get opened',
  'is the new flow faster than the old one',
  'do admins invite more colleagues',
  'how many people notice the change',
];
const OUTCOMES = [
  'Increase the share of trial users who become paying customers',
  'Reduce the number of support tickets about billing by a third',
  'Grow weekly active teams in the first month after signup',
];
const EVIDENCE_KINDS = ['interview', 'interview', 'interview', 'observation', 'usability-test', 'survey', 'analytics', 'support'];
const EVIDENCE_SUMMARIES = [
  'Said she exports everything to a spreadsheet every Friday',
  'Could not find the settings page without help',
  'Three customers asked for this in the same week',
  'Drop-off at the second step of checkout is high',
  'Watched him copy numbers by hand between two tabs',
  'Mentioned that the team forgets to follow up',
];
const OPPORTUNITY_STATUSES = ['identified', 'identified', 'exploring', 'exploring', 'parked'];
const SOLUTION_STATUSES = ['idea', 'idea', 'idea', 'testing', 'validated', 'discarded', 'building', 'shipped'];
const EXPERIMENT_STATUSES = ['planned', 'planned', 'running', 'passed', 'failed', 'inconclusive'];
const ASSUMPTION_TYPES = ['desirability', 'viability', 'feasibility', 'usability', 'ethical'];

/** Pads a short phrase (or cuts a long one) so titles run 3..14 words, as real ones do. */
function withWordCount(random, phrase, min = 3, max = 14) {
  const words = phrase.split(' ').filter(Boolean);
  const fillers = ['today', 'every week', 'at work', 'again', 'without help', 'quickly', 'on time', 'in one place'];
  const wanted = random.int(min, max);
  while (words.length < wanted) words.push(...random.pick(fillers).split(' '));
  return words.slice(0, max).join(' ');
}

const capitalise = (text) => `${text.slice(0, 1).toUpperCase()}${text.slice(1)}`;

/** Splits `total` into `parts` positive integers with uneven, random weights. */
function splitBudget(random, total, parts) {
  const shares = Array.from({ length: parts }, () => 1);
  const weights = Array.from({ length: parts }, () => 0.3 + random.next() * random.next() * 3);
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  let left = total - parts;
  const extra = weights.map((weight) => Math.floor(((total - parts) * weight) / weightSum));
  for (let i = 0; i < parts; i += 1) {
    shares[i] += extra[i];
    left -= extra[i];
  }
  while (left > 0) {
    shares[random.int(0, parts - 1)] += 1;
    left -= 1;
  }
  return shares;
}

/**
 * Builds a tree of exactly `nodeCount` nodes (≥ 6). Returns the file object
 * `{ format: 'ost-tree', version: 2, exportedAt, tree }`.
 */
export function generateTree({ nodeCount, seed = 1 }) {
  if (!Number.isInteger(nodeCount) || nodeCount < 6 || nodeCount > 20_000) {
    throw new Error(`nodeCount must be an integer in 6..20000, got ${nodeCount}`);
  }
  const random = createRandom(seed * 7919 + nodeCount);
  const nodes = [];
  let nextId = 1;
  const newId = (prefix) => `${prefix}${(nextId++).toString(36)}`;

  const evidence = Array.from({ length: Math.max(3, Math.round(nodeCount / 25)) }, (_, index) => ({
    id: `ev${index + 1}`,
    kind: random.pick(EVIDENCE_KINDS),
    firstHand: random.chance(0.75),
    summary: withWordCount(random, random.pick(EVIDENCE_SUMMARIES), 5, 14),
  }));
  const usedEvidence = new Set();

  function addExperiment(parentId) {
    const status = random.pick(EXPERIMENT_STATUSES);
    const experiment = {
      id: newId('x'),
      kind: 'experiment',
      parentId,
      title: withWordCount(random, `${random.pick(EXPERIMENT_OPENINGS)} ${random.pick(EXPERIMENT_BODIES)}`),
      status,
      assumption: 'Users want this enough to change how they work today',
      assumptionType: random.pick(ASSUMPTION_TYPES),
    };
    if (random.chance(0.8)) experiment.successCriterion = 'At least 30% of the people asked say yes';
    if ((status === 'passed' || status === 'failed') && random.chance(0.7)) experiment.result = 'See the notes from the session';
    nodes.push(experiment);
  }

  /** A solution and its experiments, spending exactly `budget` nodes (1..4). */
  function addSolution(parentId, budget) {
    const id = newId('s');
    nodes.push({
      id,
      kind: 'solution',
      parentId,
      title: random.chance(0.4)
        ? withWordCount(random, capitalise(random.pick(SOLUTION_OBJECTS).replace(/^an? /, '')), 3, 5)
        : withWordCount(random, `${random.pick(SOLUTION_VERBS)} ${random.pick(SOLUTION_OBJECTS)} ${random.pick(SOLUTION_TAILS)}`),
      status: random.pick(SOLUTION_STATUSES),
    });
    for (let i = 1; i < budget; i += 1) addExperiment(id);
  }

  /** Solutions (with experiments) under an opportunity, spending exactly `budget` nodes. */
  function addSolutions(parentId, budget) {
    let left = budget;
    while (left > 0) {
      const experiments = random.chance(0.45) ? random.int(1, 3) : 0;
      const size = Math.min(left, 1 + experiments);
      addSolution(parentId, size);
      left -= size;
    }
  }

  function opportunityTitle() {
    const need = random.pick(NEEDS);
    // Teams write both "I can't…" statements and short labels ("Unpaid invoices are unclear").
    if (random.chance(0.35)) return withWordCount(random, capitalise(need), 3, 6);
    return withWordCount(random, `${random.pick(WHO)} ${need}`);
  }

  /**
   * An opportunity and its subtree, spending exactly `budget` nodes. `levelsLeft` is how many more
   * levels of sub-opportunities this branch may nest.
   */
  function addOpportunity(parentId, budget, levelsLeft) {
    const id = newId('o');
    const opportunity = { id, kind: 'opportunity', parentId, title: opportunityTitle(), status: random.pick(OPPORTUNITY_STATUSES) };
    if (random.chance(0.55)) {
      const links = Array.from({ length: random.int(1, 3) }, () => random.pick(evidence).id);
      opportunity.evidenceIds = [...new Set(links)];
      for (const link of opportunity.evidenceIds) usedEvidence.add(link);
    }
    nodes.push(opportunity);
    const below = budget - 1;
    if (below === 0) return;
    const leafSize = random.int(4, 14);
    if (levelsLeft === 0 || below <= leafSize) {
      addSolutions(id, below);
      return;
    }
    // Now and then a branching opportunity also holds a solution or two of its own.
    const ownSolutions = random.chance(0.2) ? Math.min(below - 2, random.int(1, 3)) : 0;
    const forChildren = below - Math.max(0, ownSolutions);
    const wanted = Math.round(Math.pow(forChildren / leafSize, 1 / levelsLeft) * (0.7 + random.next() * 0.6));
    const childCount = Math.max(2, Math.min(forChildren, wanted));
    if (ownSolutions > 0) addSolutions(id, ownSolutions);
    for (const share of splitBudget(random, forChildren, childCount)) addOpportunity(id, share, levelsLeft - 1);
  }

  function keyResult(id, name, baseline, target, unit, direction, step) {
    const checkIns = [];
    for (let week = 0; week < 20; week++) {
      const day = new Date(Date.UTC(2026, 0, 5 + week * 7)).toISOString().slice(0, 10);
      checkIns.push({ date: day, value: Math.round((baseline + step * week) * 10) / 10 });
    }
    return { id, name, baseline, target, ...(unit ? { unit } : {}), direction, deadline: '2026-12-31', checkIns };
  }

  const rootId = newId('r');
  nodes.push({
    id: rootId,
    kind: 'outcome',
    parentId: null,
    title: random.pick(OUTCOMES),
    status: 'active',
    objective: 'Teams make the product part of their week',
    businessGoal: 'Grow net revenue retention to 110 %',
    // Three key results with 20 weekly check-ins each, so the outcome rules have real work.
    keyResults: [
      keyResult('kr-conv', 'Trials that convert to paid', 12, 18, '%', 'increase', 0.3),
      keyResult('kr-time', 'Minutes to a first shared board', 14, 6, 'min', 'decrease', -0.35),
      keyResult('kr-signups', 'Weekly sign-ups', 400, 700, '', 'increase', 12),
    ],
  });
  const topCount = Math.min(random.int(4, 8), nodeCount - 1);
  for (const share of splitBudget(random, nodeCount - 1, topCount)) addOpportunity(rootId, share, random.int(2, 4));

  // One target opportunity, as a team would mark the one it works on now.
  const target = nodes.find((node) => node.kind === 'opportunity' && nodes.some((child) => child.parentId === node.id && child.kind === 'solution'));
  if (target) target.target = true;

  const createdAt = new Date(Date.UTC(2026, 0, 5, 9, 30)).toISOString();
  return {
    format: 'ost-tree',
    version: 2,
    exportedAt: createdAt,
    tree: {
      id: `bench-${nodeCount}`,
      title: `Benchmark tree, ${nodeCount.toLocaleString('en')} nodes`,
      createdAt,
      updatedAt: createdAt,
      nodes,
      evidence: evidence.filter((item, index) => usedEvidence.has(item.id) || index % 3 === 0),
    },
  };
}

/** Counts per kind and depth, for a quick look at a generated tree's shape. */
export function describeTree(file) {
  const byId = new Map(file.tree.nodes.map((node) => [node.id, node]));
  const depthOf = (node) => (node.parentId === null ? 0 : 1 + depthOf(byId.get(node.parentId)));
  const kinds = {};
  let maxDepth = 0;
  for (const node of file.tree.nodes) {
    kinds[node.kind] = (kinds[node.kind] ?? 0) + 1;
    maxDepth = Math.max(maxDepth, depthOf(node));
  }
  return { nodes: file.tree.nodes.length, kinds, maxDepth, evidence: file.tree.evidence.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const nodeCount = Number(process.argv[2] ?? 200);
  const seed = Number(process.argv[3] ?? 1);
  const file = generateTree({ nodeCount, seed });
  process.stderr.write(`${JSON.stringify(describeTree(file))}\n`);
  process.stdout.write(`${JSON.stringify(file, null, 2)}\n`);
}
