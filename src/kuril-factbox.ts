import { KurilFactbox } from './components/factbox/factbox.js';

export { KurilFactbox };

KurilFactbox.define();

declare global {
  interface HTMLElementTagNameMap {
    'kuril-factbox': KurilFactbox;
  }
}
