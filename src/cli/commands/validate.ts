import type { CliIo } from '../cli-io.js';

export async function validate(_args: string[], io: CliIo): Promise<number> {
  io.err('beian validate: not implemented yet');
  return 2;
}
