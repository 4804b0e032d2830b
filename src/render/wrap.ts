/** Word wrapping for the text renderer. */

/** Wraps `text` to `width` columns; continuation lines get `indent`. URLs are never split. */
export function wrap(text: string, width: number, firstPrefix: string, indent: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = firstPrefix;
  let lineHasWord = false;
  for (const word of words) {
    const candidate = lineHasWord ? `${line} ${word}` : `${line}${word}`;
    if (lineHasWord && candidate.length > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = candidate;
    lineHasWord = true;
  }
  lines.push(line);
  return lines.join('\n');
}
