import type fsModule from 'node:fs';
import type { MessagePort } from 'node:worker_threads';

/** A request to the file thread: [id, operation, first argument, second argument]. */
export type FileRequest = [id: number, operation: FileOperation, a: string | number, b?: string];
/** Its reply: [id, error or null, value]; the error as plain fields, since an Error loses its `code` crossing threads. */
export type FileReply = [id: number, error: FileErrorFields | null, value?: number];
export type FileOperation = 'mkdir' | 'open' | 'write' | 'rename' | 'unlink' | 'fdatasync' | 'fsync';
export interface FileErrorFields {
  message: string;
  code?: string;
  errno?: number;
  syscall?: string;
  path?: string;
}

/**
 * The file thread's program, run from its source text (`new Worker(…, { eval: true })`), so it reads nothing from
 * outside its parameters: the same text works from src/ under vitest, from dist/ and from the bundled bin.
 *
 * A message is a list of requests, answered in order: open, write, mkdir and unlink as plain blocking calls (this
 * thread has nothing else to do, and they spare the main thread a trip through libuv's pool each); fdatasync, fsync
 * and rename through the pool, so that the calls that wait on the disk (a rename over a file flushes it on ext4) overlap
 * as they did on the main thread instead of holding up every run's next call.
 * Replies go back in one message per turn of this thread.
 */
export function fileThreadMain(fs: typeof fsModule, port: MessagePort): void {
  let replies: FileReply[] = [];
  let flushing = false;
  const flush = () => {
    flushing = false;
    const sent = replies;
    replies = [];
    if (sent.length > 0) port.postMessage(sent);
  };
  const reply = (entry: FileReply) => {
    replies.push(entry);
    if (!flushing) {
      flushing = true;
      setImmediate(flush);
    }
  };
  const fields = (error: unknown): FileErrorFields => {
    const { message, code, errno, syscall, path } = error as NodeJS.ErrnoException;
    return { message: String(message), code, errno, syscall, path };
  };
  /** All of the text: a write to a regular file may write less than asked (a full disk, a signal). */
  const writeAll = (fd: number, text: string): number => {
    const buffer = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < buffer.length) {
      const more = fs.writeSync(fd, buffer, written, buffer.length - written);
      if (more === 0) throw Object.assign(new Error('no space written'), { code: 'ENOSPC' });
      written += more;
    }
    return written;
  };
  port.on('message', (requests: FileRequest[]) => {
    for (const [id, operation, a, b] of requests) {
      if (operation === 'fdatasync' || operation === 'fsync') {
        fs[operation](a as number, (error) => reply([id, error ? fields(error) : null]));
        continue;
      }
      if (operation === 'rename') {
        fs.rename(a as string, b!, (error) => reply([id, error ? fields(error) : null]));
        continue;
      }
      try {
        if (operation === 'open') reply([id, null, fs.openSync(a as string, b!, 0o666)]);
        else if (operation === 'write') reply([id, null, writeAll(a as number, b!)]);
        else if (operation === 'mkdir') reply([id, null, void fs.mkdirSync(a as string)]);
        else reply([id, null, void fs.unlinkSync(a as string)]);
      } catch (error) {
        reply([id, fields(error)]);
      }
    }
    // The blocking calls' replies go now, not after the syncs queued beside them.
    flush();
  });
}
