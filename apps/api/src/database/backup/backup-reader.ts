import { createReadStream, existsSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { BackupError } from './backup-error';
import {
  type BackupManifest,
  END_LINE,
  MANIFEST_PREFIX,
  parseCopyLine,
  parseManifest,
  type TableManifest,
  TITLE_LINE,
} from './backup-format';

export type BackupEvent =
  | { kind: 'manifest'; manifest: BackupManifest }
  | { kind: 'copy'; table: TableManifest }
  | { kind: 'data'; chunk: Buffer }
  | { kind: 'copy-end'; table: TableManifest }
  | { kind: 'end' };

const NEWLINE = 0x0a;
/** A COPY block ends with a line holding only `\.`; inside the data a backslash is always doubled. */
const TERMINATOR = Buffer.from('\\.\n');
const TERMINATOR_AFTER_LINE = Buffer.from('\n\\.\n');
/** Lines outside the data (the manifest is the longest) stay far below this */
const MAX_STATEMENT_LINE = 16 * 1024 * 1024;
const ALLOWED_LINE = /^(--.*|SET [^\n]*;|SELECT pg_catalog\.setval\([^\n]*\);|)$/;

/**
 * Reads a backup file as a stream of events (manifest, then per table its COPY data in chunks) and checks it on
 * the way: the title, one manifest before any data, the tables in the manifest's order with its columns and row
 * counts, every table present, and the end marker. gzip's own checksum and length catch damaged bytes. Any
 * problem is a BackupError naming the file.
 */
export async function* readBackup(
  file: string,
  { chunkSize }: { chunkSize?: number } = {},
): AsyncGenerator<BackupEvent, void, undefined> {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  const input = createReadStream(file);
  const gunzip = createGunzip({ chunkSize });
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);

  let manifest: BackupManifest | null = null;
  // (a cast, not an annotation: the nested functions change it, which TypeScript's narrowing does not see)
  let state = 'title' as 'title' | 'statements' | 'copy' | 'ended';
  let lineNumber = 0;
  let tableIndex = 0;
  let table: TableManifest | null = null;
  let rows = 0;
  let unzipped = 0;
  let waiting: Buffer[] = [];

  const damaged = (problem: string) => new BackupError(`${file} is damaged or incomplete: ${problem}`);

  function* onLine(line: string): Generator<BackupEvent> {
    lineNumber++;
    if (state === 'title') {
      if (!line.startsWith(TITLE_LINE)) throw new BackupError(`${file} is not a Bestuurskracht backup`);
      state = 'statements';
      return;
    }
    if (state === 'ended') {
      if (line !== '') throw damaged(`unexpected text after the end marker (line ${lineNumber})`);
      return;
    }
    if (line.startsWith(MANIFEST_PREFIX)) {
      if (manifest) throw damaged(`a second manifest on line ${lineNumber}`);
      try {
        manifest = parseManifest(line.slice(MANIFEST_PREFIX.length));
      } catch (error) {
        throw new BackupError(`${file} has an unreadable manifest: ${(error as Error).message}`);
      }
      yield { kind: 'manifest', manifest };
      return;
    }
    const copy = parseCopyLine(line);
    if (copy) {
      if (!manifest) throw damaged('data before the manifest');
      table = manifest.tables[tableIndex] ?? null;
      if (!table || table.name !== copy.table || table.columns.join(',') !== copy.columns.join(',')) {
        throw damaged(`table ${copy.table} (line ${lineNumber}) is not the one the manifest lists next`);
      }
      state = 'copy';
      rows = 0;
      yield { kind: 'copy', table };
      return;
    }
    if (line === END_LINE) {
      if (!manifest) throw damaged('no manifest');
      if (tableIndex !== manifest.tables.length) {
        throw damaged(`table ${manifest.tables[tableIndex].name} is missing`);
      }
      state = 'ended';
      yield { kind: 'end' };
      return;
    }
    if (!ALLOWED_LINE.test(line)) throw damaged(`unexpected line ${lineNumber}`);
  }

  /** Handles `buffer` from its start (always the start of a line); returns the offset of what is left. */
  function* consume(buffer: Buffer): Generator<BackupEvent, number> {
    let at = 0;
    while (at < buffer.length) {
      if (state !== 'copy') {
        const end = buffer.indexOf(NEWLINE, at);
        if (end === -1) break;
        yield* onLine(buffer.toString('utf8', at, end));
        at = end + 1;
        continue;
      }
      const current = table as TableManifest;
      if (buffer.length - at < TERMINATOR.length) break;
      if (buffer.compare(TERMINATOR, 0, TERMINATOR.length, at, at + TERMINATOR.length) === 0) {
        if (rows !== current.rows) {
          throw damaged(`table ${current.name} holds ${rows} rows, the manifest says ${current.rows}`);
        }
        at += TERMINATOR.length;
        lineNumber++;
        tableIndex++;
        state = 'statements';
        yield { kind: 'copy-end', table: current };
        continue;
      }
      const terminator = buffer.indexOf(TERMINATOR_AFTER_LINE, at);
      const end = terminator !== -1 ? terminator : buffer.lastIndexOf(NEWLINE);
      if (end < at) break;
      const chunk = buffer.subarray(at, end + 1);
      const lines = countNewlines(chunk);
      rows += lines;
      lineNumber += lines;
      yield { kind: 'data', chunk };
      at = end + 1;
    }
    return at;
  }

  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      unzipped += chunk.length;
      // Without a newline nothing can be handled yet: keep the pieces and join them once (a 20 MB bytea line).
      if (chunk.indexOf(NEWLINE) === -1) {
        waiting.push(chunk);
        if (state !== 'copy' && waiting.reduce((sum, piece) => sum + piece.length, 0) > MAX_STATEMENT_LINE) {
          throw state === 'title'
            ? new BackupError(`${file} is not a Bestuurskracht backup`)
            : damaged(`line ${lineNumber + 1} is too long`);
        }
        continue;
      }
      const buffer = waiting.length ? Buffer.concat([...waiting, chunk]) : chunk;
      const used = yield* consume(buffer);
      waiting = used < buffer.length ? [buffer.subarray(used)] : [];
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (unzipped === 0 && code === 'Z_DATA_ERROR') {
      throw new BackupError(`${file} is not a Bestuurskracht backup (not gzip data)`);
    }
    if (code.startsWith('Z_')) throw damaged((error as Error).message);
    throw error;
  } finally {
    input.destroy();
    gunzip.destroy();
  }
  if (state === 'title') throw new BackupError(`${file} is not a Bestuurskracht backup (it is empty)`);
  if (state !== 'ended' || waiting.some((rest) => rest.length > 0)) {
    throw damaged('it ends before its end marker');
  }
}

/** Reads the whole file once and returns its manifest when every check passes. */
export async function verifyBackupFile(file: string): Promise<BackupManifest> {
  let manifest: BackupManifest | null = null;
  for await (const event of readBackup(file)) {
    if (event.kind === 'manifest') manifest = event.manifest;
  }
  if (!manifest) throw new BackupError(`${file} has no manifest`);
  return manifest;
}

export function countNewlines(chunk: Buffer): number {
  let count = 0;
  for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) count++;
  return count;
}
