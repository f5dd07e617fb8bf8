import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  backupHeader,
  backupTrailer,
  COPY_END,
  copyHeader,
  type TableManifest,
} from './backup-format';
import { readBackup } from './backup-reader';

/** COPY text as PostgreSQL writes it: a backslash in the data is doubled, so only the terminator is `\.` alone. */
const DATA: Record<string, string> = {
  person: [
    'a1\tAnne\t\\N\n',
    'a2\tO\'Brien \\\\. "quoted"\\ttab\\nline\n',
    'a3\t\\\\.\t\\\\\n',
    `a4\t${'long '.repeat(300)}\t\\x00ff\n`,
  ].join(''),
  empty: '',
  blank: '\n\n\n',
  note: Array.from({ length: 50 }, (_, i) => `${i}\t${'x'.repeat(i * 3)}\n`).join(''),
};

function table(name: string, columns: string[]): TableManifest {
  return { name, columns, rows: DATA[name].split('\n').length - 1, checksum: 'not checked here' };
}

const manifest: BackupManifest = {
  format: BACKUP_FORMAT,
  formatVersion: BACKUP_FORMAT_VERSION,
  createdAt: '2026-01-01T00:00:00.000Z',
  serverVersion: '18.4',
  migrations: ['CreateDomainModel1795359124090'],
  tables: [
    table('person', ['id', 'name', 'email']),
    table('empty', ['id']),
    table('blank', ['text']),
    table('note', ['id', 'text']),
  ],
  sequences: [{ name: 'audit_entry_id_seq', value: '42', isCalled: true }],
};

const text =
  backupHeader(manifest) +
  manifest.tables.map((entry) => copyHeader(entry) + DATA[entry.name] + COPY_END).join('') +
  backupTrailer(manifest);

describe('reading a backup file', () => {
  let folder: string;
  const file = (name: string, content: Buffer) => {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
  };
  const read = async (path: string, chunkSize?: number) => {
    const tables: Record<string, string> = {};
    let current = '';
    for await (const event of readBackup(path, { chunkSize })) {
      if (event.kind === 'copy') current = event.table.name;
      if (event.kind === 'data') tables[current] = (tables[current] ?? '') + event.chunk.toString('utf8');
    }
    return tables;
  };

  beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'bk-reader-'))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each([64, 65, 67, 100, 1024, 16384])(
    'gives every table its exact COPY data when the file arrives in %i-byte pieces',
    async (chunkSize) => {
      const tables = await read(file('whole.sql.gz', gzipSync(text)), chunkSize);

      expect(tables).toEqual({ person: DATA['person'], blank: DATA['blank'], note: DATA['note'] });
    },
  );

  it('refuses the text cut off anywhere before its end marker, even when the gzip itself is whole', async () => {
    const end = text.lastIndexOf('-- end of backup');
    const accepted: number[] = [];
    for (let cut = 0; cut <= end; cut += 7) {
      const path = file(`cut-${cut}.sql.gz`, gzipSync(text.slice(0, cut)));
      await read(path).then(
        () => accepted.push(cut),
        () => undefined,
      );
    }

    expect(accepted).toEqual([]);
  });

  it('refuses a table with another row count than its manifest says', async () => {
    const path = file('extra-row.sql.gz', gzipSync(text.replace('a3\t', 'a2b\tsneaked in\na3\t')));

    await expect(read(path)).rejects.toThrow(/table person holds 5 rows, the manifest says 4/);
  });

  it('refuses a text that is not a backup', async () => {
    const path = file('other.sql.gz', gzipSync('SELECT 1;\n'));

    await expect(read(path)).rejects.toThrow(/is not a Bestuurskracht backup/);
  });
});
