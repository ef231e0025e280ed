// The manifest analyzer's settings: `npm run build` and `npm test` pass the rest on the command
// line. `packagejson: false`: never rewrite package.json's `customElements` field (it names the
// shipped custom-elements.json). The plugin (scripts/cem-plugins.mjs) makes the manifest describe
// the shipped files: paths into dist/, custom-element-definition exports, every event named.
import { kurilManifestPlugin } from './scripts/cem-plugins.mjs';

export default {
  packagejson: false,
  plugins: [kurilManifestPlugin()],
};
