import { type ChildProcess, spawn } from 'node:child_process';
import { TEST_TX_TIMEOUT_MS } from './neo4j.js';

export type LogRecord = Record<string, unknown> & { msg?: string };

/**
 * Accord's server as a child process on a free port with JSON logs, for tests
 * that need the real thing over real HTTP: the sources through tsx, or with
 * `compiled` what `npm start` runs (`dist/cli/serve.js`, built by the caller).
 * The caller gives the environment (NEO4J_URI and the rest); the process is
 * killed at the latest by stop().
 */
export function spawnAccord(
  env: Record<string, string>,
  options: {
    compiled?: boolean;
    /** Node's arguments, e.g. an image's CMD without its `node`. @default by `compiled` */
    args?: string[];
    /** The folder it runs in. @default the project's */
    cwd?: string;
  } = {},
) {
  const entry =
    options.args ??
    (options.compiled ? ['dist/cli/serve.js'] : ['--import', 'tsx', 'src/cli/serve.ts']);
  const child: ChildProcess = spawn(process.execPath, entry, {
    ...(options.cwd ? { cwd: options.cwd } : {}),
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      NEO4J_TX_TIMEOUT_MS: TEST_TX_TIMEOUT_MS,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const logs: LogRecord[] = [];
  const waiters: { msg: string; resolve: (record: LogRecord) => void }[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let buffered = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      let record: LogRecord;
      try {
        record = JSON.parse(line) as LogRecord;
      } catch {
        record = { msg: line };
      }
      logs.push(record);
      for (const waiter of waiters.filter((w) => w.msg === record.msg)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(record);
      }
    }
  });

  /**
   * The first log line with this message (already written or to come); fails,
   * quoting the last lines, if the process exits first or timeoutMs passes.
   */
  async function waitForLog(msg: string, timeoutMs = 50_000): Promise<LogRecord> {
    const seen = logs.find((l) => l.msg === msg);
    if (seen) return seen;
    let timer: NodeJS.Timeout | undefined;
    const tail = () =>
      logs
        .slice(-20)
        .map((l) => JSON.stringify(l))
        .join('\n');
    try {
      return await Promise.race([
        new Promise<LogRecord>((resolve) => waiters.push({ msg, resolve })),
        exited.then((code) => {
          throw new Error(`Accord exited with ${code} before "${msg}":\n${tail()}`);
        }),
        new Promise<never>((_resolve, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no "${msg}" within ${timeoutMs} ms:\n${tail()}`)),
            timeoutMs,
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    logs,
    exited,
    waitForLog,
    /** Sends a signal and returns at once (exited says how it ended). */
    signal(signal: NodeJS.Signals): void {
      child.kill(signal);
    },
    /** SIGTERM, then SIGKILL if it has not exited within 15 s; resolves to the exit code. */
    async stop(): Promise<number | null> {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(killer);
      return code;
    },
  };
}
