/**
 * The prompts' output without colour, for --no-color (and NO_COLOR): the prompt library
 * colours with node:util's styleText, which no option turns off, so its colour codes (SGR
 * sequences) are taken out on their way to the terminal. Cursor movement and line clearing,
 * which the prompts need to redraw, pass through.
 */
import { Writable } from 'node:stream';

// Select Graphic Rendition: ESC [ params m. Only these set colour and weight.
// eslint-disable-next-line no-control-regex -- taking the escape sequences out is the point
const SGR = /\u001b\[[0-9;]*m/g;

/** A stream that writes to `target` without colour codes, and reports its size as `target`'s. */
export function withoutColour(target: NodeJS.WriteStream): NodeJS.WritableStream {
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: unknown, _encoding, callback) {
      const text = typeof chunk === 'string' ? chunk : String(chunk);
      target.write(text.replace(SGR, ''), callback);
    },
  });
  // The prompt library lays out for the terminal's width and asks whether it is one.
  Object.defineProperties(stream, {
    columns: { get: () => target.columns },
    rows: { get: () => target.rows },
    isTTY: { get: () => target.isTTY },
  });
  target.on('resize', () => stream.emit('resize'));
  // Each prompt pipes its output here and ends the pipe when it is answered; the terminal
  // stays open for the next prompt, as process.stderr does (it cannot be ended either).
  stream.end = () => stream;
  return stream;
}
