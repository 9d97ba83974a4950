/**
 * How deeply a parsed JSON value nests, walked without recursion: a file or style from outside
 * may nest thousands of levels, and any recursive walk or clone of it (a validator's, a deep
 * copy's) would end in "Maximum call stack size exceeded". Check this first, then walk.
 */

/** Nesting depth of a JSON value, stopping as soon as it passes `limit` (so a deep value costs little). */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > limit) return deepest;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}
