import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Child processes (the ask CLI, replicas) and HTTP servers make some files slow;
    // two workers match the two cores of the target machines.
    maxWorkers: 2,
  },
});
