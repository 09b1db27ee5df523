import { describe, expect, it } from 'vitest';
import { contentScriptSizes, popupSize, SIZE_BUDGETS } from '../../bench/sizes';
import { PLATFORMS } from '../../lib/platforms';
import { CHROME_BUILD, FIREFOX_BUILD } from './support/paths';

// Sizes are deterministic, so unlike the bench's timings they can fail a build. Here rather than in
// the unit suite because they read what `npm run build` produced, as the browser tests do.
describe.each([
  ['Chrome', CHROME_BUILD],
  ['Firefox', FIREFOX_BUILD],
])('bundle sizes of the %s build', (_name, build) => {
  it.each(PLATFORMS)('injects at most 12,000 B gzip into a %s page', (platform) => {
    const { files, gzip } = contentScriptSizes(build)[platform];
    expect(files.length).toBeGreaterThan(0);
    expect(gzip, JSON.stringify(files)).toBeLessThanOrEqual(SIZE_BUDGETS.contentScript);
  });

  it('loads at most 45,000 B gzip of script and style in the popup', () => {
    const { files, gzip } = popupSize(build);
    expect(files.some(({ file }) => file.endsWith('.js'))).toBe(true);
    expect(gzip, JSON.stringify(files)).toBeLessThanOrEqual(SIZE_BUDGETS.popup);
  });
});
