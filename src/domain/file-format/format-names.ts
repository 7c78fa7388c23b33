// The `format` field of each kind of file; kept apart from the schema so that exporting a file
// does not pull the validation library into the editor's first download.
export const TREE_FILE_FORMAT = 'ost-tree';
export const BACKUP_FILE_FORMAT = 'ost-backup';
