#!/usr/bin/env node
require('../dist/main.cjs')
  .runCli()
  .then((code) => (process.exitCode = code));
