import encodeQR from '@paulmillr/qr';

/** The quiet zone scanners need around a code, in modules. */
const QUIET_ZONE = 4;

/**
 * A QR code as one SVG path of dark modules, one unit each, and its size in modules (quiet zone
 * included): drawn by the page itself, so it scales to a projector or a printed sheet.
 */
export function qrPath(text: string): { size: number; path: string } {
  const modules = encodeQR(text, 'raw', { ecc: 'medium', border: QUIET_ZONE });
  const path = modules
    .flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x} ${y}h1v1h-1z`] : [])))
    .join('');
  return { size: modules.length, path };
}
