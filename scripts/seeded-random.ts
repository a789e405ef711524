// mulberry32: a tiny seeded random generator, so samples, benchmarks and simulations repeat exactly.

// Looked up once: under jest every read of a global such as `Math` goes through the test context's
// global object, which made a simulation of a million draws take seconds instead of milliseconds.
const imul = Math.imul;

/** Numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
