/**
 * Drives the CLI in a real pseudo-terminal through tmux: start it, type keys, read the
 * screen as the user sees it. tmux is a test dependency; .ci/run installs it when missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

export function hasTmux(): boolean {
  return spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
}

/**
 * Each session runs on a tmux server of its own (`-L`, its own socket): on one shared server,
 * killing the last session of one test while another test starts a session makes tmux fail
 * with "server exited unexpectedly" (test files run in parallel, and other checkouts' tests
 * may share the machine).
 */
export class TmuxSession {
  readonly name = `ngr-${randomBytes(4).toString('hex')}`;

  /**
   * Starts `command` (a shell line) in a detached terminal, 120×40 unless `size` says; with
   * NO_COLOR=1 unless `colour` (then TERM and COLORTERM ask for colour, and no NO_COLOR).
   */
  constructor(
    command: string,
    cwd: string,
    options: { width?: number; height?: number; colour?: boolean } = {},
  ) {
    execFileSync(
      'tmux',
      [
        '-L',
        this.name,
        'new-session',
        '-d',
        '-s',
        this.name,
        '-x',
        String(options.width ?? 120),
        '-y',
        String(options.height ?? 40),
        '-c',
        cwd,
        command,
      ],
      {
        env: {
          ...process.env,
          TERM: 'xterm-256color',
          CI: '',
          ...(options.colour === true
            ? { NO_COLOR: undefined, FORCE_COLOR: undefined, COLORTERM: 'truecolor' }
            : { NO_COLOR: '1' }),
        },
      },
    );
  }

  /** The visible screen, as text. */
  screen(): string {
    const result = spawnSync(
      'tmux',
      ['-L', this.name, 'capture-pane', '-p', '-J', '-t', this.name],
      {
        encoding: 'utf8',
      },
    );
    return result.stdout ?? '';
  }

  /** The visible screen with its colour and weight as escape sequences (`capture-pane -e`). */
  screenWithEscapes(): string {
    const result = spawnSync(
      'tmux',
      ['-L', this.name, 'capture-pane', '-p', '-e', '-S', '-', '-E', '-', '-t', this.name],
      { encoding: 'utf8' },
    );
    return result.stdout ?? '';
  }

  /** Everything the terminal printed, the lines scrolled away included. */
  history(): string {
    const result = spawnSync(
      'tmux',
      ['-L', this.name, 'capture-pane', '-p', '-J', '-S', '-', '-E', '-', '-t', this.name],
      { encoding: 'utf8' },
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
    execFileSync('tmux', ['-L', this.name, 'send-keys', '-t', this.name, ...keys]);
  }

  /** Whether the terminal shows its cursor (a prompt hides it while it runs). */
  cursorVisible(): boolean {
    const result = spawnSync(
      'tmux',
      ['-L', this.name, 'display', '-p', '-t', this.name, '#{cursor_flag}'],
      { encoding: 'utf8' },
    );
    return result.stdout.trim() === '1';
  }

  /** The process ids of what the pane's shell runs (the command this session started). */
  commandPids(): number[] {
    const shell = spawnSync(
      'tmux',
      ['-L', this.name, 'display', '-p', '-t', this.name, '#{pane_pid}'],
      { encoding: 'utf8' },
    ).stdout.trim();
    const children = spawnSync('cat', [`/proc/${shell}/task/${shell}/children`], {
      encoding: 'utf8',
    }).stdout;
    return children.split(/\s+/).filter(Boolean).map(Number);
  }

  kill(): void {
    spawnSync('tmux', ['-L', this.name, 'kill-server']);
  }
}
