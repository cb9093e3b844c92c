/**
 * Structured JSON logs (pino). Local mode pipes them through pino-pretty so a person can read
 * them; production writes one JSON object per line for the log collector. Secrets are redacted
 * by path so a careless `log.info({ config })` cannot leak them.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

const REDACT = [
  'appPassword',
  'adminApiKey',
  'mongodbUri',
  '*.appPassword',
  '*.adminApiKey',
  '*.mongodbUri',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
];

export function createLogger(options: { level: string; pretty: boolean }): Logger {
  return pino({
    level: options.level,
    base: undefined,
    redact: { paths: REDACT, censor: '[redacted]' },
    transport: options.pretty
      ? { target: 'pino-pretty', options: { colorize: process.stdout.isTTY, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', destination: 2 } }
      : undefined,
  });
}

export const silentLogger: Logger = pino({ level: 'silent' });
