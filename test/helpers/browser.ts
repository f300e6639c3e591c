// Debian's chromium driven by playwright-core, for the preview tests: launch it (or say how to get
// it), open a rendered page as VS Code's webview would show it, and keep screenshots.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { previewScript } from './bundle';
import { ROOT } from './cli';
import { WEBVIEW_SCRIPT_URL } from './render';

export const CHROMIUM = process.env.STRATEGY_E2E_CHROMIUM || '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

// Root needs --no-sandbox; the closed network needs background networking, updates, sync and QUIC off.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Why the browser tests cannot run here, or undefined when they can. In CI (CI=true) a missing
 * browser is a failure, not a skip.
 */
export function browserSkipReason(): string | undefined {
  if (fs.existsSync(CHROMIUM)) return undefined;
  const message = `${CHROMIUM} is missing: run "npm run setup:e2e" (or "apt-get install chromium") to run the preview tests`;
  if (process.env.CI === 'true') throw new Error(message);
  return message;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 60_000 });
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** What VS Code sets on a webview: theme variables on <html>, a theme class on <body>. */
export const THEMES = {
  light: {
    kind: 'vscode-light',
    vars: {
      'editor-background': '#ffffff',
      foreground: '#3b3b3b',
      'editor-foreground': '#3b3b3b',
      descriptionForeground: '#717171',
      'editorWidget-background': '#f8f8f8',
      'widget-border': '#e5e5e5',
      'panel-border': '#e5e5e5',
      'textLink-foreground': '#005fb8',
      'button-background': '#005fb8',
      'button-foreground': '#ffffff',
      'charts-green': '#388a34',
      'charts-yellow': '#bf8803',
      'charts-red': '#e51400',
      'charts-blue': '#1a85ff',
      'charts-purple': '#652d90',
      errorForeground: '#e51400',
      'editorWarning-foreground': '#bf8803',
      'textBlockQuote-background': '#f2f2f2',
      focusBorder: '#005fb8',
      'font-family': 'system-ui, "Segoe UI", sans-serif',
      'font-size': '13px',
      'editor-font-family': 'monospace',
    },
  },
  dark: {
    kind: 'vscode-dark',
    vars: {
      'editor-background': '#1f1f1f',
      foreground: '#cccccc',
      'editor-foreground': '#cccccc',
      descriptionForeground: '#9d9d9d',
      'editorWidget-background': '#202020',
      'widget-border': '#313131',
      'panel-border': '#2b2b2b',
      'textLink-foreground': '#4daafc',
      'button-background': '#0078d4',
      'button-foreground': '#ffffff',
      'charts-green': '#89d185',
      'charts-yellow': '#cca700',
      'charts-red': '#f14c4c',
      'charts-blue': '#3794ff',
      'charts-purple': '#b180d7',
      errorForeground: '#f85149',
      'editorWarning-foreground': '#cca700',
      'textBlockQuote-background': '#2b2b2b',
      focusBorder: '#0078d4',
      'font-family': 'system-ui, "Segoe UI", sans-serif',
      'font-size': '13px',
      'editor-font-family': 'monospace',
    },
  },
  'high-contrast': {
    kind: 'vscode-high-contrast',
    vars: {
      'editor-background': '#000000',
      foreground: '#ffffff',
      'editor-foreground': '#ffffff',
      descriptionForeground: '#ffffff',
      'editorWidget-background': '#0c141f',
      'widget-border': '#6fc3df',
      contrastBorder: '#6fc3df',
      'textLink-foreground': '#21a6ff',
      'button-background': '#000000',
      'button-foreground': '#ffffff',
      'charts-green': '#89d185',
      'charts-yellow': '#ffd700',
      'charts-red': '#f48771',
      'charts-blue': '#3794ff',
      'charts-purple': '#b180d7',
      errorForeground: '#f48771',
      'editorWarning-foreground': '#ffd700',
      focusBorder: '#f38518',
      'font-family': 'system-ui, "Segoe UI", sans-serif',
      'font-size': '13px',
      'editor-font-family': 'monospace',
    },
  },
} as const;

export type ThemeName = keyof typeof THEMES;

export interface Posted {
  type: string;
  line?: number;
}

/** The user's preferences a page is opened with (colour scheme, forced colours, reduced motion). */
export type Media = Pick<BrowserContextOptions, 'colorScheme' | 'forcedColors' | 'reducedMotion'>;

/** The address pages are served at (by the test itself: nothing goes on the network). */
export const PAGE_URL = 'https://strategy-preview.test/';

/**
 * Opens a page served from memory; every other request the page makes is recorded in `requests`
 * (and answered with nothing), so a test can assert that a page needs no network.
 */
export async function openPage(
  browser: Browser,
  html: string,
  options: {
    viewport?: { width: number; height: number };
    initScript?: string;
    onPage?: (page: Page) => void;
    media?: Media;
  } = {},
): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ ...options.media, viewport: options.viewport ?? { width: 1280, height: 900 } });
  options.onPage?.(page);
  if (options.initScript) await page.addInitScript(options.initScript);
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === PAGE_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    requests.push(url);
    return route.abort();
  });
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  return { page, requests };
}

/**
 * Opens a webview-mode page as VS Code would: the theme's variables on <html> and its class on
 * <body>, a stubbed acquireVsCodeApi whose postMessage calls land in window.__posted, and the page
 * script (client/preview-src, bundled as esbuild.js bundles it) at WEBVIEW_SCRIPT_URL.
 */
export async function openWebviewPage(
  browser: Browser,
  html: string,
  theme: ThemeName = 'light',
  options: { viewport?: { width: number; height: number }; onPage?: (page: Page) => void; media?: Media } = {},
): Promise<Page> {
  const page = await browser.newPage({ ...options.media, viewport: options.viewport ?? { width: 1100, height: 800 } });
  options.onPage?.(page);
  const { kind, vars } = THEMES[theme];
  // A string, not a function: tsx's helpers (__name) do not exist in the page.
  await page.addInitScript(`(() => {
    const posted = [];
    let state;
    window.__posted = posted;
    Object.defineProperty(window, '__state', { get: () => state });
    window.acquireVsCodeApi = () => ({
      postMessage: (m) => { posted.push(m); },
      getState: () => state,
      setState: (s) => { state = s; },
    });
    document.addEventListener('DOMContentLoaded', () => {
      for (const [k, v] of Object.entries(${JSON.stringify(vars)})) document.documentElement.style.setProperty('--vscode-' + k, v);
      document.body.classList.add(${JSON.stringify(kind)});
    });
  })();`);
  const script = await previewScript();
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === PAGE_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    if (url === WEBVIEW_SCRIPT_URL)
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: script });
    return route.abort();
  });
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  await page.waitForFunction(() =>
    (window as unknown as { __posted: Posted[] }).__posted.some((m) => m.type === 'ready'),
  );
  return page;
}

export function posted(page: Page): Promise<Posted[]> {
  return page.evaluate(() => (window as unknown as { __posted: Posted[] }).__posted);
}

/** Resolves after the page has painted twice: scroll events of earlier scrolls have been delivered by then. */
export function twoFrames(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}
