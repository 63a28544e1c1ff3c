/**
 * Small typed arrays cut out of large shared ones. A sentence's key bag is a few dozen integers, and a typed
 * array of its own costs four times that in headers (the array, its buffer): for a text of many short
 * sentences, most of what the aligner held. The arrays it hands out are views into blocks of up to
 * {@link BLOCK} elements, each block alive while any of its views is.
 */
export class Slab<T extends Int32Array | Uint16Array> {
  private block: T;
  private used = 0;

  constructor(private readonly make: (length: number) => T) {
    this.block = make(0);
  }

  /** A view holding a copy of `values`. */
  copy(values: readonly number[]): T {
    const n = values.length;
    if (n > this.block.length - this.used) {
      // Blocks double up to their full size: a short text's bags fill a small one, allocated and zeroed per call.
      this.block = this.make(Math.max(Math.min(BLOCK, this.block.length * 2 || FIRST_BLOCK), n));
      this.used = 0;
    }
    const view = this.block.subarray(this.used, this.used + n) as T;
    view.set(values);
    this.used += n;
    return view;
  }
}

/** Elements per block: large enough that a view's share of the block's header is nothing, small enough to waste little. */
const BLOCK = 1 << 16;
/** Elements of the first block. */
const FIRST_BLOCK = 1 << 10;
