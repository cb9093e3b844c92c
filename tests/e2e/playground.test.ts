/**
 * The bot and Microsoft 365 Agents Playground, both real processes, driven through the Playground's web
 * page in headless Chromium. Everything runs on loopback; requests to anything else are refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { startPlayground, type Playground } from '../../src/teams/playground.js';
import { freePort, startBot, type BotProcess } from './bot-process.js';
import { chromiumAvailable, chromiumSkipReason, launchBrowser, openPlayground, type PlaygroundPage } from './playground-page.js';

if (!chromiumAvailable) console.warn(`[e2e] skipped: ${chromiumSkipReason}`);

describe.skipIf(!chromiumAvailable)(chromiumAvailable ? 'the bot in Microsoft 365 Agents Playground' : `browser tests skipped: ${chromiumSkipReason}`, () => {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'rjh-e2e-'));
  let bot: BotProcess | undefined;
  let playground: Playground | undefined;
  let browser: Browser | undefined;
  let ui: PlaygroundPage;
  let failed = false;

  beforeAll(async () => {
    bot = await startBot({ dataDir: path.join(workDir, 'data') });
    playground = await startPlayground({
      botUrl: bot.messagesUrl,
      port: await freePort(),
      log: silentLogger,
      logFile: path.join(workDir, 'playground.log'),
    });
    browser = await launchBrowser();
    ui = await openPlayground(browser, playground.url);
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await playground?.stop();
    await bot?.stop();
    if (failed) console.warn(`[e2e] screenshots, bot data and the Playground log kept in ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  });

  /** Runs a scenario; on failure saves a screenshot and adds its path and the bot's output to the error. */
  async function scenario(name: string, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      failed = true;
      const shot = await ui.screenshot(path.join(workDir, `${name}.png`)).catch((why) => `(no screenshot: ${why})`);
      const botTail = bot?.output().split('\n').slice(-40).join('\n');
      const blocked = ui.blockedRequests.length ? `\nRefused non-loopback requests: ${[...new Set(ui.blockedRequests)].join(', ')}` : '';
      throw new Error(`${(error as Error).message}\nScreenshot: ${shot}${blocked}\nBot output (tail):\n${botTail}`, { cause: error });
    }
  }

  it('answers hjälp in the personal chat with the list of commands', async () => {
    await scenario('personal-help', async () => {
      await ui.open('Personal Chat');
      const text = await ui.sendAndWaitFor('hjälp', /prenumerera dagordning/);
      expect(text).toMatch(/enkät/);
      expect(text).toMatch(/posta dagordning/);
    });
  });

  it('answers a question from the documents in the personal chat', async () => {
    await scenario('personal-question', async () => {
      await ui.open('Personal Chat');
      // The dev question set (D01) expects the chair's surname from 001, lines 596-597.
      await ui.sendAndWaitFor('who chairs kommunchefsgruppen', /Byström/);
    });
  });

  it('answers an @mention in the General channel of the team', async () => {
    await scenario('channel-mention', async () => {
      await ui.open('General');
      const text = await ui.sendAndWaitFor('hjälp', /prenumerera dagordning/, { mention: 'Test Bot' });
      expect(text).toMatch(/posta dagordning/);
    });
  });
});
