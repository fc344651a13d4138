import type { CliIo } from '../cli-io.js';

export async function db(_args: string[], io: CliIo): Promise<number> {
  io.err('beian db: not implemented yet');
  return 2;
}
