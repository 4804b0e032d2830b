/**
 * Signals (Ctrl-C, TERM, HUP) and what must not outlive the run. Files a run creates only for
 * a moment (a temporary file being written, the roster's lock) are registered here and removed
 * when a signal ends the run, so an interrupted run leaves nothing behind: not on the first
 * signal, not on a second one that arrives while the first is being handled.
 */
import { rmSync } from 'node:fs';

/** The signals that stop a run. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

// The entry and the command bundles each have their own copy of this module (see errors.ts):
// the registry lives on the process, under a shared key, so the edge sees every bundle's files.
const REGISTRY = Symbol.for('nextgen-ready.temporary-files');

/** The files to remove on a signal; made on first use, so importing this does nothing. */
function temporaryFiles(): Set<string> {
  const global = globalThis as Record<symbol, unknown>;
  return (global[REGISTRY] ??= new Set<string>()) as Set<string>;
}

/**
 * Registers a file (or a directory of the run's own, removed whole) to remove if a signal ends
 * the run; returns the function that forgets it.
 */
export function removeOnInterrupt(file: string): () => void {
  temporaryFiles().add(file);
  return () => temporaryFiles().delete(file);
}

/** Removes every registered file, at once (a signal handler cannot wait). */
export function removeTemporaryFiles(): void {
  const files = temporaryFiles();
  for (const file of files) {
    try {
      rmSync(file, { recursive: true, force: true });
    } catch {
      // Nothing more can be done while the process is being stopped.
    }
  }
  files.clear();
}

/** What a command sees of signals: an abort signal, and a way to stop at a point of its choosing. */
export interface Interrupt {
  /** Aborted by the first signal that arrives while a command is cooperating. */
  readonly signal: AbortSignal;
  /** The signal that arrived, if one did. */
  readonly received: StopSignal | undefined;
  /**
   * Runs `work` so that the first signal only aborts `signal`: the command stops at a safe
   * point (the roster between two rows, a prompt by cleaning up the terminal). A second signal,
   * or any signal outside `cooperate`, removes the temporary files and ends the run at once.
   */
  cooperate<T>(work: () => Promise<T>): Promise<T>;
}

/** Watches the stop signals while the CLI runs. */
export class InterruptWatch implements Interrupt {
  // Made when first asked for: AbortController loads Node's event-target modules, which a run
  // that no one cancels need not pay for.
  private controller: AbortController | undefined;
  private cooperating = 0;
  private signalName: StopSignal | undefined;
  private readonly listener = (signal: NodeJS.Signals) => this.onSignal(signal as StopSignal);

  /** `stopNow` ends the process (the edge writes one line and exits 130). */
  constructor(private readonly stopNow: (signal: StopSignal) => void) {}

  get signal(): AbortSignal {
    return (this.controller ??= new AbortController()).signal;
  }

  get received(): StopSignal | undefined {
    return this.signalName;
  }

  start(): void {
    for (const signal of STOP_SIGNALS) process.on(signal, this.listener);
  }

  stop(): void {
    for (const signal of STOP_SIGNALS) process.off(signal, this.listener);
  }

  async cooperate<T>(work: () => Promise<T>): Promise<T> {
    this.cooperating++;
    try {
      return await work();
    } finally {
      this.cooperating--;
    }
  }

  private onSignal(signal: StopSignal): void {
    if (this.signalName === undefined && this.cooperating > 0) {
      this.signalName = signal;
      (this.controller ??= new AbortController()).abort(signal);
      return;
    }
    this.signalName ??= signal;
    removeTemporaryFiles();
    this.stopNow(signal);
  }
}
