#!/usr/bin/env node
require('./code-cache.cjs').loadWithCodeCache('use');
require('../dist/main.cjs')
  .runCli()
  .then((code) => (process.exitCode = code));
