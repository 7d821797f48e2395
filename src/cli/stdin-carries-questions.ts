import fs from 'node:fs';

/**
 * Whether stdin is a shell's pipe (`cat questions.txt | sluice`) or a file redirected to it (`sluice < questions.txt`):
 * a bare `sluice` then answers its lines as `sluice run` does, as a REPL runs what is piped into it. Anything else
 * that is not a terminal (/dev/null, the socket a program spawns a child with) carries no questions meant for sluice,
 * and a bare `sluice` prints its help there.
 */
export function stdinCarriesQuestions(fd = 0): boolean {
  try {
    const info = fs.fstatSync(fd);
    return info.isFIFO() || info.isFile();
  } catch {
    return false;
  }
}
