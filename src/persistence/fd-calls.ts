import fs from 'node:fs';
import { currentFileThread } from './file-thread.js';
import type { FileOperation } from './file-thread-main.js';

/**
 * The file calls a run writer makes through libuv's thread pool, on plain descriptors with the callback API: on this
 * machine a trip through `fs/promises` and its FileHandle cost ~35–40 µs of CPU against ~25 µs this way. While a
 * batch runs on the main thread they go through its file thread instead (file-thread.ts), which writes a text whole.
 */
export const fdCalls = {
  mkdir: (folder: string) => viaThread<void>('mkdir', folder) ?? call<void>((done) => fs.mkdir(folder, (error) => done(error))),
  open: (file: string, flags: string) => viaThread<number>('open', file, flags) ?? call<number>((done) => fs.open(file, flags, 0o666, done)),
  write: (fd: number, text: string) => viaThread<number>('write', fd, text) ?? call<number>((done) => fs.write(fd, text, null, 'utf8', done)),
  rename: (from: string, to: string) => viaThread<void>('rename', from, to) ?? call<void>((done) => fs.rename(from, to, done)),
  fdatasync: (fd: number) => viaThread<void>('fdatasync', fd) ?? call<void>((done) => fs.fdatasync(fd, done)),
  fsync: (fd: number) => viaThread<void>('fsync', fd) ?? call<void>((done) => fs.fsync(fd, done)),
  unlink: (file: string) => viaThread<void>('unlink', file) ?? call<void>((done) => fs.unlink(file, done)),
};

function viaThread<T>(operation: FileOperation, a: string | number, b?: string): Promise<T> | undefined {
  return currentFileThread()?.call(operation, a, b) as Promise<T> | undefined;
}

function call<T>(start: (done: (error: NodeJS.ErrnoException | null, value?: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value as T))));
}

/** Writes all of a text: a write to a regular file may write less than asked (a full disk, a signal). */
export async function writeAll(fd: number, text: string): Promise<void> {
  let buffer: Buffer | undefined;
  let written = await fdCalls.write(fd, text);
  if (written === Buffer.byteLength(text)) return;
  buffer = Buffer.from(text);
  while (written < buffer.length) {
    const more = await call<number>((done) => fs.write(fd, buffer!, written, buffer!.length - written, null, done));
    if (more === 0) throw Object.assign(new Error('no space written'), { code: 'ENOSPC' });
    written += more;
  }
}
