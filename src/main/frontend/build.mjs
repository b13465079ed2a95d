// Bundles the portal's script and styles into the application's static files, where Spring Boot
// serves them from (/portal/assets/). Run by the Maven build (npm run build).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../../../target/classes/static/portal/assets/', import.meta.url));

await build({
  entryPoints: { portal: 'src/portal.js' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  outdir: out,
  legalComments: 'linked',
  logLevel: 'info'
});
