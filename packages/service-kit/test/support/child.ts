import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// tsx resolves from the workspace root, like `pnpm run token` does.
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export interface Child {
  readonly process: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves once stdout has a line matching the pattern; rejects if the child exits first. */
  waitForLine(pattern: RegExp): Promise<string>;
  readonly exited: Promise<number | null>;
}

export function startTs(script: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const waitForLine = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const look = () => {
        const line = out.split('\n').find((candidate) => pattern.test(candidate));
        if (line !== undefined) resolve(line);
        return line !== undefined;
      };
      if (look()) return;
      child.stdout.on('data', look);
      void exited.then(() => look() || reject(new Error(`exited before ${pattern}: ${out}${err}`)));
    });
  return { process: child, stdout: () => out, stderr: () => err, waitForLine, exited };
}

export async function runTs(script: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}) {
  const child = startTs(script, args, env);
  const code = await child.exited;
  return { code, stdout: child.stdout(), stderr: child.stderr() };
}
