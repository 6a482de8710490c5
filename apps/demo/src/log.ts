/**
 * Where the demo reports what went wrong with the services it calls. The console by default; tests
 * pass their own to keep the output quiet and to check that a failure was noticed.
 */
export interface Logger {
  warn(message: string, error?: unknown): void;
  error(message: string, error?: unknown): void;
}

/** One line per problem: the message and the error's own short description, not its stack. */
export const consoleLogger: Logger = {
  warn: (message, error) => console.warn(`[demo] ${message}${error === undefined ? '' : `: ${describe(error)}`}`),
  error: (message, error) => console.error(`[demo] ${message}`, error ?? ''),
};

export function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
