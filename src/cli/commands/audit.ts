import { loadConfig } from '../../config/config.js';
import { openRuntime } from '../../runtime/open-runtime.js';
import { verifyHistoryChain } from '../../store/history-chain.js';
import type { CliIo } from '../cli-io.js';

/** beian audit verify — recomputes the history's hash chain; exit 0 intact, 1 broken (naming the first bad row). */
export async function audit(args: string[], io: CliIo): Promise<number> {
  if (args[0] !== 'verify' || args.length > 2 || (args[1] !== undefined && args[1] !== '--json')) {
    io.err('Usage: beian audit verify [--json]');
    return 2;
  }
  const runtime = await openRuntime(loadConfig());
  try {
    const verdict = await verifyHistoryChain(runtime.store.db);
    if (args[1] === '--json') io.out(JSON.stringify(verdict));
    else if (verdict.intact) io.out(`History intact: ${verdict.rows} rows, head ${verdict.headHash}`);
    else io.out(`History BROKEN at row ${verdict.brokenAt}: ${verdict.problem} (${verdict.rows} rows verified before it)`);
    return verdict.intact ? 0 : 1;
  } finally {
    await runtime.close();
  }
}
