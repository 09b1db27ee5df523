import { qrPath } from '../../lib/practice/qr';

/** A QR code drawn as SVG: sharp at any size, on a projector or on paper. */
export function QrCode(props: { text: string; label: string }) {
  const { size, path } = qrPath(props.text);
  return (
    <svg
      class="qr"
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${size} ${size}`}
      shape-rendering="crispEdges"
      data-modules={size}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
