// Snapshots of the floor run go to .floor/snapshots (gitignored, emptied before each run): see jest.floor.config.js.
// The committed test/**/__snapshots__/*.snap still map to their test files, so jest does not report them obsolete.
const path = require('path');

const root = path.resolve(__dirname, '..');
const dir = path.join(root, '.floor', 'snapshots');

module.exports = {
  resolveSnapshotPath: (testPath, ext) => path.join(dir, path.relative(root, testPath) + ext),
  resolveTestPath: (snapshotPath, ext) => snapshotPath.startsWith(dir + path.sep)
    ? path.join(root, path.relative(dir, snapshotPath).slice(0, -ext.length))
    : path.join(path.dirname(path.dirname(snapshotPath)), path.basename(snapshotPath, ext)),
  testPathForConsistencyCheck: path.join(root, 'test', 'example.test.ts'),
};
