/**
 * The real server as a child process on a fixed port and database file, so a test can kill it
 * (SIGKILL, like a crash or a power cut) and start it again the way an operator would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

export class ChildServer {
  private child: ChildProcess | null = null;
  /** Everything the server wrote, for a failing test to show. */
  output = '';

  constructor(readonly port: number, private readonly dbPath: string) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts `server/index.ts` (through tsx) and resolves when it listens. */
  start(timeoutMs = 60_000): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve('server/index.ts')], {
      cwd: resolve('.'),
      env: { ...process.env, PORT: String(this.port), HOST: '127.0.0.1', GRIDMAP_DB: this.dbPath, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`server did not start in ${timeoutMs} ms:\n${this.output}`)), timeoutMs);
      const read = (chunk: Buffer): void => {
        this.output += chunk.toString();
        if (this.output.includes('gridmap is running')) {
          clearTimeout(timer);
          done();
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`server exited with ${code}:\n${this.output}`));
      });
    });
  }

  /** Kills the server outright (SIGKILL: no clean close of open streams) and waits for it to go. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    this.child = null;
    const gone = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await gone;
    this.output = '';
  }
}
