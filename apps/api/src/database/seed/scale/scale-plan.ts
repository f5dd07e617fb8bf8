/** A small deterministic PRNG (mulberry32), so a scale run with the same factor has the same shape. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(options: readonly (readonly [T, number])[]): T {
    const total = options.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of options) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return options[options.length - 1][0];
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

export const ALL_GEMEENTEN = 342;
export const MIN_MEMBERS = 2;
export const MAX_MEMBERS = 30;
export const MAX_ARRANGEMENTS_PER_GEMEENTE = 3;

export interface ScaleShape {
  gemeenten: number;
  arrangements: number;
  /** Months of meetings before demo today (two more months are planned ahead) */
  months: number;
}

/**
 * factor 1 ≈ the demo (one arrangement, a handful of gemeenten, a year of meetings); factor 100 = all 342
 * gemeenten in about 100 arrangements with ten years of meetings.
 */
export function scaleShape(factor: number): ScaleShape {
  if (!Number.isFinite(factor) || factor <= 0)
    throw new Error(`--factor must be a positive number (got ${factor})`);
  const arrangements = Math.max(1, Math.round(factor));
  const gemeenten = Math.min(
    ALL_GEMEENTEN,
    Math.max(MIN_MEMBERS + 1, Math.round(3.42 * factor), arrangements * 2),
  );
  const months = Math.min(120, Math.max(12, Math.round(1.2 * factor)));
  return { gemeenten, arrangements, months };
}

/**
 * Which gemeenten take part in which arrangement: sizes of 2–30 (exponentially distributed) averaging about twice the gemeenten per
 * arrangement, filled from a shuffled cycle of the gemeenten, so each gemeente is in 1–3 arrangements.
 */
export function planArrangements(random: Random, gemeenten: number, arrangements: number): number[][] {
  const mean = Math.min(MAX_MEMBERS, Math.max(MIN_MEMBERS, (2 * gemeenten) / arrangements));
  const cap = Math.min(MAX_MEMBERS, gemeenten);
  // Exponentially distributed: many small arrangements (like Noaberkracht), a few large ones (a regietafel).
  const sizes = Array.from({ length: arrangements }, () =>
    Math.min(
      cap,
      Math.max(MIN_MEMBERS, Math.round(MIN_MEMBERS - (mean - MIN_MEMBERS) * Math.log(1 - random.next()))),
    ),
  );
  const total = () => sizes.reduce((sum, size) => sum + size, 0);
  for (let i = 0; total() < gemeenten; i = (i + 1) % arrangements) if (sizes[i] < cap) sizes[i]++;
  for (let i = 0; total() > MAX_ARRANGEMENTS_PER_GEMEENTE * gemeenten; i = (i + 1) % arrangements) {
    if (sizes[i] > MIN_MEMBERS) sizes[i]--;
  }
  const cycle = random.shuffle(Array.from({ length: gemeenten }, (_, i) => i));
  let pointer = 0;
  return sizes.map((size) => {
    const members = Array.from({ length: size }, (_, i) => cycle[(pointer + i) % gemeenten]);
    pointer = (pointer + size) % gemeenten;
    return members;
  });
}
