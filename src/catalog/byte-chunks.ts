/**
 * Text written straight into buffers of about a megabyte, handed out as each fills: a cold warehouse catalog's cache
 * file is ~19 MB made of millions of small pieces, and neither a string per piece joined later nor a buffer per piece
 * copied into a bigger one should be what a cold load holds at its peak.
 */
export class ByteChunks {
  private buffer: Buffer;
  private used = 0;
  private readonly full: Buffer[] = [];

  constructor(private readonly size = 1 << 20) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** Appends a string's UTF-8 bytes; returns how many. */
  text(text: string): number {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (this.used + text.length * 3 > this.buffer.length) {
      this.flush();
      if (text.length * 3 > this.buffer.length) {
        const bytes = Buffer.from(text, 'utf8');
        this.full.push(bytes);
        return bytes.length;
      }
    }
    const written = this.buffer.write(text, this.used, 'utf8');
    this.used += written;
    return written;
  }

  /** Appends a non-negative integer's decimal digits, as JSON.stringify writes it. */
  integer(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) {
      this.text(JSON.stringify(value));
      return;
    }
    if (this.used + 16 > this.buffer.length) this.flush();
    if (value < 10) {
      this.buffer[this.used++] = 48 + value;
      return;
    }
    let digits = 0;
    for (let rest = value; rest > 0; rest = Math.floor(rest / 10)) digits += 1;
    for (let at = this.used + digits - 1, rest = value; at >= this.used; at -= 1, rest = Math.floor(rest / 10)) this.buffer[at] = 48 + (rest % 10);
    this.used += digits;
  }

  /** Appends one ASCII character. */
  char(code: number): void {
    if (this.used + 1 > this.buffer.length) this.flush();
    this.buffer[this.used++] = code;
  }

  /** The buffers filled since the last take, in order; the one being filled goes with them when `all` is set. */
  take(all = false): Buffer[] {
    if (all) this.flush();
    return this.full.splice(0);
  }

  private flush(): void {
    if (this.used === 0) return;
    this.full.push(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(this.size);
    this.used = 0;
  }
}
