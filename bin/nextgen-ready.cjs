#!/usr/bin/env node
require('./code-cache.cjs').loadWithCodeCache('use');
// runCli returns once everything it wrote is out and every file it made is closed; exiting
// then, rather than letting Node tear the whole heap down first, saves about a millisecond.
require('../dist/main.cjs')
  .runCli()
  .then((code) => process.exit(code));
