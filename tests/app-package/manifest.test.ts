import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppPackageError, buildAppPackage, checkIcon, PLACEHOLDER_BOT_ID } from '../../src/cli/package-app.js';
import { schemasAvailable, schemasDir, schemaSkipReason, validateManifest } from '../helpers/schemas.js';

const appPackageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../appPackage');
const readManifest = () => JSON.parse(readFileSync(path.join(appPackageDir, 'manifest.json'), 'utf8'));

if (!schemasAvailable) console.warn(`[app-package] ${schemaSkipReason}`);

describe('the committed manifest', () => {
  it.skipIf(!schemasAvailable)(`validates against the official schema of its manifestVersion${schemasAvailable ? '' : ` (skipped: ${schemaSkipReason})`}`, () => {
    expect(validateManifest(readManifest())).toEqual([]);
  });

  it.skipIf(!schemasAvailable)('is rejected by the schema when a required field is missing', () => {
    const { developer: _dropped, ...withoutDeveloper } = readManifest();
    expect(validateManifest(withoutDeveloper).join('\n')).toMatch(/developer/);
  });

  it('offers the bot in personal chats, teams and group chats with a Swedish command list per scope', () => {
    const [bot] = readManifest().bots;
    expect(bot.scopes).toEqual(expect.arrayContaining(['personal', 'team', 'groupChat']));
    const commandsByScope = Object.fromEntries(bot.commandLists.map((list: { scopes: string[]; commands: Array<{ title: string }> }) => [list.scopes[0], list.commands.map((command) => command.title)]));
    for (const scope of ['personal', 'team', 'groupChat']) expect(commandsByScope[scope]).toEqual(expect.arrayContaining(['hjälp', 'enkät']));
    expect(commandsByScope.team).toEqual(expect.arrayContaining(['posta dagordning <datum>', 'prenumerera dagordning <organ>']));
  });

  it('keeps the placeholder bot id, so no real app id is committed', () => {
    expect(readManifest().bots[0].botId).toBe(PLACEHOLDER_BOT_ID);
  });
});

describe('the icons', () => {
  it('are a 192×192 color icon and a 32×32 outline icon', () => {
    const size = (file: string) => {
      const png = PNG.sync.read(readFileSync(path.join(appPackageDir, file)));
      return [png.width, png.height];
    };
    expect(size('color.png')).toEqual([192, 192]);
    expect(size('outline.png')).toEqual([32, 32]);
    expect(checkIcon(path.join(appPackageDir, 'color.png'), 'color')).toEqual([]);
    expect(checkIcon(path.join(appPackageDir, 'outline.png'), 'outline')).toEqual([]);
  });

  it('refuses a color icon of the wrong size and an outline icon that is not white on transparent', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'icons-'));
    try {
      const write = (file: string, size: number, rgba: [number, number, number, number]) => {
        const png = new PNG({ width: size, height: size });
        for (let i = 0; i < png.data.length; i += 4) png.data.set(rgba, i);
        writeFileSync(path.join(dir, file), PNG.sync.write(png));
      };
      write('small.png', 96, [0, 84, 150, 255]);
      write('blue-outline.png', 32, [0, 84, 150, 255]);
      expect(checkIcon(path.join(dir, 'small.png'), 'color')).toEqual(['color icon small.png is 96×96, must be 192×192']);
      expect(checkIcon(path.join(dir, 'blue-outline.png'), 'outline')[0]).toMatch(/white on transparent/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run package', () => {
  let outDir: string;
  beforeEach(() => {
    outDir = mkdtempSync(path.join(os.tmpdir(), 'app-package-'));
  });
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  it('zips manifest.json, color.png and outline.png at the root, with the bot id from MicrosoftAppId', () => {
    const appId = '3F2504E0-4F89-11D3-9A0C-0305E82C3301';
    const built = buildAppPackage({ outDir, appId, schemasDir });

    expect(path.dirname(built.zipPath)).toBe(outDir);
    const zip = new AdmZip(built.zipPath);
    expect(zip.getEntries().map((entry) => entry.entryName).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const packaged = JSON.parse(zip.readAsText('manifest.json'));
    expect(packaged.bots[0].botId).toBe(appId.toLowerCase());
    expect(packaged.id).toBe(readManifest().id);
    expect(zip.readFile('color.png')).toEqual(readFileSync(path.join(appPackageDir, 'color.png')));
    if (schemasAvailable) expect(validateManifest(packaged)).toEqual([]);
  });

  it('builds with the placeholder bot id and says so when MicrosoftAppId is not set', () => {
    const built = buildAppPackage({ outDir, schemasDir });
    expect((built.manifest.bots as Array<{ botId: string }>)[0].botId).toBe(PLACEHOLDER_BOT_ID);
    expect(built.warnings.join('\n')).toMatch(/MicrosoftAppId is not set/);
  });

  it('refuses an app id that is not a GUID', () => {
    const build = () => buildAppPackage({ outDir, appId: 'my-bot', schemasDir });
    expect(build).toThrow(AppPackageError);
    expect(build).toThrow(/MicrosoftAppId "my-bot" must be a GUID/);
  });

  it.skipIf(!schemasAvailable)('refuses a manifest that breaks the official schema, naming the field', () => {
    const brokenDir = mkdtempSync(path.join(os.tmpdir(), 'broken-package-'));
    try {
      cpSync(appPackageDir, brokenDir, { recursive: true, filter: (source) => !source.includes(`${path.sep}build`) });
      const manifest = readManifest();
      manifest.description.short = 'x'.repeat(81);
      writeFileSync(path.join(brokenDir, 'manifest.json'), JSON.stringify(manifest));
      expect(() => buildAppPackage({ appPackageDir: brokenDir, outDir, schemasDir })).toThrow(/\/description\/short/);
    } finally {
      rmSync(brokenDir, { recursive: true, force: true });
    }
  });

  it('skips the schema check with a warning when the schema folder is absent', () => {
    const built = buildAppPackage({ outDir, schemasDir: path.join(outDir, 'no-schemas-here') });
    expect(built.warnings.join('\n')).toMatch(/schema check skipped/);
  });
});
