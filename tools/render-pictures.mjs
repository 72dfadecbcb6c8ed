// Renders every process in bpmn/ and every decision in dmn/ into docs/images/ with bpmn-js and dmn-js in
// headless Chromium (the system's Chromium, never a downloaded one), and writes docs/images/manifest.json with
// the SHA-256 of each model file, so models.ModelPicturesTest can tell when a picture is stale.
//
//   npm run pictures                         # uses /usr/bin/chromium
//   CHROMIUM_PATH=/path/to/chromium npm run pictures
//
// Processes become SVG (bpmn-js exports the diagram itself: small, sharp at any zoom, readable in a diff).
// Decisions become PNG: dmn-js draws decision tables and literal expressions as HTML, which has no SVG export.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'docs', 'images');

const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run'];

const DECISION_CONTENT = '.dmn-decision-table-container > .tjs-container, '
  + '.dmn-literal-expression-container > .viewer-container, .dmn-boxed-expression-container > *';

const asset = (file) => require.resolve(file);

async function modelFiles(dir, extension) {
  const names = (await readdir(path.join(root, dir))).filter((name) => name.endsWith(extension)).sort();
  return Promise.all(names.map(async (name) => {
    const bytes = await readFile(path.join(root, dir, name));
    return { file: `${dir}/${name}`, xml: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
  }));
}

// bpmn-js gives arrow-head markers random ids on every run; numbered ids keep an unchanged model's SVG unchanged
function withStableMarkerIds(svg) {
  const ids = [...svg.matchAll(/<marker id="([^"]+)"/g)].map((match) => match[1]);
  return ids.reduce((result, id, index) => result.replaceAll(id, `marker-${index + 1}`), svg);
}

async function renderProcesses(browser, model) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.setContent('<div id="canvas" style="width:1600px;height:1000px"></div>');
  await page.addStyleTag({ path: asset('bpmn-js/dist/assets/bpmn-js.css') });
  await page.addScriptTag({ path: asset('bpmn-js/dist/bpmn-viewer.production.min.js') });
  const pictures = await page.evaluate(async (xml) => {
    const viewer = new window.BpmnJS({ container: '#canvas' });
    await viewer.importXML(xml);
    const processes = viewer.getDefinitions().rootElements.filter((element) => element.$type === 'bpmn:Process');
    const { svg } = await viewer.saveSVG();
    return processes.map((process) => ({ id: process.id, svg }));
  }, model.xml);
  await page.close();
  const images = [];
  for (const { id, svg } of pictures) {
    await writeFile(path.join(out, `${id}.svg`), withStableMarkerIds(svg) + '\n');
    images.push(`${id}.svg`);
  }
  return images;
}

// The view containers stretch to the viewport; the picture is the box around what they actually draw.
function contentBox(selector) {
  const content = document.querySelector(selector);
  const boxes = [...content.querySelectorAll('*')]
    .filter((element) => !element.closest('.bjs-powered-by'))
    .map((element) => element.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0 && box.height < window.innerHeight / 2);
  const left = Math.min(...boxes.map((box) => box.left)) - 8;
  const top = Math.min(...boxes.map((box) => box.top)) - 8;
  const right = Math.max(...boxes.map((box) => box.right)) + 8;
  const bottom = Math.max(...boxes.map((box) => box.bottom)) + 8;
  return { x: Math.max(0, left), y: Math.max(0, top), width: right - left, height: bottom - top };
}

async function renderDecisions(browser, model) {
  const page = await browser.newPage({ viewport: { width: 1800, height: 6000 }, deviceScaleFactor: 1 });
  await page.setContent('<body style="margin:0;background:#fff"><div id="canvas" style="display:inline-block;padding:16px"></div></body>');
  for (const css of ['diagram-js.css', 'dmn-js-shared.css', 'dmn-js-drd.css', 'dmn-js-decision-table.css',
    'dmn-js-literal-expression.css', 'dmn-js-boxed-expression.css']) {
    await page.addStyleTag({ path: asset(`dmn-js/dist/assets/${css}`) });
  }
  await page.addStyleTag({ content: '.view-drd { display: none !important; }' });
  await page.addScriptTag({ path: asset('dmn-js/dist/dmn-viewer.production.min.js') });
  await page.evaluate(async (xml) => {
    window.viewer = new window.DmnJS({ container: '#canvas' });
    await window.viewer.importXML(xml);
  }, model.xml);
  const views = await page.evaluate(() => window.viewer.getViews()
    .filter((view) => view.type === 'decisionTable' || view.type === 'literalExpression')
    .map((view) => view.element.id));
  const images = [];
  for (const id of views) {
    await page.evaluate(async (decisionId) => {
      const view = window.viewer.getViews().find((candidate) => candidate.element.id === decisionId);
      await window.viewer.open(view);
    }, id);
    const clip = await page.evaluate(contentBox, DECISION_CONTENT);
    await page.screenshot({ path: path.join(out, `${id}.png`), clip });
    images.push(`${id}.png`);
  }
  await page.close();
  return images;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: CHROMIUM_FLAGS
});
try {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const manifest = {};
  for (const model of await modelFiles('bpmn', '.bpmn')) {
    manifest[model.file] = { sha256: model.sha256, images: await renderProcesses(browser, model) };
  }
  for (const model of await modelFiles('dmn', '.dmn')) {
    manifest[model.file] = { sha256: model.sha256, images: await renderDecisions(browser, model) };
  }
  await writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`Pictures of ${Object.keys(manifest).length} models written to ${path.relative(root, out)}/`);
} finally {
  await browser.close();
}
