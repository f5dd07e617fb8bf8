/** An expected failure of a backup or restore (a missing file, a refused target): printed as one line. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}
