import '@fontsource/noto-sans-khmer/khmer-400.css';
import '@fontsource/noto-sans-khmer/khmer-700.css';
import '../../components/styles.css';
import { type ComponentType, render } from 'preact';
import { type Primed, PrimedItems } from './use-stored-item';

/** Renders an extension page's root component into its `#app` element, with any items read ahead. */
export function mount(Root: ComponentType, primed: Primed = new Map()) {
  const host = document.getElementById('app');
  if (!host) throw new Error('extension page has no #app element');
  render(
    <PrimedItems.Provider value={primed}>
      <Root />
    </PrimedItems.Provider>,
    host,
  );
}
