import { ConfigError } from '../config.js';

/**
 * Runs a command's main and exits with its code. An unexpected error exits 1
 * with its name and message; a configuration error shows only its message,
 * which already lists every bad variable.
 */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(
        `${error instanceof ConfigError ? '' : `${error.name}: `}${error.message}\n`,
      );
      process.exit(1);
    },
  );
}
