// Bundles each service (services/<name>/src/main.ts) into services/<name>/dist/main.js, the way the
// platform runs them: plain JavaScript, no TypeScript loader in the process (tsx's loader thread
// alone holds ~33 MiB of every service's memory). The workspace's own packages, TypeScript
// sources, go into the bundle; every other package stays an import of the file it resolves to
// (relative to the bundle, so the checkout may move), loaded from node_modules as installed.
//   tsx infra/local/bundle-services.ts [<service name>…]   (all by default)
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Bare imports of anything but the workspace's packages stay imports, of the very file each resolves to. */
const installedPackagesStayExternal = (outdir: string): Plugin => ({
  name: 'installed-packages-stay-external',
  setup(plugin) {
    plugin.onResolve({ filter: /^[^./]/ }, async ({ path, kind, resolveDir, pluginData }) => {
      if (path.startsWith('@tianfu/') || path.startsWith('node:') || pluginData === 'resolving') return undefined;
      const resolved = await plugin.resolve(path, { kind, resolveDir, pluginData: 'resolving' });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: resolved.external ? path : relative(outdir, resolved.path), external: true };
    });
  },
});

async function bundleService(name: string): Promise<void> {
  const dir = join(root, 'services', name);
  await build({
    entryPoints: [join(dir, 'src', 'main.ts')],
    outdir: join(dir, 'dist'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    // The oldest Node the engines field accepts.
    target: 'node22',
    // Stack traces map to the repository's own sources, which sit beside the bundle: no copies in the map.
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
    plugins: [installedPackagesStayExternal(join(dir, 'dist'))],
  });
}

const names = process.argv.slice(2);
const all = readdirSync(join(root, 'services')).filter((name) =>
  existsSync(join(root, 'services', name, 'src', 'main.ts')),
);
await Promise.all((names.length > 0 ? names : all).map(bundleService));
