import { loadConfig } from '../../config/config.js';
import { openRuntime } from '../../runtime/open-runtime.js';
import { listSubjectDuplicates } from '../../store/subject-duplicates.js';
import type { CliIo } from '../cli-io.js';

/**
 * beian subjects duplicates [--json] — subjects filed more than once under one certificate number (recorded when
 * subjects were keyed on the number alone). Exit 0 when none is unresolved, 1 when some still have two filed subjects.
 */
export async function subjects(args: string[], io: CliIo): Promise<number> {
  if (args[0] !== 'duplicates' || args.length > 2 || (args[1] !== undefined && args[1] !== '--json')) {
    io.err('Usage: beian subjects duplicates [--json]');
    return 2;
  }
  const runtime = await openRuntime(loadConfig());
  try {
    const groups = await listSubjectDuplicates(runtime.store.db);
    const unresolved = groups.filter((g) => g.unresolved).length;
    if (args[1] === '--json') io.out(JSON.stringify({ unresolved, groups }));
    else if (groups.length === 0) io.out('No subject is filed twice under one certificate number.');
    else {
      for (const group of groups) {
        io.out(`${group.certificateKey}  ${group.unresolved ? 'UNRESOLVED' : 'resolved'}`);
        for (const s of group.subjects) {
          io.out(`  ${s.kept ? '*' : ' '} ${s.number ?? '(no active number)'}  type ${s.certificateType}  ${s.status}  ${s.name}  ${s.subjectId}`);
        }
      }
      io.out(`${groups.length} certificate number(s) filed more than once, ${unresolved} unresolved (* kept the key).`);
    }
    return unresolved > 0 ? 1 : 0;
  } finally {
    await runtime.close();
  }
}
