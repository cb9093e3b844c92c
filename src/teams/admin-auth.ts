/** Bearer-key check for the admin HTTP API, compared in constant time. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Next } from 'restify';
import type { Config } from '../config.js';

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

export function adminKeyMatches(config: Pick<Config, 'adminApiKey'>, header: string | undefined): boolean {
  if (!config.adminApiKey || !header) return false;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) return false;
  // Hashing first gives equal-length buffers, so the comparison leaks neither content nor length.
  return timingSafeEqual(digest(match[1]!), digest(config.adminApiKey));
}

/** restify middleware: 404 when the admin API is off (no key configured), 401 on a wrong key. */
export function requireAdminKey(config: Pick<Config, 'adminApiKey'>) {
  return (req: Request, res: Response, next: Next) => {
    if (!config.adminApiKey) {
      res.send(404, { error: 'not_found', message: 'The admin API is off: set ADMIN_API_KEY to enable it.' });
      return next(false);
    }
    if (!adminKeyMatches(config, req.header('authorization'))) {
      res.send(401, { error: 'unauthorized', message: 'Send "Authorization: Bearer <ADMIN_API_KEY>".' });
      return next(false);
    }
    return next();
  };
}
