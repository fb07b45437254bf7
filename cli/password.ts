/**
 * The password for workbooks saved with one (cli.md): from `BM_WACHTWOORD`, else asked
 * for on the terminal without echo when one is attached; never from an argument (it
 * would show in the process list). Null when there is neither.
 */
export async function passwordFor(file: string): Promise<string | null> {
  const fromEnvironment = process.env.BM_WACHTWOORD;
  if (fromEnvironment !== undefined && fromEnvironment !== '') return fromEnvironment;
  if (!process.stdin.isTTY || !process.stderr.isTTY) return null;
  return askHidden(`Wachtwoord voor ${file}: `);
}

/** Reads a line from the terminal without showing it; Ctrl-C stops. */
function askHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  let typed = '';
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new Error('Afgebroken.'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else if (char >= ' ') typed += char;
      }
    };
    stdin.on('data', onData);
  });
}
