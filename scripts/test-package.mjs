/**
 * Proves the npm package works where it will be used: packs it with `npm pack` from a tree without
 * `dist/` (as a fresh clone is: `prepack` must build it), installs the tarball in a fresh SvelteKit app
 * made here, builds that app, and checks the prerendered page shows the events it passed as props, in
 * English and in Indonesian. Run by `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const app = mkdtempSync(join(tmpdir(), 'news-timeline-app-'));
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

function fail(message) {
  console.error(`test-package: ${message}`);
  process.exit(1);
}

try {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', app], root).trim().split('\n').at(-1);
  if (!existsSync(join(root, 'dist/index.js'))) fail('npm pack did not build dist/ (prepack)');
  const listed = run('tar', ['-tzf', join(app, tarball)], app);
  if (!listed.includes('package/dist/index.js')) fail(`the package holds no dist/index.js:\n${listed}`);
  const version = (name) => ours.devDependencies[name] ?? fail(`${name} is not a devDependency`);
  const files = {
    'package.json': JSON.stringify({
      name: 'fresh-blog',
      private: true,
      type: 'module',
      devDependencies: {
        '@sveltejs/adapter-static': version('@sveltejs/adapter-static'),
        '@sveltejs/kit': version('@sveltejs/kit'),
        '@sveltejs/vite-plugin-svelte': version('@sveltejs/vite-plugin-svelte'),
        svelte: version('svelte'),
        vite: version('vite'),
        'news-timeline': `file:./${tarball}`
      }
    }),
    'svelte.config.js': `import adapter from '@sveltejs/adapter-static';\nexport default { kit: { adapter: adapter() } };\n`,
    'vite.config.js': `import { sveltekit } from '@sveltejs/kit/vite';\nexport default { plugins: [sveltekit()] };\n`,
    'src/app.html': `<!doctype html><html lang="en"><head><meta charset="utf-8" />%sveltekit.head%</head><body>%sveltekit.body%</body></html>\n`,
    'src/routes/+layout.js': 'export const prerender = true;\n',
    'src/routes/+page.svelte': `<script>
  import { Timeline, EventList, validateDataset, countNotices, eventSummary, id, idDetails } from 'news-timeline';
  import 'news-timeline/theme.css';
  const data = {
    sources: [{ id: 'blog', outlet: 'My blog', title: 'A post', published: { date: '2024-05-01', derivation: 'the post says so' }, language: 'en' }],
    events: [
      { id: 'first-event', start: '2024-05-01', title: { en: 'My first event', id: 'Peristiwa pertamaku' }, claims: [{ en: 'It began.', id: 'Dimulai.', cites: [0] }], category: 'summit', sources: [{ source: 'blog', quote: 'It began.', translation: 'It began.' }] },
      { id: 'second-event', start: '2024-06', title: { en: 'My second event', id: 'Peristiwa keduaku' }, summary: { en: 'It went on.', id: 'Berlanjut.' }, category: 'travel', sources: [{ source: 'blog', quote: 'It went on.', translation: 'It went on.' }] }
    ]
  };
  const { dataset, issues, notices } = validateDataset({ file: 'inline', data, texts: {} });
  const { unchecked, uncited } = countNotices(notices);
</script>
<p id="counts">{dataset.events.length} valid, {issues.length} issues, {unchecked} unchecked, {uncited} not sentence-cited</p>
<p id="summary">{eventSummary(dataset.events[0]).en}</p>
<Timeline events={dataset.events} sources={dataset.sources} />
<EventList events={dataset.events} sources={dataset.sources} locale="en" />
<div id="indonesian"><Timeline events={dataset.events} sources={dataset.sources} locale="id" messages={id} idPrefix="id" /><EventList events={dataset.events} sources={dataset.sources} locale="id" t={idDetails} /></div>
`
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(app, name, '..'), { recursive: true });
    writeFileSync(join(app, name), text);
  }
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app);
  run('npx', ['vite', 'build', '--logLevel', 'error'], app);
  const html = readFileSync(join(app, 'build/index.html'), 'utf8');
  const expected = [
    '2 valid, 0 issues, 2 unchecked, 1 not sentence-cited',
    '<p id="summary">It began.</p>',
    'href="#event-first-event-quote-0"',
    'My first event',
    'My second event',
    'aria-label="Timeline"',
    'Peristiwa pertamaku',
    '1 Mei 2024',
    'Juni 2024'
  ];
  const missing = expected.filter((text) => !html.includes(text));
  if (missing.length > 0)
    fail(`the fresh app's page lacks ${missing.map((m) => JSON.stringify(m)).join(', ')}`);
  console.log(`test-package: ${tarball} installs and renders in a fresh SvelteKit app`);
  console.log('test-package: 1 passed, 0 failed');
} finally {
  rmSync(app, { recursive: true, force: true });
}
