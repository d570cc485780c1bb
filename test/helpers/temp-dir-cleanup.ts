import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir.js';

// A setup file runs in each test file's own module graph, so this removes the
// folders that file's tests made through tempDir().
afterAll(removeTempDirs);
