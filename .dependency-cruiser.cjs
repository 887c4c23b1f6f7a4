/**
 * The import rules of src/: no import from a higher layer of scripts/layers.cjs, no cycles, no module
 * outside a layer. Run by `npm run lint`; test/architecture/layers.test.ts shows each rule failing.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- dependency-cruiser loads CommonJS configs
const { LAYERS, layerPattern } = require('./scripts/layers.cjs');

const upwardImportRules = LAYERS.slice(1).map((layer, index) => {
  const higher = LAYERS.slice(0, index + 1);
  return {
    name: `no-upward-import-from-${layer.name}`,
    comment: `${layer.name} must not import ${higher.map((each) => each.name).join(', ')} (docs/CONVENTIONS.md)`,
    severity: 'error',
    from: { path: layerPattern(layer) },
    to: { path: higher.map(layerPattern) },
  };
});

module.exports = {
  forbidden: [
    ...upwardImportRules,
    {
      name: 'no-circular',
      comment: 'modules that import each other cannot be read, tested or moved one at a time',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-unlayered-module',
      comment: 'every module of src/ belongs to a layer: add it to LAYERS in scripts/layers.cjs',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/generated/', ...LAYERS.map(layerPattern)] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
