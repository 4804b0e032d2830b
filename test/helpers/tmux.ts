/**
 * Drives the CLI in a real pseudo-terminal through tmux: start it, type keys, read the
 * screen as the user sees it. tmux is a test dependency; .ci/run installs it when missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

export function hasTmux(): boolean {
  return spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
}

export class TmuxSession {
  readonly name = `ngr-${randomBytes(4).toString('hex')}`;
  // Each session has a server of its own (-L): when one test kills its session, the server
  // exits, and a shared one would be gone from under the next test's new session ("server
  // exited unexpectedly"); nor can tests of other checkouts running at once touch it.
  private readonly socket = ['-L', this.name];

  /** Starts `command` (a shell line) in a detached 120×40 terminal. */
  constructor(command: string, cwd: string) {
    execFileSync(
      'tmux',
      [
        ...this.socket,
        'new-session',
        '-d',
        '-s',
        this.name,
        '-x',
        '120',
        '-y',
        '40',
        '-c',
        cwd,
        command,
      ],
      {
        env: { ...process.env, TERM: 'xterm-256color', NO_COLOR: '1', CI: '' },
      },
    );
  }

  /** The visible screen, as text. */
  screen(): string {
    const result = spawnSync(
      'tmux',
      [...this.socket, 'capture-pane', '-p', '-J', '-t', this.name],
      {
        encoding: 'utf8',
      },
    );
    return result.stdout ?? '';
  }

  /** Waits until the screen matches, or fails with what the screen shows. */
  async waitFor(pattern: RegExp, timeoutMs = 15_000): Promise<string> {
    const start = Date.now();
    for (;;) {
      const screen = this.screen();
      if (pattern.test(screen)) return screen;
      if (Date.now() - start > timeoutMs)
        throw new Error(`timed out waiting for ${String(pattern)}; the screen shows:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Types keys, as tmux names them (Enter, Down, C-c, or literal text). */
  keys(...keys: string[]): void {
    execFileSync('tmux', [...this.socket, 'send-keys', '-t', this.name, ...keys]);
  }

  kill(): void {
    spawnSync('tmux', [...this.socket, 'kill-server']);
  }
}
