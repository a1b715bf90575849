/**
 * A small seeded PRNG and the draws the generators need. Benchmarks must compare
 * like with like across runs and machines, so nothing here touches Math.random.
 */
export type Random = () => number;

/** mulberry32: 32 bits of state, fast, and good enough for picking words. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function integer(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

// Real text follows Zipf's law: a few words are everywhere, most are rare. Drawing
// pool words with weight 1/rank gives generated knowledge postings lists of the
// same shape, which is what decides how fast candidate generation is.
const cumulativeWeights = new WeakMap<readonly unknown[], Float64Array>();

export function zipf<T>(random: Random, items: readonly T[]): T {
  let cumulative = cumulativeWeights.get(items);
  if (!cumulative) {
    cumulative = new Float64Array(items.length);
    let total = 0;
    for (let rank = 0; rank < items.length; rank++) cumulative[rank] = total += 1 / (rank + 1);
    cumulativeWeights.set(items, cumulative);
  }
  const target = random() * (cumulative[cumulative.length - 1] ?? 0);
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  const item = items[low];
  if (item === undefined) throw new Error('zipf from an empty list');
  return item;
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** `count` items spread evenly over the list: a deterministic sample that keeps its mix. */
export function evenSample<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}
