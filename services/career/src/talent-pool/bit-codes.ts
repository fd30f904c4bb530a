/**
 * Codes from a small closed set (industries, honours, medals) as bits of one 32-bit mask, so a
 * worker's set of them is one number to test and count. A bit is given to each code when first seen.
 */
export class BitCodes {
  readonly #bits = new Map<string, number>();
  readonly #codes: string[] = [];

  constructor(readonly what: string) {}

  /** The mask of these codes, giving new codes their bits. */
  maskOf(codes: readonly string[]): number {
    let mask = 0;
    for (const code of codes) mask |= 1 << this.#bitOf(code);
    return mask;
  }

  /** The bit of a code already seen, or undefined: a filter on a code nobody holds matches nobody. */
  bitOf(code: string): number | undefined {
    return this.#bits.get(code);
  }

  /** The code of a bit given out. */
  codeOf(bit: number): string {
    return this.#codes[bit] as string;
  }

  #bitOf(code: string): number {
    const known = this.#bits.get(code);
    if (known !== undefined) return known;
    if (this.#codes.length === 31) throw new Error(`more than 31 ${this.what} codes`);
    this.#bits.set(code, this.#codes.length);
    this.#codes.push(code);
    return this.#codes.length - 1;
  }
}
