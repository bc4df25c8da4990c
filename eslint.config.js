// Lint: TypeScript rules, React hooks rules, and the one-way import flow of STYLE.md:
// shared ← client / sw / server; features never import each other; components never touch Dexie.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const forbid = (...groups) => ({
  'no-restricted-imports': [
    'error',
    { patterns: groups.map(([regex, message]) => ({ regex, message })) },
  ],
});

const NODE_ONLY = ['^(node:|pg$|@electric-sql/pglite|fastify|@fastify/|pino)', 'Node-only module'];
const BROWSER_ONLY = ['^(dexie|react|react-dom|workbox-)', 'Browser-only module'];

const features = (() => {
  try {
    return readdirSync('src/client/features', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  } catch {
    return [];
  }
})();

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'coverage', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.{js,ts}', 'src/server/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: forbid(
      ['^@(client|server|sw)/|/(client|server|sw)/', 'shared imports nothing of ours'],
      NODE_ONLY,
      BROWSER_ONLY,
    ),
  },
  {
    files: ['src/client/**/*.{ts,tsx}'],
    rules: forbid(['^@(server|sw)/|/(server|sw)/', 'client imports only shared'], NODE_ONLY),
  },
  {
    files: ['src/sw/**/*.ts'],
    rules: forbid(['^@(client|server)/|/(client|server)/', 'sw imports only shared'], NODE_ONLY),
  },
  {
    files: ['src/server/**/*.ts'],
    rules: forbid(['^@(client|sw)/|/(client|sw)/', 'server imports only shared'], BROWSER_ONLY),
  },
  ...features.map((name) => ({
    files: [`src/client/features/${name}/**/*.{ts,tsx}`],
    ignores: [`src/client/features/${name}/components/**`],
    rules: forbid(
      [`^@client/features/(?!${name}/)`, 'features do not import each other; compose them in app/'],
      NODE_ONLY,
    ),
  })),
  ...features.map((name) => ({
    files: [`src/client/features/${name}/components/**/*.{ts,tsx}`],
    rules: forbid(
      [`^@client/features/(?!${name}/)`, 'features do not import each other; compose them in app/'],
      [
        '^dexie|^@client/db/',
        'components get values and callbacks; read Dexie in hooks, write in data/',
      ],
      NODE_ONLY,
    ),
  })),
);
