/**
 * Go's gofeed, from Debian (`golang-go`, `golang-github-mmcdole-gofeed-dev`): a tiny program,
 * built offline against Debian's Go path into a temporary directory, that prints what
 * `gofeed.NewParser().Parse` returns for each file as JSON. Nothing is downloaded or committed.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findDep, GOFEED_GOPATH } from '../../scripts/test-deps.mjs';

const GOPATH = GOFEED_GOPATH;

const PROGRAM = `package main

import (
	"encoding/json"
	"os"

	"github.com/mmcdole/gofeed"
)

func main() {
	out := map[string]interface{}{}
	parser := gofeed.NewParser()
	for _, path := range os.Args[1:] {
		file, err := os.Open(path)
		if err != nil {
			panic(err)
		}
		feed, err := parser.Parse(file)
		file.Close()
		if err != nil {
			out[path] = map[string]string{"error": err.Error()}
			continue
		}
		out[path] = feed
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		panic(err)
	}
}
`;

let built: Promise<string> | undefined;

/** Builds the program once per process; resolves to the binary's path. */
export function buildGofeedDump(): Promise<string> {
  built ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paperfeed-gofeed-'));
    writeFileSync(join(dir, 'main.go'), PROGRAM);
    // A build cache that outlives the run makes later builds take a second instead of ten.
    const cache = join(tmpdir(), 'paperfeed-gocache');
    mkdirSync(cache, { recursive: true });
    const binary = join(dir, 'gofeed-dump');
    await promisify(execFile)(findDep('gofeed') ?? 'go', ['build', '-o', binary, 'main.go'], {
      cwd: dir,
      env: { ...process.env, GOPATH, GO111MODULE: 'off', GOPROXY: 'off', GOFLAGS: '', GOCACHE: cache, HOME: dir },
      timeout: 300_000,
    });
    return binary;
  })();
  return built;
}
