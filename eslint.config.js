// Lint: typescript-eslint's strict type-checked rules over the library, its tools, tests and benchmarks.
// Formatting is prettier's (.prettierrc.json), not the linter's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'docs/api/', 'coverage/', 'node_modules/', '**/*.mjs', '**/*.cjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Counts and offsets in messages are numbers; writing String(n) at every one says nothing.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // [...text] splits a string into code points, the unit the library reads Arabic-script letters in; the rule
      // would have every such split written as Array.from(text) to the same effect.
      '@typescript-eslint/no-misused-spread': 'off',
      // An element access cast to its type switches noUncheckedIndexedAccess off in silence: elementAt() states
      // the invariant and checks it (src/contract/element-at.ts).
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSAsExpression[expression.type='MemberExpression'][expression.computed=true][typeAnnotation.type=/^TS(Number|String)Keyword$/]",
          message: 'Use elementAt(list, index) from src/contract/element-at.ts instead of casting an element access.',
        },
      ],
    },
  },
  {
    // Tests, benchmarks and scripts state what they expect of a result with `!` where a failed expectation would
    // throw anyway; the library itself may not.
    files: ['test/**', 'bench/**', 'scripts/**', 'examples/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': 'off',
      // Tests feed control characters on purpose.
      'no-control-regex': 'off',
      // The fuzzer and the tests check at run time what the types already promise: that is what they are for.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // Vitest's asymmetric matchers (expect.stringMatching) are typed any.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
);
