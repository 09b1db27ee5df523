import '@fontsource/noto-sans-khmer/khmer-400.css';
import '@fontsource/noto-sans-khmer/khmer-700.css';
import '../../components/styles.css';
import { type ComponentType, render } from 'preact';

/** Renders an extension page's root component into its `#app` element. */
export function mount(Root: ComponentType) {
  const host = document.getElementById('app');
  if (!host) throw new Error('extension page has no #app element');
  render(<Root />, host);
}
