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
  let workDir: string;
  let bot: BotProcess | undefined;
  let playground: Playground | undefined;
  let browser: Browser | undefined;
  let ui: PlaygroundPage;
  let failed = false;

  beforeAll(async () => {
    workDir = mkdtempSync(path.join(os.tmpdir(), 'rjh-e2e-'));
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

  it('shows the open questionnaire on enkät, stores the answers and shows them when reopened', async () => {
    await scenario('personal-survey', async () => {
      const { page } = ui;
      await ui.open('Personal Chat');
      await ui.sendAndWaitFor('enkät', /Frågor för uppföljning av samverkan/);
      const card = ui.cards('Frågor för uppföljning av samverkan').last();

      const bodies = card.locator('input[role="combobox"]');
      if (await bodies.count()) {
        await bodies.first().click();
        await page.locator('[role="option"]', { hasText: 'SocSam' }).first().click();
      }
      const groups = await card.locator('input[type="radio"]').evaluateAll((inputs) => [...new Set(inputs.map((input) => input.getAttribute('name')))]);
      expect(groups.length).toBeGreaterThanOrEqual(5);
      for (const group of groups) await card.locator(`input[type="radio"][name="${group}"]`).nth(1).check();
      const checkedBefore = await page.locator('input[type="radio"]:checked').count();
      await card.getByRole('button', { name: 'Skicka svar' }).click();
      await expect.poll(() => ui.conversationText(), { timeout: 30_000 }).toMatch(/Tack! Dina svar är sparade/);

      // Reopened, the card is the member's own: answered, with every choice selected again.
      await ui.sendAndWaitFor('enkät', /Du svarade/);
      await expect.poll(() => page.locator('input[type="radio"]:checked').count(), { timeout: 10_000 }).toBe(checkedBefore + groups.length);
    });
  });

  it('answers an @mention in the General channel of the team', async () => {
    await scenario('channel-mention', async () => {
      await ui.open('General');
      // Opening the channel the first time installs the bot in the team; a post sent before its welcome can be lost.
      await expect.poll(() => ui.conversationText(), { timeout: 30_000 }).toMatch(/Nämn mig \(@\)/);
      const text = await ui.sendAndWaitFor('hjälp', /prenumerera dagordning/, { mention: 'Test Bot' });
      expect(text).toMatch(/posta dagordning/);
    });
  });

  it('shows all 13 items of the samverkansråd agenda of 2022-02-07 in General', async () => {
    await scenario('channel-agenda', async () => {
      await ui.open('General');
      await ui.sendAndWaitFor('dagordning samverkansrådet 2022-02-07', /Föredragande/, { mention: 'Test Bot' });
      const card = ui.cards('Regionens samverkansråd', 'Föredragande').last();
      const text = await card.innerText();
      const itemNumbers = [...text.matchAll(/^(\d+)\.\s/gm)].map((match) => Number(match[1]));
      expect(itemNumbers).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
      expect(text).toMatch(/13:00/);
      expect(text).toMatch(/Elise Ryder Wikén/);
    });
  });

  it('posts the agenda in General as a new post once, and not again when asked twice', async () => {
    await scenario('channel-post-agenda', async () => {
      await ui.open('General');
      const agendaCards = () => ui.cards('Regionens samverkansråd', 'Föredragande').count();
      const before = await agendaCards();
      await ui.sendAndWaitFor('posta dagordning 2022-02-07', /postad som ett nytt inlägg/, { mention: 'Test Bot' });
      await expect.poll(agendaCards, { timeout: 30_000 }).toBe(before + 1);

      await ui.sendAndWaitFor('posta dagordning 2022-02-07', /redan postad/, { mention: 'Test Bot' });
      expect(await agendaCards()).toBe(before + 1);
    });
  });
});
