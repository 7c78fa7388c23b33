import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { EDITING_SPACING, PRESENTING_SPACING } from '../domain/node-metrics';
import { presentSteps } from '../domain/present-steps';
import { useCanvasView } from '../canvas/view-store';
import { useEditor, useEditorStoreApi } from '../store/editor-context';
import { useTextSize } from '../ui/text-size';
import { usePresent } from './present-store';
import { usePresentKeys } from './use-present-keys';
import { hasStepDetails, StepDetails } from './StepDetails';
import './present.css';

/** Space around a step's nodes: small, so the step fills the screen. */
const STEP_PADDING = 0.04;
/** Presenting, titles are drawn at least this much bigger than the 18 px default (31.5 px). */
const PRESENT_TEXT_FLOOR = 1.75;
/** Share of the screen's width the step details take on the right (present.css: 38vw + margin). */
const DETAILS_WIDTH = 0.4;
/** Space (CSS px) kept between the fitted nodes and the step indicator below them. */
const NAV_GAP = 4;

interface PresentModeProps {
  /** A place for the workshop timer, shown in a corner while presenting. */
  timer?: ReactNode;
}

/**
 * Present mode: the whole screen for the tree, read-only, told in steps (see presentSteps). While
 * it is mounted the document is locked, the document element carries `data-presenting`, and the
 * view (focused branch, levels) is put back as it was when it ends.
 */
export default function PresentMode({ timer }: PresentModeProps) {
  const store = useEditorStoreApi();
  const leave = usePresent((state) => state.leave);
  const doc = useEditor((state) => state.doc);
  const steps = useMemo(() => presentSteps(doc), [doc]);
  const [index, setIndex] = useState(0);
  const current = steps[Math.min(index, steps.length - 1)];
  const leaveButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const view = useCanvasView.getState();
    const before = { focusBranchId: view.focusBranchId, maxLevels: view.maxLevels };
    const focusBefore = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    focusBefore?.blur();
    store.getState().actions.setReadOnly(true);
    document.documentElement.dataset.presenting = '';
    view.setFocusBranch(null);
    view.setMaxLevels(null);
    view.setSpacing(PRESENTING_SPACING);
    useTextSize.getState().setFloor(PRESENT_TEXT_FLOOR);
    return () => {
      useTextSize.getState().setFloor(null);
      useCanvasView.getState().setSpacing(EDITING_SPACING);
      delete document.documentElement.dataset.presenting;
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      store.getState().actions.setReadOnly(false);
      const after = useCanvasView.getState();
      after.setStep(null);
      after.cancelFit();
      after.setFocusBranch(before.focusBranchId);
      after.setMaxLevels(before.maxLevels);
      focusBefore?.focus({ preventScroll: true });
    };
  }, [store]);

  const controls = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!current) return;
    const view = useCanvasView.getState();
    const whole = current.key === 'tree';
    view.setStep(whole ? null : current.nodeIds);
    // The step indicator and buttons float in a bar over the bottom of the screen: nothing in focus goes under it.
    const navTop = controls.current?.getBoundingClientRect().top;
    const bottomInset = navTop === undefined ? 0 : Math.max(0, window.innerHeight - navTop + NAV_GAP);
    view.requestFit(whole ? null : current.nodeIds, STEP_PADDING, hasStepDetails(current) ? DETAILS_WIDTH : 0, bottomInset);
  }, [current]);

  const handlers = useMemo(
    () => ({
      next: () => setIndex((value) => Math.min(value + 1, Math.max(0, steps.length - 1))),
      previous: () => setIndex((value) => Math.max(0, value - 1)),
      first: () => setIndex(0),
      last: () => setIndex(Math.max(0, steps.length - 1)),
      leave,
    }),
    [steps.length, leave],
  );
  usePresentKeys(handlers);

  const position = Math.min(index, steps.length - 1) + 1;
  return (
    <div ref={controls} className="present-overlay" data-testid="present-overlay">
      {current && hasStepDetails(current) && <StepDetails step={current} />}
      <nav className="present-steps" aria-label="Presentation steps">
        <button type="button" className="present-button" onClick={handlers.previous} disabled={position <= 1} aria-label="Previous step (←, PageUp)">
          ‹
        </button>
        <p className="present-step" data-testid="present-step" data-step={current?.key} aria-live="polite">
          <span className="present-step-count">
            {position} / {steps.length}
          </span>
          <bdi className="present-step-label">{current?.label ?? 'Empty tree'}</bdi>
        </p>
        <button type="button" className="present-button" onClick={handlers.next} disabled={position >= steps.length} aria-label="Next step (→, PageDown, Space)">
          ›
        </button>
      </nav>
      <div className="present-corner">
        {timer && <div className="present-timer-slot">{timer}</div>}
        {document.fullscreenEnabled && (
          <button
            type="button"
            className="present-button"
            onClick={() => (document.fullscreenElement ? void document.exitFullscreen() : void document.documentElement.requestFullscreen().catch(() => undefined))}
            title="Full screen"
          >
            Full screen
          </button>
        )}
        <button ref={leaveButton} type="button" className="present-button" data-testid="present-leave" onClick={leave} title="Leave present mode (Esc)">
          ✕ Esc
        </button>
      </div>
    </div>
  );
}
