import type { CliIo } from '../cli-io.js';

export async function serve(_args: string[], io: CliIo): Promise<number> {
  io.err('beian serve: not implemented yet');
  return 2;
}
