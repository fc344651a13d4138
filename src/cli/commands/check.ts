import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { loadConfig } from '../../config/config.js';
import { checkVerdicts, type CheckVerdict } from '../../domain/registry/check-verdict.js';
import { checkRows, isCheckStreamError, type CheckLine } from '../../flows/registry/check-rows.js';
import { importFormatOf, importRows, type ImportFormat } from '../../runtime/import-rows.js';
import { openRuntime } from '../../runtime/open-runtime.js';
import type { CliIo } from '../cli-io.js';
import { checkOnServer, ServerRefused } from './check-server.js';

const usage = `Usage: beian check FILE|- [--format csv|ndjson] [--server URL --key KEY] [--out FILE] [--json]

Checks each row { platform, packageName, signatureMd5?, appName?, subjectName?, number? } of a CSV (header row first)
or NDJSON file against the registry: a Beian server's POST /api/v1/checks with an API key holding the "check" scope
(--server, --key or BEIAN_API_KEY), or else the local database (DATABASE_URL or BEIAN_DATA_DIR). One NDJSON result
per row goes to standard output or --out FILE; a summary by verdict to standard error (--json: as JSON).
Exit 0 when every row is filed, 1 when any is not, 2 on unusable input.`;

interface Options {
  file: string;
  format?: ImportFormat;
  server?: string;
  key?: string;
  out?: string;
  json: boolean;
}

function parseArgs(args: string[], io: CliIo): Options | undefined {
  const options: Partial<Options> & { json: boolean } = { json: false };
  const value = (i: number) => args[i + 1];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--format' && (value(i) === 'csv' || value(i) === 'ndjson')) options.format = args[++i] as ImportFormat;
    else if (arg === '--server' && value(i)) options.server = args[++i];
    else if (arg === '--key' && value(i)) options.key = args[++i];
    else if (arg === '--out' && value(i)) options.out = args[++i];
    else if (arg === '--help' || arg === '-h') {
      io.out(usage);
      return undefined;
    } else if ((arg === '-' || !arg.startsWith('-')) && options.file === undefined) options.file = arg;
    else {
      io.err(`beian check: unexpected argument ${arg}\n\n${usage}`);
      return undefined;
    }
  }
  if (!options.file) {
    io.err(usage);
    return undefined;
  }
  return options as Options;
}

/** The format of input whose name does not say: NDJSON when its first character is "{", else CSV. */
async function sniffFormat(input: Readable): Promise<ImportFormat> {
  for (;;) {
    const chunk: unknown = input.read();
    if (chunk !== null) {
      input.unshift(chunk as Buffer);
      return String(chunk).replace(/^\uFEFF/, '').trimStart().startsWith('{') ? 'ndjson' : 'csv';
    }
    if (input.readableEnded) return 'csv';
    await Promise.race([once(input, 'readable'), once(input, 'end')]);
  }
}

/** One line on the terminal, redrawn in place: rows done, rows per second and, for a file, the time left. */
function progressBar(stream: NodeJS.WriteStream, total: number | undefined, bytesRead: () => number) {
  const started = Date.now();
  let last = 0;
  return {
    update(rows: number, force = false) {
      const now = Date.now();
      if (!force && now - last < 200) return;
      last = now;
      const seconds = Math.max(0.001, (now - started) / 1000);
      const rate = rows / seconds;
      let line = `\r${rows.toLocaleString('en')} rows  ${Math.round(rate).toLocaleString('en')} rows/s`;
      if (total && total > 0) {
        const share = Math.min(1, bytesRead() / total);
        const filled = Math.round(share * 24);
        const eta = share > 0 ? (seconds / share) * (1 - share) : 0;
        line = `\r[${'#'.repeat(filled)}${'-'.repeat(24 - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${line.slice(1)}  ETA ${Math.ceil(eta)} s`;
      }
      stream.write(`${line}   `);
    },
    done: () => stream.write('\n'),
  };
}

async function writeLine(out: WriteStream | NodeJS.WriteStream, line: string): Promise<void> {
  if (!out.write(line)) await once(out, 'drain');
}

/**
 * beian check FILE — the registry's bulk check from the command line, against a server or the local database.
 */
export async function check(args: string[], io: CliIo): Promise<number> {
  const options = parseArgs(args, io);
  if (!options) return args.includes('--help') || args.includes('-h') ? 0 : 2;
  const key = options.key ?? process.env.BEIAN_API_KEY;
  if (options.server && !key) {
    io.err('beian check: --server needs an API key with the "check" scope (--key KEY or BEIAN_API_KEY)');
    return 2;
  }
  let size: number | undefined;
  let input: Readable;
  if (options.file === '-') input = process.stdin;
  else {
    try {
      const info = await stat(options.file);
      if (!info.isFile()) throw new Error('not a file');
      size = info.size;
    } catch {
      io.err(`beian check: cannot read ${options.file}`);
      return 2;
    }
    input = createReadStream(options.file);
  }
  const source = input as Readable & { bytesRead?: number };
  let format = options.format ?? (options.file === '-' ? undefined : importFormatOf(options.file));
  format ??= await sniffFormat(input);

  const out = options.out ? createWriteStream(options.out) : process.stdout;
  const counts = new Map<CheckVerdict, number>(checkVerdicts.map((v) => [v, 0]));
  let rows = 0;
  let failure: string | undefined;
  const bar = process.stderr.isTTY ? progressBar(process.stderr, size, () => source.bytesRead ?? 0) : undefined;
  let runtime: Awaited<ReturnType<typeof openRuntime>> | undefined;
  try {
    let lines: AsyncIterable<CheckLine>;
    if (options.server) {
      lines = checkOnServer(options.server, key!, input, format === 'csv' ? 'text/csv' : 'application/x-ndjson');
    } else {
      runtime = await openRuntime(loadConfig());
      const db = runtime.store.db;
      lines = (async function* () {
        for await (const batch of checkRows(db, importRows(input, format))) yield* batch;
      })();
    }
    for await (const line of lines) {
      if (isCheckStreamError(line)) {
        failure = `${line.error.code}: ${line.error.message.en}`;
        await writeLine(out, `${JSON.stringify(line)}\n`);
        break;
      }
      rows += 1;
      counts.set(line.verdict, (counts.get(line.verdict) ?? 0) + 1);
      await writeLine(out, `${JSON.stringify(line)}\n`);
      bar?.update(rows);
    }
  } catch (error) {
    if (error instanceof ServerRefused) {
      const parsed = (() => {
        try {
          return (JSON.parse(error.body) as { error?: { code?: string; message?: { en?: string } } }).error;
        } catch {
          return undefined;
        }
      })();
      failure = parsed?.code ? `the server refused the check (${error.status} ${parsed.code}: ${parsed.message?.en ?? ''})` : `the server answered ${error.status}`;
    } else {
      failure = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    }
  } finally {
    bar?.update(rows, true);
    bar?.done();
    if (options.out) {
      (out as WriteStream).end();
      await once(out, 'close');
    }
    await runtime?.close();
  }
  const summary = Object.fromEntries([...counts].filter(([, n]) => n > 0));
  if (options.json) io.err(JSON.stringify({ rows, verdicts: summary, ...(failure ? { error: failure } : {}) }));
  else {
    io.err(`${rows.toLocaleString('en')} ${rows === 1 ? 'row' : 'rows'} checked${rows > 0 ? ':' : '.'}`);
    for (const [verdict, n] of Object.entries(summary)) io.err(`  ${verdict.padEnd(20)} ${n.toLocaleString('en')}`);
    if (failure) io.err(`beian check: stopped: ${failure}`);
    else if (rows === 0) io.err('beian check: the input has no rows to check');
  }
  if (failure || rows === 0) return 2;
  return rows === (counts.get('filed') ?? 0) ? 0 : 1;
}
