import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MULTI_SCHEMA_FILE, reportSchema, SCHEMA_FILE } from '../scripts/build-schema.js';
import { compare, compareMany } from '../src/index.js';
import { dushanbeReport, hostileReport } from './fixtures/reports.js';
import { arbitraryReport } from './support/report-arbitrary.js';

const committed = readFileSync(SCHEMA_FILE, 'utf8');
const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(committed) as object);
const errors = (): string => JSON.stringify(validate.errors, null, 1);
/** The report as a consumer of the JSON gets it. */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the JSON Schema of the report', () => {
  test('is the one the types generate (run `npm run schema` after changing src/model/types.ts)', () => {
    expect(committed).toBe(reportSchema());
  });

  test('is what package.json exports as muqabala/schema.json, and ships', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, unknown>;
      files: string[];
    };
    expect(pkg.exports['./schema.json']).toBe('./schema/comparison-report.schema.json');
    expect(pkg.files).toContain('schema');
  });

  test('accepts the hand-built reports and what compare() returns', () => {
    const a = readFileSync(new URL('../examples/reports/bishkek.ar.txt', import.meta.url), 'utf8');
    const b = readFileSync(new URL('../examples/reports/bishkek.fa-AF.txt', import.meta.url), 'utf8');
    for (const report of [dushanbeReport(), hostileReport(), compare(a, b), compare({ text: a, language: 'ar', publishedAt: '2025-10-20' }, b)]) {
      expect(validate(json(report)), errors()).toBe(true);
    }
  });

  test('accepts arbitrary well-formed reports', () => {
    fc.assert(fc.property(arbitraryReport, (report) => validate(json(report))), { numRuns: 50 });
  });

  test('rejects a report with an unknown severity, a rule of another kind, a missing version or an extra field', () => {
    const report = json(dushanbeReport()) as { findings: Record<string, unknown>[]; version?: number; extra?: number };
    const broken = [
      { ...report, findings: [{ ...report.findings[0], severity: 'fatal' }] },
      { ...report, findings: [{ ...report.findings[0], rule: 'name/spelling' }] },
      { ...report, version: undefined },
      { ...report, extra: 1 },
    ];
    for (const r of broken) expect(validate(json(r))).toBe(false);
  });
});

describe('the JSON Schema of the multi-document report', () => {
  const multi = readFileSync(MULTI_SCHEMA_FILE, 'utf8');
  const validateMulti = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(multi) as object);

  test('is the one the types generate (run `npm run schema` after changing src/model/multi-types.ts)', () => {
    expect(multi).toBe(reportSchema('MultiReport'));
  });

  test('is what package.json exports as muqabala/multi-schema.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
    expect(pkg.exports['./multi-schema.json']).toBe('./schema/multi-report.schema.json');
  });

  test('accepts what compareMany returns, and rejects a report with a fact of an unknown status', () => {
    const read = (file: string): string => readFileSync(new URL(`../examples/reports/${file}`, import.meta.url), 'utf8');
    const many = json(compareMany(['badakhshan.ar.txt', 'badakhshan.fa-AF.txt', 'badakhshan-news.ar.txt'].map((id) => ({ id, text: read(id) }))));
    expect(validateMulti(many), JSON.stringify(validateMulti.errors, null, 1)).toBe(true);
    const broken = many as { facts: Record<string, unknown>[] };
    expect(validateMulti({ ...broken, facts: [{ ...broken.facts[0], status: 'disputed' }] })).toBe(false);
  });
});
