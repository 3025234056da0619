/** Turning failures into one clear line on stderr and an exit code. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export async function run(body: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (error) {
    const e = error as Error & { exitCode?: number };
    const known = e instanceof CliError || e.name === 'SourceError' || e.name === 'ValidationError';
    console.error(`cyberlex: ${known ? e.message : (e.stack ?? String(e))}`);
    process.exitCode = e.exitCode ?? 1;
  }
}
