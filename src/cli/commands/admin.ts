import { parseArgs } from 'node:util';
import { isBeianError } from '../../domain/errors/beian-error.js';
import { loadConfig } from '../../config/config.js';
import { systemActor } from '../../flows/actor.js';
import { createAccount } from '../../flows/accounts/create-account.js';
import { createParty } from '../../flows/accounts/create-party.js';
import { openRuntime } from '../../runtime/open-runtime.js';
import { generatePassword, MIN_PASSWORD_LENGTH } from '../../store/users.js';
import type { CliIo } from '../cli-io.js';

const USAGE =
  'Usage: beian admin create-user --role ministry --login LOGIN [--name NAME] [--password-stdin]\n' +
  '  The password is read from standard input with --password-stdin, otherwise generated and shown once.\n' +
  '  Bureau, provider and platform accounts are created by the ministry through the API (POST /api/v1/accounts).';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** beian admin create-user — the first ministry account of a deployment (and its ministry party, when absent). */
export async function admin(args: string[], io: CliIo, stdin: () => Promise<string> = readStdin): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { role: { type: 'string' }, login: { type: 'string' }, name: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
    });
  } catch (error) {
    io.err(`beian admin: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (positionals[0] !== 'create-user' || positionals.length !== 1 || !values.login) {
    io.err(USAGE);
    return 2;
  }
  if (values.role !== 'ministry') {
    io.err(`beian admin create-user: only --role ministry is created here; the ministry creates other accounts through the API.\n${USAGE}`);
    return 2;
  }
  const password = values['password-stdin'] ? await stdin() : generatePassword();
  if (password.length < MIN_PASSWORD_LENGTH) {
    io.err(`beian admin create-user: the password needs at least ${MIN_PASSWORD_LENGTH} characters`);
    return 2;
  }
  const runtime = await openRuntime(loadConfig());
  try {
    const db = runtime.store.db;
    const existing = await db.selectFrom('parties').select('id').where('kind', '=', 'ministry').executeTakeFirst();
    const partyId =
      existing?.id ??
      (await createParty(runtime.deps, systemActor, { kind: 'ministry', code: 'ministry', name: '工业和信息化部', nameEn: 'Ministry of Industry and Information Technology' })).partyId;
    await createAccount(runtime.deps, systemActor, { login: values.login, displayName: values.name ?? values.login, partyId, password });
    io.out(`Created ministry account "${values.login}".`);
    if (!values['password-stdin']) io.out(`Password (shown once, store it now): ${password}`);
    return 0;
  } catch (error) {
    if (!isBeianError(error)) throw error;
    io.err(`beian admin create-user: ${error.messages.en} (${error.code}${error.path ? ` at ${error.path}` : ''})`);
    return 1;
  } finally {
    await runtime.close();
  }
}
