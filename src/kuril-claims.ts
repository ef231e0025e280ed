import { KurilClaims } from './components/claims/claims.js';

export { KurilClaims };

KurilClaims.define();

declare global {
  interface HTMLElementTagNameMap {
    'kuril-claims': KurilClaims;
  }
}
