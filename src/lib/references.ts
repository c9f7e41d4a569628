/**
 * Turning the ways documents cite each other into symbols. A resolution number means different
 * symbols in different bodies: "resolution 53/137" in General Assembly usage is A/RES/53/137,
 * "resolution 1999/45" of the Commission on Human Rights is E/CN.4/RES/1999/45.
 */
import type { BodyName } from './bodies.ts';

/** Symbol prefixes of the resolutions of each body that numbers them by year. */
const YEAR_NUMBERED_RESOLUTIONS: Partial<Record<BodyName, string>> = {
  'Commission on Human Rights': 'E/CN.4/RES/',
  'Economic and Social Council': 'E/RES/',
};

/**
 * The symbol of a resolution cited by number, given the body that adopted it: session-numbered
 * ("53/137") resolutions are the General Assembly's; year-numbered ("1999/45") ones belong to
 * the body named, or are unknown (undefined) when that body is not known.
 */
export function resolutionSymbol(number: string, adoptedBy: BodyName | undefined): string | undefined {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(number);
  if (!match) return undefined;
  const isYear = match[1]!.length === 4;
  if (!isYear) return adoptedBy === undefined || adoptedBy === 'General Assembly' ? `A/RES/${number}` : undefined;
  const prefix = adoptedBy ? YEAR_NUMBERED_RESOLUTIONS[adoptedBy] : undefined;
  return prefix ? `${prefix}${number}` : undefined;
}
