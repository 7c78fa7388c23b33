import { useEffect, useRef, useState } from 'react';
import { useEditorStoreApi } from '../store/editor-context';
import { exportMarkdown, exportTreeJson } from './export-actions';
import { copyPng, exportPng, exportSvg } from './picture-actions';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './picture-options';
import { isImeComposing } from '../ui/ime';
import './export-menu.css';

/** Show a progress note only for work that takes longer than this. */
const PROGRESS_AFTER_MS = 500;

/** The header's Export menu: JSON, PNG (download or copy), SVG and Markdown, with picture options. */
export function ExportMenu() {
  const store = useEditorStoreApi();
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<ExportOptions>(DEFAULT_EXPORT_OPTIONS);
  const [busy, setBusy] = useState<string | null>(null);
  const [showProgress, setShowProgress] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (menu.current && !menu.current.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  useEffect(() => {
    if (!busy) return;
    const timer = window.setTimeout(() => setShowProgress(true), PROGRESS_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
      setShowProgress(false);
    };
  }, [busy]);

  async function run(label: string, work: () => Promise<string | void> | string | void) {
    setBusy(label);
    setStatus(null);
    try {
      const message = await work();
      if (message) setStatus(message);
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(null);
    }
  }

  const current = () => {
    const { doc, selectedId } = store.getState();
    return { doc, selectedId };
  };
  const setOption = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K]) => setOptions((previous) => ({ ...previous, [key]: value }));

  return (
    <div
      className="export-menu"
      ref={menu}
      onKeyDown={(event) => {
        if (!open || event.key !== 'Escape' || isImeComposing(event)) return;
        event.stopPropagation();
        setOpen(false);
        // Back to the button that opened the menu, not to <body>.
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        className="btn"
        data-testid="export"
        aria-haspopup="true"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
      >
        Export ▾
      </button>
      {open && (
        <div
          className="export-menu-popup"
          role="group"
          aria-label="Export"
        >
          <div className="export-menu-section">
            <span className="export-menu-heading">Download</span>
            <button type="button" data-testid="export-json" onClick={() => void run('json', () => exportTreeJson(current().doc))}>
              Tree file (.ost.json) — backup, hand-over
            </button>
            <button
              type="button"
              data-testid="export-png"
              disabled={busy !== null}
              onClick={() => void run('png', () => exportPng(current().doc, options, current().selectedId))}
            >
              Picture (PNG, 2×) — for slides
            </button>
            <button type="button" data-testid="export-svg" onClick={() => void run('svg', () => exportSvg(current().doc, options, current().selectedId))}>
              Picture (SVG) — scalable
            </button>
            <button type="button" data-testid="export-markdown" onClick={() => void run('markdown', () => exportMarkdown(current().doc, options.asShown))}>
              Outline (Markdown) — for docs and tickets
            </button>
            <button
              type="button"
              data-testid="copy-png"
              disabled={busy !== null}
              onClick={() => void run('copy', () => copyPng(current().doc, options, current().selectedId))}
            >
              Copy picture to clipboard
            </button>
          </div>
          <div className="export-menu-section">
            <span className="export-menu-heading">Stakeholder one-pager</span>
            <button type="button" data-testid="export-one-pager-markdown" onClick={() => void run('one-pager', async () => (await import('./one-pager/one-pager-actions')).exportOnePagerMarkdown(current().doc))}>
              Why → proof → what (Markdown)
            </button>
            <button
              type="button"
              data-testid="export-one-pager-png"
              disabled={busy !== null}
              onClick={() => void run('one-pager', async () => (await import('./one-pager/one-pager-actions')).exportOnePagerPng(current().doc))}
            >
              Why → proof → what (PNG)
            </button>
          </div>
          <div className="export-menu-section">
            <span className="export-menu-heading">Options</span>
            <label>
              <input type="checkbox" checked={options.asShown} onChange={(event) => setOption('asShown', event.target.checked)} data-testid="export-as-shown" />
              As shown (leave out collapsed branches)
            </label>
            <label>
              <input type="checkbox" checked={options.selectionOnly} onChange={(event) => setOption('selectionOnly', event.target.checked)} data-testid="export-selection" />
              Only the selected node and what is under it
            </label>
            <label>
              <input type="checkbox" checked={options.badges} onChange={(event) => setOption('badges', event.target.checked)} data-testid="export-badges" />
              Show finding badges
            </label>
            <label>
              <input
                type="checkbox"
                checked={options.background === 'transparent'}
                onChange={(event) => setOption('background', event.target.checked ? 'transparent' : 'white')}
                data-testid="export-transparent"
              />
              Transparent background
            </label>
          </div>
          {(showProgress || status) && (
            <div className="export-menu-status" role="status" data-testid="export-status">
              {showProgress && busy ? 'Rendering the picture…' : status}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
