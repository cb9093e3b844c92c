/** Parses a command's options with node:util, answering --help and usage errors the same way in every command. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The parsed values, or the exit code when the command should stop (0 after --help, 2 on a usage error). */
export function parseCommandArgs<T extends Options>(argv: string[], options: T, help: string) {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean' } }, strict: true }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${help}`);
    return { exitCode: 2 } as const;
  }
  if ((values as { help?: boolean }).help) {
    process.stdout.write(help);
    return { exitCode: 0 } as const;
  }
  return { values };
}
