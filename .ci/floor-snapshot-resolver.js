// Snapshots of the floor run go to .floor/snapshots (gitignored, emptied before each run): see jest.floor.config.js.
const path = require('path');

const root = path.resolve(__dirname, '..');
const dir = path.join(root, '.floor', 'snapshots');

module.exports = {
  resolveSnapshotPath: (testPath, ext) => path.join(dir, path.relative(root, testPath) + ext),
  resolveTestPath: (snapshotPath, ext) => path.join(root, path.relative(dir, snapshotPath).slice(0, -ext.length)),
  testPathForConsistencyCheck: path.join(root, 'test', 'example.test.ts'),
};
