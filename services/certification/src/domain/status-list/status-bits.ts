import { statusListError } from './status-list-errors.ts';

/** W3C Bitstring Status List v1.0: at least 131,072 entries (16 KiB), so one index hides in a herd. */
export const MIN_STATUS_LIST_SIZE = 131_072;

/** A list size the spec allows: whole bytes, and at least the minimum. */
export function assertStatusListSize(size: number): void {
  if (!Number.isInteger(size) || size % 8 !== 0) {
    throw statusListError('STATUS_LIST_MALFORMED', `a status list size must be a multiple of 8, not ${size}`);
  }
  if (size < MIN_STATUS_LIST_SIZE) {
    throw statusListError('STATUS_LIST_TOO_SMALL', `a status list needs ${MIN_STATUS_LIST_SIZE} entries`, { size });
  }
}

/**
 * One bit per certificate: bit `index` is bit `7 - index % 8` of byte `index / 8`, so index 0 is the
 * most significant (left-most) bit of the first byte, as the spec orders them.
 */
export class StatusBits {
  private constructor(private readonly bytes: Uint8Array) {}

  /** An all-zero list of `size` entries. */
  static empty(size: number = MIN_STATUS_LIST_SIZE): StatusBits {
    assertStatusListSize(size);
    return new StatusBits(new Uint8Array(size / 8));
  }

  /** Takes a copy, so the caller's buffer and this list never change each other. */
  static fromBytes(bytes: Uint8Array): StatusBits {
    assertStatusListSize(bytes.length * 8);
    return new StatusBits(Uint8Array.from(bytes));
  }

  get size(): number {
    return this.bytes.length * 8;
  }

  get(index: number): boolean {
    return ((this.byteAt(index) >> (7 - (index % 8))) & 1) === 1;
  }

  set(index: number): void {
    this.bytes[Math.floor(index / 8)] = this.byteAt(index) | (0x80 >> (index % 8));
  }

  clear(index: number): void {
    this.bytes[Math.floor(index / 8)] = this.byteAt(index) & ~(0x80 >> (index % 8));
  }

  toBytes(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }

  private byteAt(index: number): number {
    const byte = Number.isInteger(index) && index >= 0 ? this.bytes[Math.floor(index / 8)] : undefined;
    if (byte === undefined) {
      throw statusListError('STATUS_INDEX_OUT_OF_RANGE', `index ${index} is outside [0, ${this.size})`);
    }
    return byte;
  }
}
