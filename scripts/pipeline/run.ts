/**
 * Runs build steps (see steps.ts): a step whose stamp matches its inputs and outputs is skipped, with a
 * line saying so; any other runs as a child process, and its stamp is written only once it succeeded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Step } from './steps.ts';
import { staleReason, type StampFile } from './stamps.ts';

/** Where the steps run and what they remember. */
export interface Pipeline {
  /** The project root: every command runs there. */
  root: string;
  stamps: StampFile;
  /** One line of the build's log. */
  log: (line: string) => void;
}

/** Why a step must run (null when it need not), with the inputs to record once it succeeded. */
export interface Check {
  reason: string | null;
  inputs: Record<string, string>;
}

/** Compares a step's inputs and outputs with its stamp; `force` gives a reason to run it anyway. */
export async function checkStep(pipeline: Pipeline, step: Step, force?: string): Promise<Check> {
  const inputs = await step.inputs();
  if (force !== undefined) return { reason: force, inputs };
  return { reason: staleReason(pipeline.stamps.get(step.name), inputs, await step.outputs()), inputs };
}

/** Records that `step` finished with `inputs` as they were when it started. */
export async function recordStep(pipeline: Pipeline, step: Step, inputs: Record<string, string>): Promise<void> {
  const outputs = await step.outputs();
  if (outputs === null) throw new Error(`${step.name}: \`${step.command.join(' ')}\` succeeded but wrote nothing`);
  await pipeline.stamps.set(step.name, { inputs, outputs, at: new Date().toISOString() });
}

/** Starts a step's command with the project's programs first on PATH; `niceness` lowers its priority. */
export function spawnStep(pipeline: Pipeline, step: Step, niceness = 0): ChildProcess {
  const [program = '', ...args] = step.command;
  const bin = join(pipeline.root, 'node_modules', '.bin');
  const child = spawn(program, args, {
    cwd: pipeline.root,
    stdio: ['ignore', 'inherit', 'inherit'],
    // The data build's "dist/ is now stale" hint is for people running it alone.
    env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, PAR_PIPELINE: '1' },
    shell: process.platform === 'win32',
  });
  if (niceness !== 0 && child.pid !== undefined) lowerPriority(child.pid, niceness);
  return child;
}

/** Resolves when the child exits with 0; rejects with the step's name otherwise. */
export function exited(step: Step, child: ChildProcess): Promise<void> {
  return new Promise((done, fail) => {
    child.once('error', (error) => fail(new Error(`${step.name}: cannot run \`${step.command[0]}\`: ${error.message}`)));
    child.once('exit', (code, signal) =>
      code === 0 ? done() : fail(new Error(`${step.name}: \`${step.command.join(' ')}\` failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/**
 * Runs `step` in the foreground unless its stamp says nothing changed (or `force` says why it must run).
 * Returns whether it ran. Throws when the command fails; the step then has no stamp, so it runs next time.
 */
export async function runStep(pipeline: Pipeline, step: Step, force?: string): Promise<boolean> {
  const { reason, inputs } = await checkStep(pipeline, step, force);
  if (reason === null) {
    pipeline.log(`○ ${step.name}: unchanged since it last ran, skipped`);
    return false;
  }
  pipeline.log(`▶ ${step.name}: ${step.title} (${reason})`);
  await pipeline.stamps.forget(step.name);
  const started = performance.now();
  await exited(step, spawnStep(pipeline, step));
  await recordStep(pipeline, step, inputs);
  pipeline.log(`✔ ${step.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

/** A background step yields the CPU to whatever serves pages; where priorities cannot be set, it does not matter. */
function lowerPriority(pid: number, niceness: number): void {
  try {
    setPriority(pid, niceness);
  } catch {
    // Not allowed here (or the child already exited): it runs at normal priority.
  }
}
