#!/usr/bin/env node
// The compiled CLI lives in dist/ (built by the root postinstall); this shim keeps the bin path stable.
import { main } from '../dist/cli.js';
process.exitCode = await main(process.argv.slice(2));
