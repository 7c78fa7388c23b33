// Functions that run inside the page (Playwright serialises their source, so each one is
// self-contained: no references to anything outside its own body).

export const OPEN_EXPECTATION_KEY = '__benchOpenExpectation';

/**
 * Init script, installed before every navigation. When the previous page left an expectation in
 * sessionStorage (the node and edge ids that a settled open shows in the viewport), it checks on
 * every animation frame whether all of them are in the DOM (nodes measured, i.e. not
 * `visibility: hidden`); once they are, it waits one more frame (the complete frame has been
 * painted) and records `performance.now()`, which counts from navigation start.
 */
export function installOpenProbe(key) {
  const raw = sessionStorage.getItem(key);
  if (!raw) return;
  sessionStorage.removeItem(key);
  const expected = JSON.parse(raw);
  const wantedNodes = new Set(expected.nodeIds);
  const wantedEdges = new Set(expected.edgeIds);
  const nodes = document.getElementsByClassName('react-flow__node');
  const edges = document.getElementsByClassName('react-flow__edge');
  const probe = { doneAt: null, framesChecked: 0 };
  window.__benchOpen = probe;

  function complete() {
    // Cheap length checks first: the full scans run only in the few frames after React commits.
    if (nodes.length < wantedNodes.size || edges.length < wantedEdges.size) return false;
    let found = 0;
    for (const element of nodes) {
      if (wantedNodes.has(element.dataset.id) && element.style.visibility !== 'hidden') found += 1;
    }
    if (found < wantedNodes.size) return false;
    found = 0;
    for (const element of edges) {
      if (wantedEdges.has(element.dataset.id)) found += 1;
    }
    return found >= wantedEdges.size;
  }

  function onFrame() {
    probe.framesChecked += 1;
    if (complete()) {
      requestAnimationFrame(() => {
        probe.doneAt = performance.now();
      });
      return;
    }
    requestAnimationFrame(onFrame);
  }
  requestAnimationFrame(onFrame);
}

/** Counts what the canvas shows now, to tell when an open has settled. */
export function canvasCounts() {
  const nodes = document.getElementsByClassName('react-flow__node');
  let hidden = 0;
  for (const element of nodes) if (element.style.visibility === 'hidden') hidden += 1;
  return {
    nodes: nodes.length,
    hidden,
    edges: document.getElementsByClassName('react-flow__edge').length,
    transform: document.querySelector('.react-flow__viewport')?.style.transform ?? '',
  };
}

/** The ids of the nodes and edges drawn inside the canvas's visible area right now. */
export function visibleElementIds() {
  const flow = document.querySelector('.react-flow');
  if (!flow) return { nodeIds: [], edgeIds: [] };
  const area = flow.getBoundingClientRect();
  const inView = (element) => {
    const box = element.getBoundingClientRect();
    return box.width + box.height > 0 && box.right > area.left && box.left < area.right && box.bottom > area.top && box.top < area.bottom;
  };
  const nodeIds = [];
  for (const element of flow.querySelectorAll('.react-flow__node')) {
    if (element.style.visibility !== 'hidden' && inView(element)) nodeIds.push(element.dataset.id);
  }
  const edgeIds = [];
  for (const element of flow.querySelectorAll('.react-flow__edge')) {
    if (inView(element)) edgeIds.push(element.dataset.id);
  }
  return { nodeIds, edgeIds };
}

/**
 * A point on the empty pane (no node, edge or overlay under it) from which a drag of (dx, dy)
 * stays inside the canvas; null if there is none.
 */
export function findPanePoint({ dx, dy }) {
  const flow = document.querySelector('.react-flow');
  if (!flow) return null;
  const area = flow.getBoundingClientRect();
  const margin = 24;
  const minX = area.left + margin + Math.max(0, -dx);
  const maxX = area.right - margin - Math.max(0, dx);
  const minY = area.top + margin + Math.max(0, -dy);
  const maxY = area.bottom - margin - Math.max(0, dy);
  const isEmptyPane = (x, y) => {
    const element = document.elementFromPoint(x, y);
    if (!element || !element.closest('.react-flow__pane')) return false;
    return !element.closest('.react-flow__node, .react-flow__edge, .react-flow__panel, .react-flow__minimap, .react-flow__controls');
  };
  for (let y = maxY; y >= minY; y -= 12) {
    for (let x = maxX; x >= minX; x -= 12) {
      if (isEmptyPane(x, y)) return { x, y };
    }
  }
  return null;
}

/**
 * Starts recording every animation frame's timestamp (the frame's start, on the display's 60 Hz
 * grid), so a frame that missed its slot shows as 33.3 ms, two missed as 50 ms, and so on.
 */
export function startFrameRecorder() {
  const recorder = { times: [], running: true };
  window.__benchFrames = recorder;
  const onFrame = (timestamp) => {
    if (!recorder.running) return;
    recorder.times.push(timestamp);
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}

/** Stops the frame recorder and returns the intervals between frames (ms). */
export function stopFrameRecorder() {
  const recorder = window.__benchFrames;
  if (!recorder) return [];
  recorder.running = false;
  const intervals = [];
  for (let i = 1; i < recorder.times.length; i += 1) intervals.push(recorder.times[i] - recorder.times[i - 1]);
  return intervals;
}

/**
 * Keystroke-to-paint: a capture listener notes `performance.now()` at each printable keydown; on
 * each animation frame, once the watched text (an element's `value` or `textContent`) differs from
 * before the key, the sample ends when that frame's rendering work is done (a message posted from
 * the rAF callback runs after style, layout and paint of the frame).
 */
export function startKeystrokeProbe({ selector, property }) {
  let element = null;
  const read = () => {
    if (!element || !element.isConnected) element = document.querySelector(selector);
    return element ? element[property] : null;
  };
  const probe = { samples: [], pending: null, running: true };
  window.__benchKeys = probe;
  document.addEventListener(
    'keydown',
    (event) => {
      if (probe.running && event.key.length === 1) probe.pending = { startedAt: performance.now(), before: read() };
    },
    true,
  );
  const channel = new MessageChannel();
  let painted = null;
  channel.port1.onmessage = () => {
    if (painted) probe.samples.push(performance.now() - painted.startedAt);
    painted = null;
  };
  const onFrame = () => {
    if (!probe.running) return;
    const pending = probe.pending;
    if (pending && read() !== pending.before) {
      probe.pending = null;
      painted = pending;
      channel.port2.postMessage(0);
    }
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}

export function stopKeystrokeProbe() {
  const probe = window.__benchKeys;
  if (!probe) return [];
  probe.running = false;
  return probe.samples;
}

/** Durations (ms) of a User Timing measure's entries, oldest first. */
export function measureDurations(name) {
  return performance.getEntriesByName(name, 'measure').map((entry) => entry.duration);
}
