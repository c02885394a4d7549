import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { importX, createNodeResolver } from 'eslint-plugin-import-x'

// One zone per app: an app may not import another app (each Fiori app stands alone).
const apps = readdirSync('src/apps', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
const appIsolation = apps.map((app) => ({
  target: `./src/apps/${app}`,
  from: './src/apps',
  except: [`./${app}`],
  message: 'One app never imports another: share code through src/ui or src/api.',
}))

// The layers of docs/architecture: dependencies point down only.
// apps → ui, api;  ui → api;  api → domain (types and pure helpers);  mocks → api, domain;  domain → nothing.
// server (the Node host) → mocks, api/contracts; nothing in the app imports the server.
const layerZones = [
  {
    target: ['./src/domain', './src/api', './src/mocks', './src/ui', './src/apps', './src/*.{ts,tsx}'],
    from: './src/server',
    message: 'src/server is the Node host: nothing the browser runs imports it.',
  },
  { target: './src/server', from: ['./src/ui', './src/apps'], message: 'The lab server hosts the backend: it knows no screen.' },
  {
    target: './src/server',
    from: './src/api',
    except: ['./contracts', './api-error.ts'],
    message: 'The lab server hosts the backend: of src/api it imports only the wire contracts, never the client.',
  },
  { target: './src/domain', from: './src', except: ['./domain'], message: 'src/domain is pure: it imports nothing outside itself.' },
  { target: './src/api', from: ['./src/mocks', './src/ui', './src/apps'], message: 'src/api is the client contract: it knows no screen and no mock.' },
  { target: './src/mocks', from: ['./src/ui', './src/apps'], message: 'The simulated backend knows no screen.' },
  { target: './src/ui', from: ['./src/mocks', './src/apps', './src/domain'], message: 'The shell shows what the API says: no mocks, no apps, no domain rules.' },
  { target: './src/apps', from: ['./src/mocks', './src/domain'], message: 'Apps show what the API says: never import the mocks or recompute domain rules.' },
]

/** zod's `z` only from src/api/contracts/zod.ts (types may come from 'zod'). */
const zodRestriction = {
  name: 'zod',
  allowTypeImports: true,
  message: 'Import z from src/api/contracts/zod.ts: it makes zod jitless before any schema exists (CSP).',
}

export default tseslint.config(
  { ignores: ['dist', 'dist-server', '.rotation-lab-data', '.tmp', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', 'bench-results', 'demo-output'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...appIsolation] }],
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML: render text.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // React's rules only where React is: they run the React Compiler over each file (half of the lint's
    // time when they also read the domain, the backend, the server and the tests).
    files: ['src/{apps,ui,api}/**/*.{ts,tsx}', 'src/*.tsx', 'scripts/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // No import cycles in the app: a cycle makes the load order decide what a module sees at start-up,
    // and it blurs which of two modules is the lower one. Type-only imports do not count.
    files: ['src/**/*.{ts,tsx}'],
    settings: {
      // no-cycle reads the imported files: it has to know that .ts and .tsx are modules it may parse.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/external-module-folders': ['node_modules'],
      // One lint run parses each module once (the default forgets a module after 30 s, mid-run).
      'import-x/cache': { lifetime: Infinity },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Schemas take z from src/api/contracts/zod.ts, which makes zod jitless before the first schema is
    // created (the Content-Security-Policy forbids eval; a schema made before that reports a violation).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/contracts/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [zodRestriction] }] },
  },
  {
    // AnalyticalTable sizes its columns from one measurement at mount: src/ui/table waits for a width first.
    files: ['src/apps/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            zodRestriction,
            {
              name: '@ui5/webcomponents-react',
              importNames: ['AnalyticalTable'],
              message: "Use src/ui/table/analytical-table: it mounts UI5's table only once it has a width.",
            },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure TypeScript: no package at all (no React, no MSW, no Node), only its own files.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts', 'src/domain/**/*.bench.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\.{1,2}/)', message: 'src/domain imports nothing but its own files.' }] },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'The domain has no storage.' },
        { name: 'indexedDB', message: 'The domain has no storage.' },
        { name: 'fetch', message: 'The domain has no network.' },
        { name: 'document', message: 'The domain has no DOM.' },
        { name: 'window', message: 'The domain has no DOM.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Today is an argument in the domain, never the wall clock.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'NewExpression[callee.name="Date"][arguments.length=0]', message: 'Today is an argument in the domain, never the wall clock.' },
      ],
    },
  },
  {
    // Test support beside the domain may use Vitest's expect, and still nothing else.
    files: ['src/domain/testing/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\.{1,2}/|vitest$)', message: 'Domain test support imports only its own files and vitest.' }] },
      ],
    },
  },
)
