import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest } from '../contract/values.js';
import { UsageError } from './errors.js';
import { elementAt } from '../contract/element-at.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util's parseArgs, strict, with its errors as usage errors in the tool's words: an unknown option
 * names the nearest known one (`--formt`: did you mean --format?).
 */
export function parse<O extends Options>(args: readonly string[], options: O, help: string) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
    if (unknown !== undefined) {
      const names = Object.keys(options).map((name) => `--${name}`);
      const guess = unknown.startsWith('--') ? closest(unknown, names) : undefined;
      throw new UsageError(`unknown option ${unknown}${guess ? ` (did you mean ${guess}?)` : ''}`, help);
    }
    throw new UsageError(elementAt(message.split('. To specify'), 0), help);
  }
}

/** A value from a fixed set, or a usage error that lists the set and the nearest value. */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[], help: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const guess = closest(value, allowed);
  throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got "${value}")${guess ? `; did you mean ${guess}?` : ''}`, help);
}
