import { describe, expect, it } from 'vitest';
import { typedAddressPath } from '../../src/lib/symbol/typed-addresses.ts';

describe('typedAddressPath', () => {
  it.each<[string, string, string, string | undefined]>([
    ['/a/res/53/137', '', '/', '/A/RES/53/137/'],
    ['/A/res/53/137/', '', '/', '/A/RES/53/137/'],
    ['/e/cn.4/2002/94/add.1', '', '/', '/E/CN.4/2002/94/Add.1/'],
    ['/en/A/RES/53/137', '', '/', '/A/RES/53/137/'],
    ['/FR/a/res/53/137/', '', '/', '/A/RES/53/137/'],
    ['/Home/Mobile', '?FinalSymbol=A%2FRES%2F55%2F88&Language=E&DeviceType=Desktop', '/', '/A/RES/55/88/'],
    ['/A/CONF.157/24%20(Part%20I)', '', '/', '/A/CONF.157/24(PartI)/'],
    ['/un-docs/a/res/53/137', '', '/un-docs/', '/A/RES/53/137/'],
    ['/browse/nothing/', '', '/', undefined],
    ['/favicon.ico', '', '/', undefined],
    ['/Home/Mobile', '?Language=E', '/', undefined],
  ])('%s%s under %s → %s', (pathname, search, base, path) => {
    expect(typedAddressPath(pathname, search, base)).toBe(path);
  });
});
