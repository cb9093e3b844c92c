/** Environment → one validated Config. Every problem is reported at once, one line each. */
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const commaList = z
  .string()
  .optional()
  .transform((value) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean));

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const envSchema = z
  .object({
    PORT: z.coerce.number({ invalid_type_error: 'must be a port number (0-65535)' }).int().min(0).max(65535).default(3978),
    HOST: optionalText,
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppTenantId: optionalText,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MONGODB_URI: optionalText.refine((uri) => !uri || /^mongodb(\+srv)?:\/\//.test(uri), {
      message: 'must start with mongodb:// or mongodb+srv://',
    }),
    MONGODB_DB: z.string().regex(/^[A-Za-z0-9_-]{1,63}$/, 'letters, digits, "_" or "-" only').default('rjh-bot'),
    DATA_DIR: z.string().min(1).default('./data'),
    CORPUS_DIR: commaList,
    PLAYGROUND: z.enum(['0', '1']).optional(),
    ALLOWED_TENANTS: commaList,
    ADMIN_USERS: commaList,
    ADMIN_API_KEY: optionalText.refine((key) => !key || key.length >= 16, { message: 'must be at least 16 characters' }),
    AGENDA_LEAD_DAYS: z.coerce.number({ invalid_type_error: 'must be a whole number of days' }).int().min(0).max(60).default(7),
    AGENDA_POST_TIME: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM (24-hour)').default('08:00'),
    ANSWER_THREADS: z.coerce.number({ invalid_type_error: 'must be a whole number of threads' }).int().min(0).max(16).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  });

/** Rules across variables, checked on the raw env so they are reported together with the others. */
function crossFieldProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const appId = env.MicrosoftAppId?.trim();
  const appType = env.MicrosoftAppType?.trim() || 'MultiTenant';
  if (appId && !env.MicrosoftAppPassword?.trim() && appType !== 'UserAssignedMSI') {
    problems.push('MicrosoftAppPassword: is required when MicrosoftAppId is set');
  }
  if (appType === 'SingleTenant' && !env.MicrosoftAppTenantId?.trim()) {
    problems.push('MicrosoftAppTenantId: is required when MicrosoftAppType is SingleTenant');
  }
  return problems;
}

export interface Config {
  port: number;
  /** 127.0.0.1 in local mode, 0.0.0.0 in production unless HOST says otherwise. */
  host: string;
  appId?: string;
  appPassword?: string;
  appTenantId?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  mongodbUri?: string;
  mongodbDb: string;
  dataDir: string;
  corpusDirs: string[];
  seedsDir: string;
  playground: boolean;
  allowedTenants: string[];
  adminUsers: string[];
  adminApiKey?: string;
  /** No MicrosoftAppId: unauthenticated requests are accepted (Playground, Emulator). */
  localMode: boolean;
  agendaLeadDays: number;
  agendaPostTime: string;
  timeZone: 'Europe/Stockholm';
  /** Worker threads that answer questions; 0 answers on the main thread. */
  answerThreads: number;
  logLevel: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(), cores = os.availableParallelism()): Config {
  const parsed = envSchema.safeParse(env);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`)),
    ...crossFieldProblems(env),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const localMode = !e.MicrosoftAppId;
  return {
    port: e.PORT,
    host: e.HOST ?? (localMode ? '127.0.0.1' : '0.0.0.0'),
    appId: e.MicrosoftAppId,
    appPassword: e.MicrosoftAppPassword,
    appTenantId: e.MicrosoftAppTenantId,
    appType: e.MicrosoftAppType,
    mongodbUri: e.MONGODB_URI,
    mongodbDb: e.MONGODB_DB,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    corpusDirs: (e.CORPUS_DIR.length ? e.CORPUS_DIR : ['corpus']).map((dir) => path.resolve(cwd, dir)),
    seedsDir: path.resolve(cwd, 'seeds'),
    playground: e.PLAYGROUND ? e.PLAYGROUND === '1' : localMode,
    allowedTenants: e.ALLOWED_TENANTS,
    adminUsers: e.ADMIN_USERS,
    adminApiKey: e.ADMIN_API_KEY,
    localMode,
    agendaLeadDays: e.AGENDA_LEAD_DAYS,
    agendaPostTime: e.AGENDA_POST_TIME,
    timeZone: 'Europe/Stockholm',
    answerThreads: e.ANSWER_THREADS ?? defaultAnswerThreads(cores),
    logLevel: e.LOG_LEVEL,
  };
}

/** One core stays with the main thread (HTTP, Teams turns, cards, agendas); answering takes up to four others. */
export function defaultAnswerThreads(cores: number): number {
  return Math.max(0, Math.min(4, cores - 1));
}

/**
 * Organizers run survey and agenda commands. With ADMIN_USERS unset, everyone is one in local
 * mode (so the Playground works out of the box) and nobody is in production.
 */
export function isOrganizer(config: Config, aadObjectId: string | undefined): boolean {
  if (config.adminUsers.length === 0) return config.localMode;
  return aadObjectId !== undefined && config.adminUsers.includes(aadObjectId);
}
