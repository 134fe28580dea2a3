import base from './vite.embed.config';
import { gzipSync } from 'node:zlib';
const config = await (typeof base === 'function' ? (base as any)({ command: 'build', mode: 'production' }) : base);
config.plugins.push({
  name: 'sizes', generateBundle(_o: unknown, bundle: any) {
    for (const [name, c] of Object.entries<any>(bundle)) {
      if (c.type !== 'chunk' || !name.startsWith('news-timeline')) continue;
      const rows = Object.entries<any>(c.modules).map(([id, m]) => [id.replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/'), m.renderedLength, m.code ? gzipSync(m.code).length : 0]);
      rows.sort((a: any, b: any) => b[2] - a[2]);
      for (const r of rows) console.log(String(r[2]).padStart(6), String(r[1]).padStart(7), r[0]);
    }
  }
});
config.build.minify = false;
config.build.rollupOptions.output.minify = false;
config.build.outDir = '/tmp/embed-sizes';
export default config;
