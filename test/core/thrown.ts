// Shared by the custom functions' argument-error tests: the message a call throws, and a range
// two cells wide and two tall (not one column).

/** The message a call throws (English · Korean), or 'no error'. */
export function messageOf(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
}

/** A 2×2 range, where a function wants a single column. */
export const twoByTwo = [
  [1, 2],
  [3, 4],
] as never;
