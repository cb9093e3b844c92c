/**
 * `npm run package`: checks the Teams app manifest and icons in appPackage/ and zips them into
 * appPackage/build/<app name>.zip, with the bot id taken from MicrosoftAppId.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import { z } from 'zod';
import { createSchemaValidator, manifestSchemaFile } from './official-schemas.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const HELP = `Usage: npm run package [-- --out <dir>] [-- --schemas <dir>]

Checks appPackage/manifest.json and its icons, then writes appPackage/build/<app name>.zip with
manifest.json, color.png and outline.png at the root of the zip (upload it in Teams: Apps → Manage your apps →
Upload a custom app).

Environment:
  MicrosoftAppId   the bot's Microsoft App ID (a GUID). It replaces the placeholder bot id of the committed
                   manifest in the packaged copy; without it the package keeps the placeholder, which Teams
                   will not connect to a bot (fine for checking the package, not for sideloading).

Options:
  --out <dir>      where to write the zip (default appPackage/build)
  --schemas <dir>  folder with teams-manifest-v<version>.schema.json (default ../shared/schemas); the schema
                   check is skipped, with a warning, when the folder does not exist
  -h, --help       this text`;

export const PLACEHOLDER_BOT_ID = '00000000-0000-0000-0000-000000000000';

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');

/** The part of the manifest this tool reads; the official schema checks the rest. */
const manifestShape = z
  .object({
    manifestVersion: z.string(),
    name: z.object({ short: z.string().min(1) }),
    icons: z.object({ color: z.string().min(1), outline: z.string().min(1) }),
    bots: z.array(z.object({ botId: z.string() }).passthrough()).length(1, 'must declare exactly one bot'),
  })
  .passthrough();

export const ICON_SIZES = { color: 192, outline: 32 } as const;

export class AppPackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`The Teams app package cannot be built:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

export interface BuildOptions {
  /** Folder holding manifest.json and the icons. Default appPackage/. */
  appPackageDir?: string;
  /** Default appPackage/build. */
  outDir?: string;
  /** The bot's Microsoft App ID; the placeholder stays when absent. */
  appId?: string;
  /** Default ../shared/schemas; the schema check is skipped when the folder does not exist. */
  schemasDir?: string;
}

export interface BuiltPackage {
  zipPath: string;
  manifest: Record<string, unknown>;
  /** Things worth telling the user that do not stop the build. */
  warnings: string[];
}

export function buildAppPackage(options: BuildOptions = {}): BuiltPackage {
  const appPackageDir = options.appPackageDir ?? path.join(repoRoot, 'appPackage');
  const outDir = options.outDir ?? path.join(appPackageDir, 'build');
  const schemasDir = options.schemasDir ?? path.resolve(repoRoot, '../shared/schemas');
  const problems: string[] = [];
  const warnings: string[] = [];

  const raw = readManifest(path.join(appPackageDir, 'manifest.json'));
  const shape = manifestShape.safeParse(raw);
  if (!shape.success) {
    throw new AppPackageError(shape.error.issues.map((issue) => `manifest.json ${issue.path.join('.')}: ${issue.message}`));
  }
  const manifest = withBotId(shape.data, options.appId, problems, warnings);

  if (existsSync(schemasDir)) {
    const schemaFile = manifestSchemaFile(manifest);
    if (!schemaFile || !existsSync(path.join(schemasDir, schemaFile))) {
      problems.push(`no official schema for manifestVersion ${manifest.manifestVersion} in ${schemasDir}`);
    } else {
      const errors = createSchemaValidator(schemasDir).validate(schemaFile, manifest);
      problems.push(...errors.map((error) => `manifest.json does not match ${schemaFile}: ${error}`));
    }
  } else {
    warnings.push(`schema check skipped: ${schemasDir} does not exist`);
  }

  const icons = { color: manifest.icons.color, outline: manifest.icons.outline };
  for (const kind of ['color', 'outline'] as const) {
    problems.push(...checkIcon(path.join(appPackageDir, icons[kind]), kind));
  }
  if (problems.length) throw new AppPackageError(problems);

  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  for (const file of new Set(Object.values(icons))) {
    zip.addFile(file, readFileSync(path.join(appPackageDir, file)));
  }
  mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `${fileNameFor(manifest.name.short)}.zip`);
  zip.writeZip(zipPath);
  return { zipPath, manifest, warnings };
}

function readManifest(file: string): unknown {
  if (!existsSync(file)) throw new AppPackageError([`${file} not found`]);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppPackageError([`${file} is not valid JSON: ${(error as Error).message}`]);
  }
}

type Manifest = z.infer<typeof manifestShape>;

function withBotId(manifest: Manifest, appId: string | undefined, problems: string[], warnings: string[]): Manifest {
  if (appId === undefined) {
    if (manifest.bots[0].botId === PLACEHOLDER_BOT_ID) {
      warnings.push('MicrosoftAppId is not set: the package keeps the placeholder bot id and cannot be sideloaded');
    }
    return manifest;
  }
  const parsed = guid.safeParse(appId);
  if (!parsed.success) {
    problems.push(`MicrosoftAppId ${JSON.stringify(appId)} must be a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301`);
    return manifest;
  }
  return { ...manifest, bots: [{ ...manifest.bots[0], botId: parsed.data.toLowerCase() }] };
}

/** Teams wants the color icon 192×192 and the outline icon 32×32, white on a transparent background. */
export function checkIcon(file: string, kind: keyof typeof ICON_SIZES): string[] {
  const name = path.basename(file);
  if (!existsSync(file)) return [`${kind} icon ${name} not found next to manifest.json`];
  let png: PNG;
  try {
    png = PNG.sync.read(readFileSync(file));
  } catch (error) {
    return [`${kind} icon ${name} is not a readable PNG: ${(error as Error).message}`];
  }
  const size = ICON_SIZES[kind];
  if (png.width !== size || png.height !== size) {
    return [`${kind} icon ${name} is ${png.width}×${png.height}, must be ${size}×${size}`];
  }
  if (kind === 'outline') {
    for (let i = 0; i < png.data.length; i += 4) {
      const visible = png.data[i + 3] > 0;
      const white = png.data[i] === 255 && png.data[i + 1] === 255 && png.data[i + 2] === 255;
      if (visible && !white) {
        const pixel = i / 4;
        return [`outline icon ${name} must be white on transparent; pixel (${pixel % size}, ${Math.floor(pixel / size)}) is not`];
      }
    }
  }
  return [];
}

/** "Samverkansboten – Region JH" → "samverkansboten-region-jh". */
function fileNameFor(appName: string): string {
  const slug = appName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'teams-app';
}

function optionValue(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index === -1) return undefined;
  const value = args[index + 1];
  if (!value || value.startsWith('-')) throw new AppPackageError([`${name} needs a value`]);
  return path.resolve(value);
}

function main(args: string[]): void {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(HELP);
    return;
  }
  const known = new Set(['--out', '--schemas']);
  const unknown = args.filter((arg, i) => arg.startsWith('-') && !known.has(arg) && !known.has(args[i - 1]));
  if (unknown.length) throw new AppPackageError([`unknown option ${unknown.join(', ')} (see --help)`]);
  const appId = process.env.MicrosoftAppId?.trim() || undefined;
  const built = buildAppPackage({ appId, outDir: optionValue(args, '--out'), schemasDir: optionValue(args, '--schemas') });
  for (const warning of built.warnings) console.warn(`warning: ${warning}`);
  const bot = (built.manifest.bots as Array<{ botId: string }>)[0];
  console.log(`wrote ${path.relative(process.cwd(), built.zipPath) || built.zipPath} (bot id ${bot.botId})`);
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof AppPackageError ? error.message : error);
    process.exit(1);
  }
}
