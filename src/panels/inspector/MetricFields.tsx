import { useId, useRef } from 'react';
import { newId } from '../../domain/ids';
import type { KeyResult, OstNode } from '../../domain/types';
import { useEditorActions, useEditorStoreApi } from '../../store/editor-context';
import { DraftTextField } from './DraftTextField';
import { useFocusRequest } from './inspector-focus';
import { formatOptionalNumber, parseOptionalNumber } from './parse-number';

type Metric = Omit<KeyResult, 'id'>;
type MetricPatch = Partial<Metric>;

function sameMetric(a: Metric | undefined, b: Metric | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.name === b.name && a.baseline === b.baseline && a.target === b.target && a.unit === b.unit && a.deadline === b.deadline;
}

/** The metric without empty fields; no metric at all once every field is empty. */
function tidyMetric(metric: Metric): Metric | undefined {
  // Direction and check-ins are not edited here; they are kept as they are.
  const { name, baseline: _baseline, target: _target, unit: _unit, deadline: _deadline, ...rest } = metric;
  const tidy: Metric = { ...rest, name: name.trim() };
  if (metric.baseline !== undefined) tidy.baseline = metric.baseline;
  if (metric.target !== undefined) tidy.target = metric.target;
  if (metric.unit?.trim()) tidy.unit = metric.unit.trim();
  if (metric.deadline) tidy.deadline = metric.deadline;
  return Object.keys(tidy).length === 1 && tidy.name === '' ? undefined : tidy;
}

/** The outcome's first key result, as the one metric this panel edits. */
function firstKeyResult(node: OstNode | undefined): KeyResult | undefined {
  return node?.keyResults?.[0];
}

/** The outcome's first key result: what moves, from where, to where, by when. */
export function MetricFields({ node }: { node: OstNode }) {
  const id = useId();
  const store = useEditorStoreApi();
  const actions = useEditorActions();
  const metric = firstKeyResult(node);
  const nameRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const baselineRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const targetRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // "Set a baseline and target" lands on the first of them still missing.
  const firstMissing = !metric?.name ? nameRef : metric.baseline === undefined ? baselineRef : targetRef;
  useFocusRequest(node.id, 'key-results', firstMissing);

  function write(patch: MetricPatch): void {
    // Read the latest metric: a draft may be written after another metric field changed.
    const latest = store.getState().doc.nodes[node.id];
    const current = firstKeyResult(latest);
    const next = tidyMetric({ ...(current ?? { name: '' }), ...patch });
    if (sameMetric(current, next)) return;
    const rest = latest?.keyResults?.slice(1) ?? [];
    const keyResults = next ? [{ ...next, id: current?.id ?? newId() }, ...rest] : rest;
    actions.updateNode(node.id, { keyResults: keyResults.length > 0 ? keyResults : undefined }, 'Edit key result');
  }

  function numberCommit(key: 'baseline' | 'target') {
    return (text: string): string | null => {
      const parsed = parseOptionalNumber(text);
      if (!parsed.ok) return parsed.error;
      write({ [key]: parsed.value });
      return null;
    };
  }

  return (
    <fieldset className="inspector-section metric-fields">
      <legend>Metric</legend>
      <DraftTextField
        label="What you measure"
        placeholder="e.g. 7-day streak completion"
        value={metric?.name ?? ''}
        inputRef={nameRef}
        onCommit={(text) => {
          write({ name: text });
          return null;
        }}
      />
      <div className="field-row">
        <DraftTextField
          label="Baseline"
          inputMode="decimal"
          value={formatOptionalNumber(metric?.baseline)}
          inputRef={baselineRef}
          onCommit={numberCommit('baseline')}
        />
        <DraftTextField
          label="Target"
          inputMode="decimal"
          value={formatOptionalNumber(metric?.target)}
          inputRef={targetRef}
          onCommit={numberCommit('target')}
        />
        <DraftTextField
          label="Unit"
          placeholder="%"
          value={metric?.unit ?? ''}
          className="field-narrow"
          onCommit={(text) => {
            write({ unit: text });
            return null;
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-deadline`}>Deadline</label>
        <input
          id={`${id}-deadline`}
          type="date"
          value={metric?.deadline ?? ''}
          onChange={(event) => write({ deadline: event.target.value || undefined })}
        />
      </div>
    </fieldset>
  );
}
