// An independent exact distribution of the won total for whole-number amounts, by counting sums.

/** P(total = x) for x = 0..Σ amounts, each deal winning its whole amount with its probability. */
export function exactTotalPmf(amounts: readonly number[], probs: readonly number[]): Float64Array {
  const total = amounts.reduce((s, a) => s + a, 0);
  const pmf = new Float64Array(total + 1);
  pmf[0] = 1;
  let top = 0;
  amounts.forEach((a, i) => {
    // From the top down, so that each deal is added to the sums without it only once.
    for (let x = top; x >= 0; x--) {
      pmf[x + a] += pmf[x] * probs[i];
      pmf[x] *= 1 - probs[i];
    }
    top += a;
  });
  return pmf;
}

/** The smallest total x with P(total ≤ x) ≥ p. */
export function exactQuantile(pmf: Float64Array, p: number): number {
  let cumulative = 0;
  for (let x = 0; x < pmf.length; x++) {
    cumulative += pmf[x];
    if (cumulative >= p - 1e-12) return x;
  }
  return pmf.length - 1;
}

/** P(total ≥ target). */
export function exactAtLeast(pmf: Float64Array, target: number): number {
  let p = 0;
  for (let x = Math.max(0, Math.ceil(target)); x < pmf.length; x++) p += pmf[x];
  return p;
}
