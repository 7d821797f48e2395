/** Writes one line and waits for the stream to drain when its buffer is full, so a slow reader slows the batch down. */
export function writeLine(output: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = output.write(`${text}\n`, (error) => {
      if (error) reject(error);
    });
    if (ok) {
      resolve();
      return;
    }
    const onDrain = () => {
      output.off('error', onError);
      resolve();
    };
    const onError = (error: Error) => {
      output.off('drain', onDrain);
      reject(error);
    };
    output.once('drain', onDrain);
    output.once('error', onError);
  });
}
