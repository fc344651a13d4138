import cluster, { type Worker } from 'node:cluster';
import { loadConfig } from '../../config/config.js';
import type { CliIo } from '../cli-io.js';

/**
 * beian serve --workers N — N server processes on one machine sharing the listening port (node:cluster). Each worker
 * is a whole `beian serve` on the same PostgreSQL database; what they share lives there (rate-limit counters, the
 * deadline sweeps' locks and markers, the outbox). A worker that dies is replaced; SIGINT or SIGTERM stops them all.
 */
export async function serveWorkers(count: number, io: CliIo): Promise<number> {
  const config = loadConfig();
  if (!config.databaseUrl) {
    io.err('beian serve --workers: several processes need PostgreSQL (set DATABASE_URL); embedded PGlite is one process');
    return 2;
  }
  cluster.setupPrimary({ args: ['serve'] });
  let stopping = false;
  const listening = new Set<Worker>();
  const fork = () => {
    const worker = cluster.fork();
    worker.once('listening', () => listening.add(worker));
    worker.once('exit', (code, signal) => {
      const wasListening = listening.delete(worker);
      if (stopping) return;
      io.err(`beian serve: worker ${worker.process.pid} ended (${signal ?? `exit ${code}`})${wasListening ? '; starting another' : ''}`);
      // A worker that never came up would fail again the same way (a bad setting, no database): stop instead.
      if (wasListening) fork();
      else void stop(1);
    });
  };
  let finish: (code: number) => void = () => {};
  const finished = new Promise<number>((resolve) => (finish = resolve));
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    finish(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  for (let i = 0; i < count; i += 1) fork();
  io.out(`beian serve: ${count} worker processes on port ${config.port}`);
  return finished;
}

/** A worker that has finished lets go of its channel to the primary, so its process can end. */
export function leaveCluster(): void {
  if (cluster.isWorker) cluster.worker?.disconnect();
}
