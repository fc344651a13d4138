import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { loadConfig } from '../../config/config.js';
import type { Actor } from '../../flows/actor.js';
import { importFilings, type ImportReport } from '../../flows/import-filings.js';
import { importFormatOf, importRows, type ImportFormat } from '../../runtime/import-rows.js';
import { openRuntime } from '../../runtime/open-runtime.js';
import type { CliIo } from '../cli-io.js';

const usage = 'Usage: beian import FILE.csv|FILE.ndjson [--format csv|ndjson] [--bureau PROVINCE_CODE] [--json]';

/** One line on a terminal, redrawn in place: bytes read of the file and rows done. */
function progressBar(total: number, stream: NodeJS.WriteStream) {
  let last = 0;
  return {
    update(bytes: number, rows: number) {
      const now = Date.now();
      if (now - last < 100 && bytes < total) return;
      last = now;
      const share = total > 0 ? Math.min(1, bytes / total) : 1;
      const width = 30;
      const filled = Math.round(share * width);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${rows} rows`);
    },
    done: () => stream.write('\n'),
  };
}

function printReport(report: ImportReport, io: CliIo): void {
  io.out(`${report.read} rows read: ${report.imported.subjects} subjects and ${report.imported.websites} websites imported, ${report.refused.length} refused.`);
  for (const r of report.refused) io.out(`  line ${r.line}: ${r.code}${r.path ? ` at ${r.path}` : ''} — ${r.message.en}${r.reason ? ` (${r.reason})` : ''}`);
}

/**
 * beian import FILE — imports existing subjects and website filings with their numbers (as the ministry, or as the
 * bureau of --bureau). Streams the file; a progress bar on stderr when it is a terminal; the report of refused lines on
 * stdout. Exit 0 when every line went in, 1 when some were refused, 2 on unusable input.
 */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  let file: string | undefined;
  let format: ImportFormat | undefined;
  let bureau: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--format' && (args[i + 1] === 'csv' || args[i + 1] === 'ndjson')) format = args[++i] as ImportFormat;
    else if (arg === '--bureau' && /^\d{6}$/.test(args[i + 1] ?? '')) bureau = args[++i];
    else if (!arg.startsWith('--') && file === undefined) file = arg;
    else {
      io.err(`beian import: unexpected argument ${arg}\n${usage}`);
      return 2;
    }
  }
  if (!file) {
    io.err(usage);
    return 2;
  }
  format ??= importFormatOf(file);
  if (!format) {
    io.err(`beian import: cannot tell the format of ${file}: name it .csv or .ndjson, or pass --format\n${usage}`);
    return 2;
  }
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    io.err(`beian import: cannot read ${file}`);
    return 2;
  }
  const runtime = await openRuntime(loadConfig());
  try {
    const db = runtime.store.db;
    const party = bureau
      ? await db.selectFrom('parties').select('id').where('kind', '=', 'bureau').where('province_code', '=', bureau).executeTakeFirst()
      : await db.selectFrom('parties').select('id').where('kind', '=', 'ministry').executeTakeFirst();
    if (!party) {
      io.err(bureau ? `beian import: no bureau for province ${bureau}` : 'beian import: no ministry party in the database (run beian demo seed or create one)');
      return 2;
    }
    const actor: Actor = bureau ? { userId: null, role: 'bureau', partyId: party.id, provinceCode: bureau } : { userId: null, role: 'ministry', partyId: party.id, provinceCode: null };
    const input = createReadStream(file);
    const bar = process.stderr.isTTY ? progressBar(size, process.stderr) : undefined;
    const report = await importFilings(runtime.deps, actor, importRows(input, format), (rows) => bar?.update(input.bytesRead, rows));
    bar?.done();
    if (json) io.out(JSON.stringify(report));
    else printReport(report, io);
    return report.refused.length > 0 ? 1 : 0;
  } finally {
    await runtime.close();
  }
}
