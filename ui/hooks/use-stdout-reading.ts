import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

/** A reading of the stream Ink draws on (its columns, its rows), taken again on every resize. */
export function useStdoutReading<T>(read: (stdout: NodeJS.WriteStream) => T): T {
  const { stdout } = useStdout();
  const [value, setValue] = useState(() => read(stdout));
  useEffect(() => {
    const onResize = () => setValue(read(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return value;
}
