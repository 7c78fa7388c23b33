/** What the user chose in the export menu for pictures and outlines. */
export interface ExportOptions {
  /** Skip the children of collapsed nodes ("export as shown"); otherwise include everything. */
  asShown: boolean;
  /** Only the selected node's subtree. */
  selectionOnly: boolean;
  badges: boolean;
  background: 'white' | 'transparent';
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  asShown: false,
  selectionOnly: false,
  badges: false,
  background: 'white',
};
