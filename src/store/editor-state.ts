import type { Patch } from 'immer';
import type { StoreApi } from 'zustand/vanilla';
import type { LayoutKind } from '../domain/layout-kind';
import type { MoveNodeArgs } from '../domain/operations/move-node';
import type { NodeFields } from '../domain/operations/update-node';
import type { KeyResultFields } from '../domain/operations/key-results';
import type { CheckIn, Evidence, NodeKind, TreeDoc } from '../domain/types';
import type { StartVoteRoundArgs } from '../domain/voting/vote-operations';
import type { HistoryEntry } from './history';
import type { Notice } from './notice';

// The editor store's shape: what it holds for one open tree, and every action on it.
// The factory that builds it is in editor-store.ts.

export interface EditorState {
  doc: TreeDoc;
  /**
   * The document the validator's findings shown on screen belong to. With deferred validation it
   * catches up with `doc` right after the next paint, so a keystroke paints before validating.
   */
  checkedDoc: TreeDoc;
  selectedId: string | null;
  /** The node whose title is being edited inline, if any. */
  editingId: string | null;
  past: HistoryEntry[];
  future: HistoryEntry[];
  notice: Notice | null;
  /** Asks the canvas to centre a node (findings panel, search); the tick makes repeats count. */
  revealRequest: { id: string; tick: number } | null;
  /** While true (present mode) every action that would change the document does nothing. */
  readOnly: boolean;
  actions: EditorActions;
}

export interface EditorActions {
  select(id: string | null): void;
  /** Selects a node, expands collapsed branches above it and asks the canvas to centre it. */
  reveal(id: string): void;
  startEditing(id: string): void;
  stopEditing(): void;
  /**
   * Ends editing as the user does (Enter, Esc, leaving the field): a node added in this session and
   * left untitled is removed, as if never added. Returns true when it removed one.
   */
  finishEditing(): boolean;
  /**
   * An inspector field has focus: its writes (on pauses, Enter, blur) merge into one undo step
   * until `endFieldEdit`, as typing a title on the canvas does.
   */
  beginFieldEdit(fieldKey: string): void;
  endFieldEdit(): void;
  /** Sets the title of the node being edited; one undo step per edit session. */
  setTitle(id: string, title: string): void;
  updateNode(id: string, fields: NodeFields, label?: string): boolean;
  /** Adds a child (default kind when omitted), selects it and starts editing it. */
  addChild(parentId: string, kind?: NodeKind): string | null;
  addSibling(id: string): string | null;
  deleteSubtree(id: string): boolean;
  moveNode(args: MoveNodeArgs): boolean;
  shiftAmongSiblings(id: string, direction: -1 | 1): boolean;
  toggleCollapsed(id: string, collapsed?: boolean): void;
  /** Adds a key result to an outcome; returns its id, or null when refused. */
  addKeyResult(nodeId: string, fields?: KeyResultFields): string | null;
  updateKeyResult(nodeId: string, keyResultId: string, fields: KeyResultFields, label?: string): boolean;
  moveKeyResult(nodeId: string, keyResultId: string, direction: -1 | 1): boolean;
  deleteKeyResult(nodeId: string, keyResultId: string): boolean;
  /** Records a check-in in date order; returns its index, or null when refused. */
  addCheckIn(nodeId: string, keyResultId: string, checkIn: CheckIn): number | null;
  /** Replaces a check-in; returns its index after re-sorting by date, or null when refused. */
  updateCheckIn(nodeId: string, keyResultId: string, index: number, checkIn: CheckIn): number | null;
  deleteCheckIn(nodeId: string, keyResultId: string, index: number): boolean;
  addEvidence(fields: Omit<Evidence, 'id'>, linkToNodeId?: string): string | null;
  updateEvidence(id: string, fields: Partial<Omit<Evidence, 'id'>>): boolean;
  deleteEvidence(id: string): boolean;
  linkEvidence(nodeId: string, evidenceId: string): boolean;
  unlinkEvidence(nodeId: string, evidenceId: string): boolean;
  /** Opens a dot-voting round on a node's children; returns the round's id, or null if refused. */
  startVoteRound(args: StartVoteRoundArgs): string | null;
  /** Places one of the current voter's dots on a candidate of the open round. */
  placeDot(nodeId: string): boolean;
  /** Takes back the current voter's latest dot on `nodeId` (or their latest dot anywhere). */
  takeBackDot(nodeId?: string): boolean;
  nextVoter(): boolean;
  revealVoteRound(): boolean;
  clearVoteRound(roundId: string): boolean;
  setTreeTitle(title: string): void;
  setSilencedRules(ruleIds: string[]): void;
  /** Chooses how this tree is laid out (kept in its settings, so it is remembered); undoable. */
  setLayout(kind: LayoutKind): void;
  undo(): void;
  redo(): void;
  /** Replaces the document wholesale (e.g. another tab saved a newer version); clears history. */
  replaceDoc(doc: TreeDoc): void;
  notify(tone: Notice['tone'], message: string): void;
  dismissNotice(): void;
  /** Locks or unlocks the document against every change (present mode); ends title editing. */
  setReadOnly(readOnly: boolean): void;
}

export interface EditorStoreOptions {
  /** Called with the patches of every change to the document (including undo/redo). */
  onPatches?: (patches: Patch[]) => void;
  initialSelection?: string | null;
  initialEditing?: string | null;
  /** Validate after the next paint instead of within the change (the app; tests keep it in step). */
  deferValidation?: boolean;
}

export type EditorStore = StoreApi<EditorState>;
