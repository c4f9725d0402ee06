/**
 * An esbuild plugin for Vite's `import.meta.glob('./[dir/]*\/file.ts', { eager: true, import: 'default' })`, the one
 * form the code uses (the console registry, catalog/consoles/index.ts; the catalog's data files, catalog/index.ts), so a page bundled with esbuild — the
 * card's harness — runs the same registry as the extension. Any other form fails the build, loudly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

const GLOB = /import\.meta\.glob(?:<[^>]*>)?\(\s*'([^']+)'\s*,\s*(\{[^}]*\})\s*\)/g;

export const importGlob: Plugin = {
  name: 'import-meta-glob',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.glob')) return undefined;
      const imports: string[] = [];
      const contents = source.replace(GLOB, (_all, pattern: string, options: string) => {
        const match = /^\.\/((?:[^*]+\/)?)\*\/([^/*]+)$/.exec(pattern);
        if (!match || !/eager:\s*true/.test(options) || !/import:\s*'default'/.test(options)) {
          throw new Error(`${args.path}: unsupported import.meta.glob(${pattern}, ${options})`);
        }
        const prefix = match[1] as string;
        const file = match[2] as string;
        const dir = join(dirname(args.path), prefix);
        const entries = readdirSync(dir, { withFileTypes: true })
          .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, file)))
          .map((d) => {
            const name = `__glob${imports.length}`;
            imports.push(`import ${name} from './${prefix}${d.name}/${file}';`);
            return `'./${prefix}${d.name}/${file}': ${name}`;
          });
        return `({ ${entries.join(', ')} })`;
      });
      return { contents: `${imports.join('\n')}\n${contents}`, loader: 'ts' };
    });
  },
};
