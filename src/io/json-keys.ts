/**
 * Finding a key given twice in one object of a JSON text. JSON.parse keeps the last of them
 * without a word, so `{"linked": "yes", "linked": "no"}` would silently mean "no".
 */

/** The offset of the first key that repeats an earlier key of its object, in valid JSON text. */
export function findDuplicateJsonKey(json: string): number | undefined {
  // One entry per open object (its keys so far) or array (null).
  const open: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let at = 0; at < json.length; at++) {
    const char = json[at];
    if (char === '"') {
      let end = at + 1;
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      const keys = open.at(-1);
      if (expectKey && keys) {
        const key = JSON.parse(json.slice(at, end + 1)) as string;
        if (keys.has(key)) return at;
        keys.add(key);
        expectKey = false;
      }
      at = end;
    } else if (char === '{') {
      open.push(new Set());
      expectKey = true;
    } else if (char === '[') {
      open.push(null);
      expectKey = false;
    } else if (char === '}' || char === ']') {
      open.pop();
      expectKey = false;
    } else if (char === ',') {
      expectKey = open.at(-1) instanceof Set;
    }
  }
  return undefined;
}
