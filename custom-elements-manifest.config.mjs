// The manifest analyzer's settings: `npm run build` and `npm test` pass the rest on the command
// line. `packagejson: false`: never rewrite package.json's `customElements` field (it names the
// shipped custom-elements.json).
export default {
  packagejson: false,
};
