/** Drives the Microsoft 365 Agents Playground web page with playwright-core in headless Debian Chromium. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM_PATH);
export const chromiumSkipReason = `${CHROMIUM_PATH} not found: install Debian's chromium (apt-get install -y chromium) to run the browser tests`;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** How long a bot reply may take to show up (answers search the whole corpus). */
const REPLY_TIMEOUT_MS = 30_000;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
}

export type Conversation = 'Personal Chat' | 'General' | 'Announcements';

export interface PlaygroundPage {
  page: Page;
  /** Requests to anything but loopback, refused so the run proves the Playground works offline. */
  blockedRequests: string[];
  open(conversation: Conversation): Promise<void>;
  /** Sends `text` (after an @mention of `mention`, when given) and waits until one more `expected` match shows. */
  sendAndWaitFor(text: string, expected: RegExp, options?: { mention?: string }): Promise<string>;
  conversationText(): Promise<string>;
  /** Adaptive Cards on screen whose text contains every one of `texts`. */
  cards(...texts: string[]): Locator;
  screenshot(file: string): Promise<string>;
}

export async function openPlayground(browser: Browser, url: string): Promise<PlaygroundPage> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'sv-SE' });
  page.setDefaultTimeout(REPLY_TIMEOUT_MS);
  const blockedRequests: string[] = [];
  await page.route('**/*', (route) => {
    const target = new URL(route.request().url());
    if (target.protocol === 'data:' || target.hostname === '127.0.0.1' || target.hostname === 'localhost') return route.continue();
    blockedRequests.push(target.href);
    return route.abort('internetdisconnected');
  });
  await page.goto(url, { timeout: 60_000 });
  // The signed-in mock user appears once the Playground has loaded its configuration and reached the bot.
  await page.getByText('Alex Wilber').first().waitFor({ timeout: 60_000 });
  await page.locator('[data-lexical-editor="true"]').first().waitFor({ timeout: 60_000 });
  // The log panel repeats every message; hide it so page text is the conversation only.
  await page.locator('button[title="Toggle Log Panel"]').click();
  await page.getByText('Log Panel', { exact: true }).waitFor({ state: 'hidden' });

  const conversationText = () => page.locator('body').innerText();
  const countMatches = async (pattern: RegExp) =>
    (await conversationText()).match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))?.length ?? 0;

  return {
    page,
    blockedRequests,
    conversationText,
    cards(...texts) {
      return texts.reduce((cards, text) => cards.filter({ hasText: text }), page.locator('.ac-adaptiveCard'));
    },
    async open(conversation) {
      const label = conversation === 'Personal Chat' ? conversation : `My Team - ${conversation}`;
      await page.locator(`[aria-label="${label}"]`).click();
      await page.locator('[data-lexical-editor="true"]').first().waitFor();
    },
    async sendAndWaitFor(text, expected, options = {}) {
      const before = await countMatches(expected);
      // In a channel the first editor is "Start a new post"; the others reply to existing posts.
      await page.locator('[data-lexical-editor="true"]').first().click();
      if (options.mention) {
        await page.keyboard.type(`@${options.mention.slice(0, 3)}`);
        await page.locator('[role="menu"] [role="menuitem"]', { hasText: options.mention }).first().click();
        await page.keyboard.type(' ');
      }
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      const deadline = Date.now() + REPLY_TIMEOUT_MS;
      while ((await countMatches(expected)) <= before) {
        if (Date.now() > deadline) {
          throw new Error(`no new text matching ${expected} within ${REPLY_TIMEOUT_MS} ms after sending "${text}"`);
        }
        await page.waitForTimeout(250);
      }
      return conversationText();
    },
    async screenshot(file) {
      const target = path.resolve(file);
      await page.screenshot({ path: target, fullPage: true });
      return target;
    },
  };
}
