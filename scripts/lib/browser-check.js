// Run by scripts/browser-check: node browser-check.js <page.html> <screenshot.png> <chromium>
// Opens the page in headless Chromium through puppeteer-core (DevTools protocol), saves a
// screenshot of the top of the page, and exits 1 naming every console error, uncaught
// exception, failed load and HTTP error. Chromium's own --enable-logging=stderr is not enough:
// it logs console.log and console.error alike, and not resources that failed to load.
'use strict';

const path = require('path');
const {pathToFileURL} = require('url');
const puppeteer = require('puppeteer-core');

const kViewport = {width: 1200, height: 1600};  // the top of a report: title, first tables
const kTimeoutMs = 30000;
const kSettleMs = 500;  // console messages may arrive just after the load event

async function main() {
  const [page_path, screenshot_path, chromium] = process.argv.slice(2);
  const args = ['--disable-gpu', '--hide-scrollbars'];
  if (process.getuid && process.getuid() === 0) args.push('--no-sandbox');  // root has none
  const browser = await puppeteer.launch(
      {executablePath: chromium, headless: true, args, defaultViewport: kViewport});
  const errors = [];
  try {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'assert') return;
      const where = message.location();
      const at = where && where.url ? ` (${where.url}:${(where.lineNumber ?? 0) + 1})` : '';
      errors.push(`console ${message.type()}: ${message.text()}${at}`);
    });
    page.on('pageerror', (error) => errors.push(`uncaught exception: ${error.message}`));
    page.on('requestfailed', (request) => {
      errors.push(`failed to load ${request.url()}: ${request.failure()?.errorText}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(pathToFileURL(path.resolve(page_path)).href,
                    {waitUntil: 'load', timeout: kTimeoutMs});
    await new Promise((resolve) => setTimeout(resolve, kSettleMs));
    await page.screenshot({path: screenshot_path});
  } finally {
    await browser.close();
  }
  return errors;
}

main().then(
    (errors) => {
      if (errors.length === 0) process.exit(0);
      for (const e of new Set(errors)) console.error(`browser-check: ${e}`);
      process.exit(1);
    },
    (error) => {
      console.error(`browser-check: could not check the page: ${error.message}`);
      process.exit(2);
    });
